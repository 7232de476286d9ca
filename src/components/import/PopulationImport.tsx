/**
 * The population import: a per-township table or settlement points, read, mapped and checked
 * like the roster, then committed as the population every coverage figure uses.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { describePopulation } from '../../domain/population.ts';
import { columnName } from '../../domain/vocabulary.ts';
import type { CoordinateSystem } from '../../io/convert-coordinates.ts';
import { guessMapping } from '../../io/guess-column-mapping.ts';
import type { ImportResult } from '../../io/import-result.ts';
import {
  SETTLEMENT_POPULATION_COLUMNS,
  SETTLEMENT_POPULATION_SYNONYMS,
  TOWNSHIP_POPULATION_COLUMNS,
} from '../../io/population-columns.ts';
import { readSettlementPopulationTable, readTownshipPopulationTable } from '../../io/read-population.ts';
import {
  readSourceTable,
  type SourceTableFailure,
  type SourceTableRead,
} from '../../io/read-source-table.ts';
import { knownTownshipsOf } from '../../io/to-townships.ts';
import { useAtlasStore } from '../../store/index.ts';
import { PopulationBaseYearField, withChosenBaseYear } from '../seats/PopulationBaseYearField.tsx';
import { useTranslation } from '../use-translation.ts';
import { ColumnMappingFields } from './ColumnMappingFields.tsx';
import { FilePicker } from './FilePicker.tsx';
import { ImportDone, ReportOrIntro } from './ImportSteps.tsx';
import type { PickedFile } from './picked-file.ts';
import { CoordinateSystemSelect, EncodingSelect, SheetSelect } from './ReadOptionFields.tsx';
import { type MappingTableKind, rememberedMapping, rememberMapping } from './remembered-mapping.ts';
import { TablePreview } from './TablePreview.tsx';

export const POPULATION_ACCEPT = '.csv,.tsv,.txt,.xlsx,.xls,.geojson,.json';

/** The two population tables. */
type PopulationKind = 'township' | 'settlement';

const MAPPING_KINDS: Record<PopulationKind, MappingTableKind> = {
  township: 'township-population',
  settlement: 'settlement-population',
};

const PREVIEW_ROWS = 10;

/** A table with coordinate columns holds settlement points; one without, township totals. */
function guessKind(headers: readonly string[]): PopulationKind {
  const mapping = guessMapping(headers, SETTLEMENT_POPULATION_COLUMNS, SETTLEMENT_POPULATION_SYNONYMS);
  return mapping.经度 !== null && mapping.纬度 !== null ? 'settlement' : 'township';
}

export function PopulationImport({
  picked,
  onFile,
  onClose,
}: {
  picked: PickedFile | null;
  onFile: (file: File) => void;
  onClose: () => void;
}) {
  const { t, tv } = useTranslation();
  const townships = useAtlasStore((state) => state.townships);
  const district = useAtlasStore((state) => state.district?.features[0]);
  const current = useAtlasStore((state) => state.population);
  const known = useMemo(() => knownTownshipsOf(townships), [townships]);
  const [encoding, setEncoding] = useState('');
  const [sheet, setSheet] = useState('');
  const [kind, setKind] = useState<PopulationKind>('township');
  const [coords, setCoords] = useState<CoordinateSystem>('wgs84');
  const [override, setOverride] = useState<Record<string, string | null>>({});
  const [read, setRead] = useState<SourceTableRead | SourceTableFailure | null>(null);
  const [detectedEncoding, setDetectedEncoding] = useState<string | null>(null);
  const [committed, setCommitted] = useState<string | null>(null);
  // The year a file's children refer to when it has no 年份 column (null: the default, 2020).
  const [baseYear, setBaseYear] = useState<number | null>(null);
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
      const key = result.table.headers.join('\u0000');
      if (key !== headersKey.current) {
        headersKey.current = key;
        const guessed = guessKind(result.table.headers);
        setKind(guessed);
        setOverride(rememberedMapping(MAPPING_KINDS[guessed], result.table.headers) ?? {});
      }
    });
    return () => {
      cancelled = true;
    };
  }, [picked, encoding, sheet]);

  const checked = useMemo(() => {
    if (!read?.ok) return null;
    if (kind === 'township') {
      const result = readTownshipPopulationTable(read.table, { knownTownships: known, mapping: override });
      return { kind, result, mapping: result.mapping as Record<string, string | null> };
    }
    const result = readSettlementPopulationTable(read.table, {
      knownTownships: known,
      mapping: override,
      coords,
      ...(district ? { district } : {}),
    });
    return { kind, result, mapping: result.mapping as Record<string, string | null> };
  }, [read, kind, known, override, coords, district]);

  const report: ImportResult<unknown> | null = checked
    ? checked.result
    : read && !read.ok && picked
      ? { file: picked.name, accepted: [], rejected: [], fileErrors: [read.message] }
      : null;
  const population = checked?.result.population ?? null;

  const changeKind = (next: PopulationKind) => {
    setKind(next);
    setOverride(read?.ok ? (rememberedMapping(MAPPING_KINDS[next], read.table.headers) ?? {}) : {});
  };

  const commit = () => {
    if (!population || !checked || !read?.ok) return;
    useAtlasStore.getState().replaceData({ population: withChosenBaseYear(population, baseYear) });
    rememberMapping(MAPPING_KINDS[checked.kind], read.table.headers, checked.mapping);
    setCommitted(t('populationDone', { label: describePopulation(population) }));
  };

  const columns = kind === 'township' ? TOWNSHIP_POPULATION_COLUMNS : SETTLEMENT_POPULATION_COLUMNS;
  const required: readonly string[] = kind === 'township' ? ['人口'] : ['经度', '纬度', '人口'];

  return (
    <div className="import-body">
      <div className="import-column">
        <section className="import-step">
          <h3>{t('importStepFile')}</h3>
          <FilePicker
            accept={POPULATION_ACCEPT}
            picked={picked}
            formats={t('importRosterFormats')}
            onFile={onFile}
            testId="import-population-file"
          />
          <p className="help" data-testid="population-current">
            {t('populationCurrent', {
              label: current ? tv(describePopulation(current)) : t('populationNone'),
            })}
          </p>
          {picked && read?.ok ? (
            <div className="import-options">
              <label className="import-option">
                <span>{t('populationKind')}</span>
                <select
                  value={kind}
                  onChange={(event) => changeKind(event.target.value as PopulationKind)}
                  data-testid="population-kind"
                >
                  <option value="township">{t('populationKindTownship')}</option>
                  <option value="settlement">{t('populationKindSettlement')}</option>
                </select>
              </label>
              {read.encoding !== null ? (
                <EncodingSelect value={encoding} detected={detectedEncoding} onChange={setEncoding} />
              ) : null}
              {read.sheetNames.length > 0 ? (
                <SheetSelect sheet={read.sheet} sheetNames={read.sheetNames} onChange={setSheet} />
              ) : null}
              {kind === 'settlement' ? (
                <CoordinateSystemSelect value={coords} hint={null} onChange={setCoords} />
              ) : null}
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
                <ColumnMappingFields<string>
                  columns={columns}
                  required={required}
                  headers={read.table.headers}
                  mapping={checked.mapping}
                  columnLabel={(column) => tv(columnName(column))}
                  onChange={(column, header) => setOverride((value) => ({ ...value, [column]: header }))}
                />
                {kind === 'township' ? <p className="help">{t('populationTownshipColumnsHelp')}</p> : null}
              </section>
            ) : null}
          </>
        ) : null}
      </div>
      <div className="import-column">
        <ReportOrIntro result={report} introTitle={t('populationIntroTitle')} intro={t('populationIntro')} />
        {committed !== null ? (
          <ImportDone onClose={onClose}>
            <p>{committed}</p>
          </ImportDone>
        ) : checked ? (
          <section className="import-step">
            <h3>{t('importStepCommit')}</h3>
            <p data-testid="population-label">
              {population ? tv(describePopulation(population)) : t('populationNothingToUse')}
            </p>
            <PopulationBaseYearField population={population} year={baseYear} onChange={setBaseYear} />
            <p className="help">{t('populationReplaceHelp')}</p>
            <div className="dialog-actions">
              <button type="button" className="ghost" onClick={onClose}>
                {t('settingsCancel')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={population === null}
                onClick={commit}
                data-testid="import-commit"
              >
                {t('populationCommit')}
              </button>
            </div>
          </section>
        ) : null}
      </div>
    </div>
  );
}
