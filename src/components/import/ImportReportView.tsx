/**
 * The validation report of an import: how many rows were taken, taken with warnings, or
 * refused, then every issue with its row, column and reason, and the rejected rows to download.
 */
import { useMemo, useState } from 'react';
import type { Message } from '../../domain/message.ts';
import {
  buildImportReport,
  type ImportResult,
  type RowStatus,
  rejectedRowsCsv,
} from '../../io/import-flow/index.ts';
import { downloadText } from '../download.ts';
import { useTranslation } from '../use-translation.ts';
import { issueReportCsv } from './issue-report-csv.ts';

/** More issues than this are counted but not drawn: the download has them all. */
const LISTED_ISSUES = 500;

type IssueFilter = 'all' | 'rejected' | 'warned';

interface IssueLine {
  key: string;
  row: number;
  status: RowStatus;
  column: string | null;
  message: Message;
}

/** A download's name: the file's own name with a note, always .csv. */
function derivedFileName(file: string, note: string): string {
  return `${file.replace(/\.[^.]+$/, '')}_${note}.csv`;
}

export function ImportReportView({ result }: { result: ImportResult<unknown> }) {
  const { t, tm } = useTranslation();
  const [filter, setFilter] = useState<IssueFilter>('all');
  const report = useMemo(() => buildImportReport(result), [result]);
  const lines = useMemo(() => {
    const all: IssueLine[] = [];
    for (const row of report.rows) {
      row.issues.forEach((issue, index) => {
        all.push({
          key: `${row.row}-${index}`,
          row: row.row,
          status: row.status,
          column: issue.column,
          message: issue.message,
        });
      });
    }
    return all;
  }, [report]);
  const shown = lines.filter((line) => filter === 'all' || line.status === filter);
  const { summary } = report;
  return (
    <div className="import-report" data-testid="import-report">
      {report.fileErrors.map((text) => (
        <p key={tm(text)} className="import-file-error" role="alert" data-testid="import-file-error">
          {tm(text)}
        </p>
      ))}
      {report.fileErrors.length === 0 || summary.total > 0 ? (
        <dl className="import-counts" data-testid="import-counts">
          <div>
            <dt>{t('importCountTotal')}</dt>
            <dd data-testid="count-total">{summary.total}</dd>
          </div>
          <div className="accepted">
            <dt>{t('importCountAccepted')}</dt>
            <dd data-testid="count-accepted">{summary.accepted - summary.warned}</dd>
          </div>
          <div className="warned">
            <dt>{t('importCountWarned')}</dt>
            <dd data-testid="count-warned">{summary.warned}</dd>
          </div>
          <div className="rejected">
            <dt>{t('importCountRejected')}</dt>
            <dd data-testid="count-rejected">{summary.rejected}</dd>
          </div>
        </dl>
      ) : null}
      {report.fileWarnings.length > 0 ? (
        <ul className="import-file-warnings">
          {report.fileWarnings.map((text) => (
            <li key={tm(text)}>{tm(text)}</li>
          ))}
        </ul>
      ) : null}
      {lines.length > 0 ? (
        <>
          <div className="import-issue-tools">
            <label>
              <span>{t('importIssueFilter')}</span>{' '}
              <select value={filter} onChange={(event) => setFilter(event.target.value as IssueFilter)}>
                <option value="all">{t('importIssueAll', { count: lines.length })}</option>
                <option value="rejected">{t('importIssueRejected')}</option>
                <option value="warned">{t('importIssueWarned')}</option>
              </select>
            </label>
            {result.rejected.length > 0 ? (
              <button
                type="button"
                className="ghost"
                onClick={() =>
                  downloadText(
                    derivedFileName(result.file, t('importRejectedFileNote')),
                    rejectedRowsCsv(result, tm),
                    'text/csv',
                  )
                }
                data-testid="download-rejected"
              >
                {t('importDownloadRejected', { count: result.rejected.length })}
              </button>
            ) : null}
            <button
              type="button"
              className="ghost"
              onClick={() =>
                downloadText(
                  derivedFileName(result.file, t('importReportFileNote')),
                  issueReportCsv(report, t, tm),
                  'text/csv',
                )
              }
              data-testid="download-report"
            >
              {t('importDownloadReport')}
            </button>
          </div>
          <div className="import-issues" data-testid="import-issues">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('importIssueRow')}</th>
                  <th scope="col">{t('importIssueColumn')}</th>
                  <th scope="col">{t('importIssueStatus')}</th>
                  <th scope="col">{t('importIssueReason')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.slice(0, LISTED_ISSUES).map((line) => (
                  <tr key={line.key} className={line.status} data-testid={`issue-row-${line.row}`}>
                    <td>{t('importIssueRowNumber', { row: line.row })}</td>
                    <td>{line.column ?? '—'}</td>
                    <td>
                      {line.status === 'rejected' ? t('importStatusRejected') : t('importStatusWarned')}
                    </td>
                    <td>{tm(line.message)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {shown.length > LISTED_ISSUES ? (
            <p className="help">{t('importIssuesMore', { count: shown.length - LISTED_ISSUES })}</p>
          ) : null}
        </>
      ) : summary.total > 0 ? (
        <p className="help">{t('importNoIssues')}</p>
      ) : null}
    </div>
  );
}
