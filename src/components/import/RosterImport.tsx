/**
 * The roster import on one screen: the file and how it is read, a preview, the column mapping,
 * the validation report, and the commit mode — every part re-computed as the user changes
 * another. The commit is one `replaceData` call, so one undo step takes it back.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { errorMessage, type Message, type MessageValue, message } from '../../domain/message.ts';
import { ROSTER_COLUMNS, type RosterColumn } from '../../domain/school.ts';
import { columnLabel } from '../../i18n/index.ts';
import type { CoordinateSystem } from '../../io/convert-coordinates.ts';
import { DELIMITER_NAMES } from '../../io/detect-delimiter.ts';
import { type ColumnMappingOverride, guessColumnMapping } from '../../io/guess-column-mapping.ts';
import { describeCoordinateSystemHint } from '../../io/guess-coordinate-system.ts';
import type { ImportResult } from '../../io/import-result.ts';
import { type MergeMode, mergeRoster } from '../../io/merge-roster.ts';
import type { RosterImportResult } from '../../io/read-roster-bytes.ts';
import { REQUIRED_ROSTER_COLUMNS } from '../../io/read-roster-rows.ts';
import { useAtlasStore } from '../../store/index.ts';
import { readRosterBytesInWorker } from '../../workers/import-in-worker.ts';
import { useTranslation } from '../use-translation.ts';
import { ColumnMappingFields } from './ColumnMappingFields.tsx';
import { FilePicker } from './FilePicker.tsx';
import { ImportDone, ReportOrIntro } from './ImportSteps.tsx';
import type { PickedFile } from './picked-file.ts';
import { CoordinateSystemSelect, EncodingSelect, SheetSelect } from './ReadOptionFields.tsx';
import { rememberedMapping, rememberMapping } from './remembered-mapping.ts';
import { TablePreview } from './TablePreview.tsx';

/** Codes listed by name in the merge report before "…". */
const LISTED_CODES = 12;

const MERGE_MODES: readonly MergeMode[] = ['add', 'update', 'replace'];

export const ROSTER_ACCEPT = '.csv,.tsv,.txt,.xlsx,.xls,.geojson,.json';

/** What the report shows for a file that could not be read at all. */
function failedRead(file: string, problem: Message): RosterImportResult {
  return {
    file,
    accepted: [],
    rejected: [],
    fileErrors: [problem],
    headers: [],
    mapping: guessColumnMapping([]),
    encoding: null,
    delimiter: null,
    sheet: null,
    sheetNames: [],
    preview: [],
    coordinateHint: null,
  };
}

/** Up to {@link LISTED_CODES} codes, then how many there are in all. */
function listCodes(codes: readonly string[]): MessageValue {
  const shown = codes.slice(0, LISTED_CODES);
  return codes.length > LISTED_CODES ? message('listAndMore', { items: shown, count: codes.length }) : shown;
}

export function RosterImport({
  picked,
  onFile,
  onClose,
}: {
  picked: PickedFile | null;
  onFile: (file: File) => void;
  onClose: () => void;
}) {
  const { t, language } = useTranslation();
  const schools = useAtlasStore((state) => state.schools);
  const district = useAtlasStore((state) => state.district?.features[0]);
  const [encoding, setEncoding] = useState('');
  const [sheet, setSheet] = useState('');
  const [coords, setCoords] = useState<CoordinateSystem>('wgs84');
  const [override, setOverride] = useState<ColumnMappingOverride>({});
  const [remembered, setRemembered] = useState(false);
  const [mode, setMode] = useState<MergeMode>('add');
  const [checked, setChecked] = useState<RosterImportResult | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [detectedEncoding, setDetectedEncoding] = useState<string | null>(null);
  const [committed, setCommitted] = useState<string | null>(null);
  const headersKey = useRef<string | null>(null);

  // Every change of file or reading option re-reads the file in a worker (a county roster is
  // quick; a province's 100,000 rows take a second or two), cancelling the read it replaces.
  useEffect(() => {
    if (!picked) return;
    if (picked.problem) {
      setChecked(failedRead(picked.name, picked.problem));
      return;
    }
    const controller = new AbortController();
    setProgress({ done: 0, total: 0 });
    readRosterBytesInWorker(
      picked.bytes,
      picked.name,
      {
        coords,
        mapping: override,
        signal: controller.signal,
        ...(encoding ? { encoding } : {}),
        ...(sheet ? { sheet } : {}),
        ...(district ? { district } : {}),
      },
      (done, total) => setProgress({ done, total }),
    ).then(
      (result) => {
        setProgress(null);
        setChecked(result);
        if (result.headers.length === 0) return;
        if (!encoding) setDetectedEncoding(result.encoding);
        // A new header set (a new file, sheet or encoding) gets the mapping remembered for it.
        const key = result.headers.join('\u0000');
        if (key !== headersKey.current) {
          headersKey.current = key;
          const saved = rememberedMapping('roster', result.headers);
          // Only a real change re-reads: a new file with no remembered mapping starts from the guess.
          setOverride((current) =>
            saved ? (saved as ColumnMappingOverride) : Object.keys(current).length > 0 ? {} : current,
          );
          setRemembered(saved !== null);
        }
      },
      (error: unknown) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        setProgress(null);
        setChecked(failedRead(picked.name, errorMessage(error)));
      },
    );
    return () => controller.abort();
  }, [picked, encoding, sheet, coords, override, district]);

  const readable = checked !== null && checked.headers.length > 0;
  const result: ImportResult<unknown> | null = checked;
  const incoming = useMemo(() => checked?.accepted.map((row) => row.record) ?? [], [checked]);
  const merge = useMemo(
    () => (readable && committed === null ? mergeRoster(schools, incoming, mode) : null),
    [readable, committed, schools, incoming, mode],
  );
  const hintText = checked?.coordinateHint ? describeCoordinateSystemHint(checked.coordinateHint) : null;
  const suggested = checked?.coordinateHint?.suggested ?? null;
  const rowCount = checked ? checked.accepted.length + checked.rejected.length : 0;

  const commit = () => {
    if (!merge || !checked || !readable || incoming.length === 0 || progress !== null) return;
    const state = useAtlasStore.getState();
    state.replaceData({ schools: merge.schools });
    const { selection } = useAtlasStore.getState();
    if (selection?.kind === 'school' && !merge.schools.some((school) => school.code === selection.code)) {
      state.select(null);
    }
    rememberMapping('roster', checked.headers, checked.mapping);
    const { report } = merge;
    setCommitted(
      t('importRosterDone', {
        file: checked.file,
        added: report.added.length,
        updated: report.updated.length,
        removed: report.removed.length,
        total: merge.schools.length,
      }),
    );
  };

  const modeLabel = (item: MergeMode) =>
    item === 'add' ? t('mergeAdd') : item === 'update' ? t('mergeUpdate') : t('mergeReplace');

  return (
    <div className="import-body">
      <div className="import-column">
        <section className="import-step">
          <h3>{t('importStepFile')}</h3>
          <FilePicker
            accept={ROSTER_ACCEPT}
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
                <EncodingSelect value={encoding} detected={detectedEncoding} onChange={setEncoding} />
              ) : null}
              {checked.sheetNames.length > 0 ? (
                <SheetSelect sheet={checked.sheet} sheetNames={checked.sheetNames} onChange={setSheet} />
              ) : null}
              <CoordinateSystemSelect
                value={coords}
                hint={hintText && suggested ? { text: hintText, suggested } : null}
                onChange={setCoords}
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
                {remembered ? <p className="help">{t('importMappingRemembered')}</p> : null}
                <ColumnMappingFields<RosterColumn>
                  columns={ROSTER_COLUMNS}
                  required={REQUIRED_ROSTER_COLUMNS}
                  headers={checked.headers}
                  mapping={checked.mapping}
                  columnLabel={(column) => columnLabel(language, column)}
                  onChange={(column, header) => setOverride((value) => ({ ...value, [column]: header }))}
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
        {committed !== null ? (
          <ImportDone onClose={onClose}>
            <p>{committed}</p>
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
                    onChange={() => setMode(item)}
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
              <li>{t('mergeAdded', { count: merge.report.added.length })}</li>
              {mode !== 'add' ? <li>{t('mergeUpdated', { count: merge.report.updated.length })}</li> : null}
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
                <li className="warn">{t('mergeRemoved', { count: merge.report.removed.length })}</li>
              ) : null}
              <li>{t('mergeTotal', { before: schools.length, after: merge.schools.length })}</li>
            </ul>
            <div className="dialog-actions">
              <button type="button" className="ghost" onClick={onClose}>
                {t('settingsCancel')}
              </button>
              <button
                type="button"
                className="primary"
                // While a changed option is being re-read, the report on screen is the old one.
                disabled={incoming.length === 0 || progress !== null}
                onClick={commit}
                data-testid="import-commit"
              >
                {t('importCommitRoster', { mode: modeLabel(mode), count: incoming.length })}
              </button>
            </div>
          </section>
        ) : null}
      </div>
    </div>
  );
}
