/**
 * The roster import on one screen, a view of the import flow's roster session: the file and how
 * it is read, a preview, the column mapping, the validation report, the likely duplicates and
 * the commit mode. Changing a reading option re-reads the file in the worker (the store does);
 * the commit is the store's `commitImport`, one undo step.
 */
import { type MessageValue, message } from '../../domain/message.ts';
import { ROSTER_COLUMNS, type RosterColumn } from '../../domain/school.ts';
import { columnLabel } from '../../i18n/index.ts';
import {
  DELIMITER_NAMES,
  describeCoordinateSystemHint,
  IMPORT_DESCRIPTORS,
  type ImportResult,
  type MergeMode,
  REQUIRED_ROSTER_COLUMNS,
} from '../../io/import-flow/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { useTranslation } from '../use-translation.ts';
import { ColumnMappingFields } from './ColumnMappingFields.tsx';
import { DuplicateList } from './DuplicateList.tsx';
import { FilePicker } from './FilePicker.tsx';
import { CommitActions, ImportDone, ReportOrIntro } from './ImportSteps.tsx';
import { CoordinateSystemSelect, EncodingSelect, SheetSelect } from './ReadOptionFields.tsx';
import { TablePreview } from './TablePreview.tsx';
import { useImportSession } from './use-import-session.ts';

/** Codes listed by name in the merge report before "…". */
const LISTED_CODES = 12;

const MERGE_MODES: readonly MergeMode[] = ['add', 'update', 'replace'];

/** Up to {@link LISTED_CODES} codes, then how many there are in all. */
function listCodes(codes: readonly string[]): MessageValue {
  const shown = codes.slice(0, LISTED_CODES);
  return codes.length > LISTED_CODES ? message('listAndMore', { items: shown, count: codes.length }) : shown;
}

export function RosterImport({ onFile, onClose }: { onFile: (file: File) => void; onClose: () => void }) {
  const { t, tm, language } = useTranslation();
  const { session, review, setOptions, setChoices, commit } = useImportSession('roster');
  const schools = useAtlasStore((state) => state.schools);
  const { file: picked, read: checked, progress, options, choices, done } = session;
  const mode = choices.mode;
  const readable = checked !== null && checked.headers.length > 0;
  const result: ImportResult<unknown> | null =
    checked ??
    (session.failure && picked
      ? { file: picked.name, accepted: [], rejected: [], fileErrors: [session.failure] }
      : null);
  const hintText = checked?.coordinateHint ? describeCoordinateSystemHint(checked.coordinateHint) : null;
  const suggested = checked?.coordinateHint?.suggested ?? null;
  const rowCount = checked ? checked.accepted.length + checked.rejected.length : 0;
  const incomingCount = review?.incoming.length ?? 0;
  const detectedEncoding = options.encoding ? null : (checked?.encoding ?? null);
  const merge = review;

  const modeLabel = (item: MergeMode) =>
    item === 'add' ? t('mergeAdd') : item === 'update' ? t('mergeUpdate') : t('mergeReplace');

  return (
    <div className="import-body">
      <div className="import-column">
        <section className="import-step">
          <h3>{t('importStepFile')}</h3>
          <FilePicker
            accept={IMPORT_DESCRIPTORS.roster.accept}
            picked={picked}
            formats={t('importRosterFormats')}
            onFile={onFile}
            testId="import-roster-file"
          />
          {progress ? (
            <p className="import-progress" role="status" data-testid="import-progress">
              <progress value={progress.done} max={Math.max(progress.total, 1)} />{' '}
              {progress.total > 0
                ? t('importChecking', {
                    done: progress.done.toLocaleString(),
                    total: progress.total.toLocaleString(),
                  })
                : t('importReading')}
            </p>
          ) : null}
          {picked && checked && readable ? (
            <div className="import-options">
              {checked.encoding !== null ? (
                <EncodingSelect
                  value={options.encoding ?? ''}
                  detected={detectedEncoding}
                  onChange={(encoding) => setOptions({ encoding: encoding || undefined })}
                />
              ) : null}
              {checked.sheetNames.length > 0 ? (
                <SheetSelect
                  sheet={checked.sheet}
                  sheetNames={checked.sheetNames}
                  onChange={(sheet) => setOptions({ sheet: sheet || undefined })}
                />
              ) : null}
              <CoordinateSystemSelect
                value={options.coords ?? 'wgs84'}
                hint={hintText && suggested ? { text: hintText, suggested } : null}
                onChange={(coords) => setOptions({ coords })}
              />
              <p className="help" data-testid="import-file-facts">
                {checked.encoding !== null
                  ? `${t('importDetectedEncoding')}${checked.encoding.toUpperCase()}`
                  : ''}
                {checked.delimiter !== null
                  ? ` · ${t('importDelimiter')}${t(DELIMITER_NAMES[checked.delimiter])}`
                  : ''}
                {` · ${t('importRowCount', { count: rowCount })}`}
              </p>
            </div>
          ) : null}
        </section>
        {checked && readable ? (
          <>
            <section className="import-step">
              <h3>{t('importStepPreview')}</h3>
              <TablePreview headers={checked.headers} rows={checked.preview} total={rowCount} />
            </section>
            {checked ? (
              <section className="import-step">
                <h3>{t('importStepMapping')}</h3>
                {session.rememberedMapping ? <p className="help">{t('importMappingRemembered')}</p> : null}
                <ColumnMappingFields<RosterColumn>
                  columns={ROSTER_COLUMNS}
                  required={REQUIRED_ROSTER_COLUMNS}
                  headers={checked.headers}
                  mapping={checked.mapping}
                  columnLabel={(column) => columnLabel(language, column)}
                  onChange={(column, header) =>
                    setOptions({ mapping: { ...options.mapping, [column]: header } })
                  }
                />
              </section>
            ) : null}
          </>
        ) : null}
      </div>
      <div className="import-column">
        <ReportOrIntro
          result={result}
          introTitle={t('importRosterIntroTitle')}
          intro={t('importRosterIntro')}
        />
        {done !== null ? (
          <ImportDone onClose={onClose}>
            <p>{tm(done.message)}</p>
          </ImportDone>
        ) : checked && merge ? (
          <section className="import-step">
            <h3>{t('importStepCommit')}</h3>
            <fieldset className="import-modes">
              <legend className="visually-hidden">{t('importStepCommit')}</legend>
              {MERGE_MODES.map((item) => (
                <label key={item} className="check-row">
                  <input
                    type="radio"
                    name="merge-mode"
                    value={item}
                    checked={mode === item}
                    onChange={() => setChoices({ mode: item })}
                    data-testid={`merge-${item}`}
                  />
                  <span className="check-label">
                    <strong>{modeLabel(item)}</strong>
                    <small>
                      {item === 'add'
                        ? t('mergeAddHelp')
                        : item === 'update'
                          ? t('mergeUpdateHelp')
                          : t('mergeReplaceHelp')}
                    </small>
                  </span>
                </label>
              ))}
            </fieldset>
            <ul className="import-merge" data-testid="merge-report">
              <li data-testid="merge-added">{t('mergeAdded', { count: merge.report.added.length })}</li>
              {mode !== 'add' ? <li>{t('mergeUpdated', { count: merge.report.updated.length })}</li> : null}
              {merge.report.merged.length > 0 ? (
                <li data-testid="merge-merged">{t('mergeMerged', { count: merge.report.merged.length })}</li>
              ) : null}
              {merge.report.dropped.length > 0 ? (
                <li data-testid="merge-dropped">
                  {t('mergeDropped', { count: merge.report.dropped.length })}
                </li>
              ) : null}
              {mode !== 'add' && merge.report.unchanged.length > 0 ? (
                <li>{t('mergeUnchanged', { count: merge.report.unchanged.length })}</li>
              ) : null}
              {merge.report.duplicates.length > 0 ? (
                <li className="warn">
                  {t('mergeDuplicates', {
                    count: merge.report.duplicates.length,
                    codes: listCodes(merge.report.duplicates),
                  })}
                </li>
              ) : null}
              {merge.report.removed.length > 0 ? (
                <li className="warn" data-testid="merge-removed">
                  {t('mergeRemoved', { count: merge.report.removed.length })}
                </li>
              ) : null}
              <li>{t('mergeTotal', { before: schools.length, after: merge.schools.length })}</li>
            </ul>
            {merge.likelyDuplicates.length > 0 ? (
              <DuplicateList
                duplicates={merge.likelyDuplicates}
                mode={mode}
                decisions={choices.decisions}
                onDecide={(decisions) => setChoices({ decisions })}
              />
            ) : null}
            <CommitActions
              label={t('importCommitRoster', { mode: modeLabel(mode), count: incomingCount })}
              // While a changed option is being re-read, the report on screen is the old one.
              disabled={incomingCount === 0 || progress !== null}
              onCommit={commit}
              onCancel={onClose}
            />
          </section>
        ) : null}
      </div>
    </div>
  );
}
