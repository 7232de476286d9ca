/**
 * The births import (出生人数), a view of the import flow's births session: a table of births per
 * year for the district or per township, read in the worker, mapped and checked row by row, then
 * committed as the births the seat forecast uses (one undo step).
 */
import { columnName } from '../../domain/vocabulary.ts';
import {
  BIRTHS_COLUMNS,
  birthsSummary,
  IMPORT_DESCRIPTORS,
  type ImportResult,
} from '../../io/import-flow/index.ts';
import { ColumnMappingFields } from '../import/ColumnMappingFields.tsx';
import { FilePicker } from '../import/FilePicker.tsx';
import { CommitActions, ImportDone, ReportOrIntro } from '../import/ImportSteps.tsx';
import { TableReadChoices } from '../import/ReadOptionFields.tsx';
import { TablePreviewStep } from '../import/TablePreview.tsx';
import { useImportSession } from '../import/use-import-session.ts';
import { useTranslation } from '../use-translation.ts';
import { BirthsInUse } from './BirthsInUse.tsx';

export function BirthsImport({ onFile, onClose }: { onFile: (file: File) => void; onClose: () => void }) {
  const { t, tm, tv } = useTranslation();
  const { session, review: checked, setOptions, setChoices, commit } = useImportSession('births');
  const { file: picked, read, options, choices, done, progress } = session;
  const failure = read && !read.ok ? read.message : session.failure;
  const report: ImportResult<unknown> | null = checked
    ? checked
    : failure && picked
      ? { file: picked.name, accepted: [], rejected: [], fileErrors: [failure] }
      : null;
  return (
    <div className="import-body">
      <div className="import-column">
        <section className="import-step">
          <h3>{t('importStepFile')}</h3>
          <FilePicker
            accept={IMPORT_DESCRIPTORS.births.accept}
            picked={picked}
            formats={t('birthsFormats')}
            onFile={onFile}
            testId="import-births-file"
          />
          <BirthsInUse />
          {picked && read?.ok ? (
            <div className="import-options">
              <TableReadChoices read={read} encoding={options.encoding} onChange={setOptions} />
            </div>
          ) : null}
        </section>
        {read?.ok ? (
          <>
            <TablePreviewStep table={read.table} />
            {checked ? (
              <section className="import-step">
                <h3>{t('importStepMapping')}</h3>
                <ColumnMappingFields<string>
                  columns={BIRTHS_COLUMNS}
                  required={['年份', '出生人数']}
                  headers={read.table.headers}
                  mapping={checked.mapping as Record<string, string | null>}
                  columnLabel={(column) => tv(columnName(column))}
                  onChange={(column, header) =>
                    setChoices({ mapping: { ...choices.mapping, [column]: header } })
                  }
                />
              </section>
            ) : null}
          </>
        ) : null}
      </div>
      <div className="import-column">
        <ReportOrIntro result={report} introTitle={t('birthsIntroTitle')} intro={t('birthsIntro')} />
        {done !== null ? (
          <ImportDone onClose={onClose}>
            <p>{tm(done.message)}</p>
          </ImportDone>
        ) : checked ? (
          <section className="import-step">
            <h3>{t('importStepCommit')}</h3>
            <p data-testid="births-summary">
              {checked.figures ? tm(birthsSummary(checked.figures)) : t('birthsNothingToUse')}
            </p>
            <p className="help">{t('birthsReplaceHelp')}</p>
            <CommitActions
              label={t('birthsCommit')}
              disabled={checked.figures === null || progress !== null}
              onCommit={commit}
              onCancel={onClose}
            />
          </section>
        ) : null}
      </div>
    </div>
  );
}
