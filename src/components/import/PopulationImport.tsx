/**
 * The population import, a view of the import flow's population session: a per-township table
 * or settlement points, read in the worker, mapped and checked like the roster, then committed
 * as the population every coverage figure uses.
 */
import { describePopulation } from '../../domain/population.ts';
import { columnName } from '../../domain/vocabulary.ts';
import {
  IMPORT_DESCRIPTORS,
  type ImportResult,
  type PopulationTableKind,
  SETTLEMENT_POPULATION_COLUMNS,
  TOWNSHIP_POPULATION_COLUMNS,
} from '../../io/import-flow/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { PopulationBaseYearField } from '../seats/PopulationBaseYearField.tsx';
import { useTranslation } from '../use-translation.ts';
import { ColumnMappingFields } from './ColumnMappingFields.tsx';
import { FilePicker } from './FilePicker.tsx';
import { CommitActions, ImportDone, ReportOrIntro } from './ImportSteps.tsx';
import { CoordinateSystemSelect, TableReadChoices } from './ReadOptionFields.tsx';
import { TablePreviewStep } from './TablePreview.tsx';
import { useImportSession } from './use-import-session.ts';

export function PopulationImport({ onFile, onClose }: { onFile: (file: File) => void; onClose: () => void }) {
  const { t, tm, tv } = useTranslation();
  const { session, review: checked, setOptions, setChoices, commit } = useImportSession('population');
  const current = useAtlasStore((state) => state.population);
  const { file: picked, read, options, choices, done, progress } = session;
  const kind = choices.table;
  const failure = read && !read.ok ? read.message : session.failure;
  const report: ImportResult<unknown> | null = checked
    ? checked
    : failure && picked
      ? { file: picked.name, accepted: [], rejected: [], fileErrors: [failure] }
      : null;
  const population = checked?.population ?? null;

  const columns = kind === 'township' ? TOWNSHIP_POPULATION_COLUMNS : SETTLEMENT_POPULATION_COLUMNS;
  const required: readonly string[] = kind === 'township' ? ['人口'] : ['经度', '纬度', '人口'];

  return (
    <div className="import-body">
      <div className="import-column">
        <section className="import-step">
          <h3>{t('importStepFile')}</h3>
          <FilePicker
            accept={IMPORT_DESCRIPTORS.population.accept}
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
                  onChange={(event) => setChoices({ table: event.target.value as PopulationTableKind })}
                  data-testid="population-kind"
                >
                  <option value="township">{t('populationKindTownship')}</option>
                  <option value="settlement">{t('populationKindSettlement')}</option>
                </select>
              </label>
              <TableReadChoices read={read} encoding={options.encoding} onChange={setOptions} />
              {kind === 'settlement' ? (
                <CoordinateSystemSelect
                  value={choices.coords}
                  hint={null}
                  onChange={(coords) => setChoices({ coords })}
                />
              ) : null}
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
                  columns={columns}
                  required={required}
                  headers={read.table.headers}
                  mapping={checked.mapping as Record<string, string | null>}
                  columnLabel={(column) => tv(columnName(column))}
                  onChange={(column, header) =>
                    setChoices({ mapping: { ...choices.mapping, [column]: header } })
                  }
                />
                {kind === 'township' ? <p className="help">{t('populationTownshipColumnsHelp')}</p> : null}
              </section>
            ) : null}
          </>
        ) : null}
      </div>
      <div className="import-column">
        <ReportOrIntro result={report} introTitle={t('populationIntroTitle')} intro={t('populationIntro')} />
        {done !== null ? (
          <ImportDone onClose={onClose}>
            <p>{tm(done.message)}</p>
          </ImportDone>
        ) : checked ? (
          <section className="import-step">
            <h3>{t('importStepCommit')}</h3>
            <p data-testid="population-label">
              {population ? tv(describePopulation(population)) : t('populationNothingToUse')}
            </p>
            <PopulationBaseYearField
              population={population}
              year={choices.baseYear}
              onChange={(baseYear) => setChoices({ baseYear })}
            />
            <p className="help">{t('populationReplaceHelp')}</p>
            <CommitActions
              label={t('populationCommit')}
              disabled={population === null || progress !== null}
              onCommit={commit}
              onCancel={onClose}
            />
          </section>
        ) : null}
      </div>
    </div>
  );
}
