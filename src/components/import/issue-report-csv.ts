/** The per-row report of an import as a CSV that Excel opens, for lists too long to read on screen. */
import type { Message } from '../../domain/message.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { type ImportReport, type RowStatus, writeCsv } from '../../io/import-flow/index.ts';

const STATUS_KEYS: Record<RowStatus, MessageKey> = {
  accepted: 'importCountAccepted',
  warned: 'importCountWarned',
  rejected: 'importCountRejected',
};

/**
 * Every issue of the report, one line each: row, result, column, reason (UTF-8 with BOM, CRLF),
 * in the interface language; the file's own column names stay as they are.
 * @example issueReportCsv(buildImportReport(result), t, tm).split('\r\n')[0] // '\uFEFF行号,结果,列,原因'
 */
export function issueReportCsv(
  report: ImportReport,
  t: (key: MessageKey) => string,
  tm: (text: Message) => string,
): string {
  const data = report.rows.flatMap((row) =>
    row.issues.map((issue) => [
      String(row.row),
      t(STATUS_KEYS[row.status]),
      issue.column ?? '',
      tm(issue.message),
    ]),
  );
  const fileLines = [...report.fileErrors, ...report.fileWarnings].map((text) => ['', '', '', tm(text)]);
  const fields = [
    t('importReportRowNumber'),
    t('importIssueStatus'),
    t('importIssueColumn'),
    t('importIssueReason'),
  ];
  return writeCsv(fields, [...fileLines, ...data]);
}
