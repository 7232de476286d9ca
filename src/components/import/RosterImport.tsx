/**
 * The roster import on one screen: the file and how it is read, a preview, the column mapping,
 * the validation report, and the commit mode — every part re-computed as the user changes
 * another. The commit is one `replaceData` call, so one undo step takes it back.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { ROSTER_COLUMNS, type RosterColumn } from '../../domain/school.ts';
import { columnLabel } from '../../i18n/index.ts';
import type { CoordinateSystem } from '../../io/convert-coordinates.ts';
import { DELIMITER_LABELS } from '../../io/detect-delimiter.ts';
import type { ColumnMappingOverride } from '../../io/guess-column-mapping.ts';
import { describeCoordinateSystemHint } from '../../io/guess-coordinate-system.ts';
import type { ImportResult } from '../../io/import-result.ts';
import { type MergeMode, mergeRoster } from '../../io/merge-roster.ts';
import { readRosterTable } from '../../io/read-roster-bytes.ts';
import { REQUIRED_ROSTER_COLUMNS } from '../../io/read-roster-rows.ts';
import {
  readSourceTable,
  type SourceTableFailure,
  type SourceTableRead,
} from '../../io/read-source-table.ts';
import { useAtlasStore } from '../../store/index.ts';
import { useTranslation } from '../use-translation.ts';
import { ColumnMappingFields } from './ColumnMappingFields.tsx';
import { FilePicker } from './FilePicker.tsx';
import { ImportReportView } from './ImportReportView.tsx';
import type { PickedFile } from './picked-file.ts';
import { CoordinateSystemSelect, EncodingSelect, SheetSelect } from './ReadOptionFields.tsx';
import { rememberedMapping, rememberMapping } from './remembered-mapping.ts';
import { TablePreview } from './TablePreview.tsx';

/** Rows of the preview. */
const PREVIEW_ROWS = 20;
/** Codes listed by name in the merge report before "…". */
const LISTED_CODES = 12;

const MERGE_MODES: readonly MergeMode[] = ['add', 'update', 'replace'];

export const ROSTER_ACCEPT = '.csv,.tsv,.txt,.xlsx,.xls,.geojson,.json';

/** Up to {@link LISTED_CODES} codes, then how many more. */
function listCodes(codes: readonly string[]): string {
  const shown = codes.slice(0, LISTED_CODES).join('、');
  return codes.length > LISTED_CODES ? `${shown} 等 ${codes.length} 个` : shown;
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
  const [read, setRead] = useState<SourceTableRead | SourceTableFailure | null>(null);
  const [detectedEncoding, setDetectedEncoding] = useState<string | null>(null);
  const [committed, setCommitted] = useState<string | null>(null);
  const headersKey = useRef<string | null>(null);

  useEffect(() => {
    if (!picked) return;
    if (picked.problem) {
      setRead({ ok: false, message: picked.problem });
      return;
    }
    let cancelled = false;
    void readSourceTable(picked.bytes, picked.name, {
      ...(encoding ? { encoding } : {}),
      ...(sheet ? { sheet } : {}),
    }).then((result) => {
      if (cancelled) return;
      setRead(result);
      if (!result.ok) return;
      if (!encoding) setDetectedEncoding(result.encoding);
      // A new header set (a new file, sheet or encoding) gets the mapping remembered for it.
      const key = result.table.headers.join('\u0000');
      if (key !== headersKey.current) {
        headersKey.current = key;
        const saved = rememberedMapping('roster', result.table.headers);
        setOverride((saved ?? {}) as ColumnMappingOverride);
        setRemembered(saved !== null);
      }
    });
    return () => {
      cancelled = true;
    };
  }, [picked, encoding, sheet]);

  const checked = useMemo(
    () =>
      read?.ok
        ? readRosterTable(read.table, { coords, mapping: override, ...(district ? { district } : {}) })
        : null,
    [read, coords, override, district],
  );
  const result: ImportResult<unknown> | null = checked
    ? checked.result
    : read && !read.ok && picked
      ? { file: picked.name, accepted: [], rejected: [], fileErrors: [read.message] }
      : null;
  const incoming = useMemo(() => checked?.result.accepted.map((row) => row.record) ?? [], [checked]);
  const merge = useMemo(
    () => (checked && committed === null ? mergeRoster(schools, incoming, mode) : null),
    [checked, committed, schools, incoming, mode],
  );
  const hintText = checked?.coordinateHint ? describeCoordinateSystemHint(checked.coordinateHint) : null;
  const suggested = checked?.coordinateHint?.suggested ?? null;

  const commit = () => {
    if (!merge || !checked || !read?.ok || incoming.length === 0) return;
    const state = useAtlasStore.getState();
    state.replaceData({ schools: merge.schools });
    const { selection } = useAtlasStore.getState();
    if (selection?.kind === 'school' && !merge.schools.some((school) => school.code === selection.code)) {
      state.select(null);
    }
    rememberMapping('roster', read.table.headers, checked.mapping);
    const { report } = merge;
    setCommitted(
      t('importRosterDone', {
        file: checked.result.file,
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
          {picked && read?.ok ? (
            <div className="import-options">
              {read.encoding !== null ? (
                <EncodingSelect value={encoding} detected={detectedEncoding} onChange={setEncoding} />
              ) : null}
              {read.sheetNames.length > 0 ? (
                <SheetSelect sheet={read.sheet} sheetNames={read.sheetNames} onChange={setSheet} />
              ) : null}
              <CoordinateSystemSelect
                value={coords}
                hint={hintText && suggested ? { text: hintText, suggested } : null}
                onChange={setCoords}
              />
              <p className="help" data-testid="import-file-facts">
                {read.encoding !== null ? `${t('importDetectedEncoding')}${read.encoding.toUpperCase()}` : ''}
                {read.delimiter !== null
                  ? ` · ${t('importDelimiter')}${DELIMITER_LABELS[read.delimiter]}`
                  : ''}
                {` · ${t('importRowCount', { count: read.table.rows.length })}`}
              </p>
            </div>
          ) : null}
        </section>
        {read?.ok ? (
          <>
            <section className="import-step">
              <h3>{t('importStepPreview')}</h3>
              <TablePreview
                headers={read.table.headers}
                rows={read.table.rows.slice(0, PREVIEW_ROWS)}
                total={read.table.rows.length}
              />
            </section>
            {checked ? (
              <section className="import-step">
                <h3>{t('importStepMapping')}</h3>
                {remembered ? <p className="help">{t('importMappingRemembered')}</p> : null}
                <ColumnMappingFields<RosterColumn>
                  columns={ROSTER_COLUMNS}
                  required={REQUIRED_ROSTER_COLUMNS}
                  headers={read.table.headers}
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
        {result ? (
          <section className="import-step">
            <h3>{t('importStepReport')}</h3>
            <ImportReportView result={result} />
          </section>
        ) : (
          <section className="import-step">
            <h3>{t('importRosterIntroTitle')}</h3>
            <p className="help">{t('importRosterIntro')}</p>
          </section>
        )}
        {committed !== null ? (
          <section className="import-step import-done" role="status" data-testid="import-done">
            <p>{committed}</p>
            <div className="dialog-actions">
              <button type="button" className="primary" onClick={onClose} data-testid="import-close">
                {t('importFinish')}
              </button>
            </div>
          </section>
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
                disabled={incoming.length === 0}
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
