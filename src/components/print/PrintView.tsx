/**
 * The print screen (打印): paper, resolution and page texts on the left, the live page preview
 * on the right, and the exports — PDF, PNG, the deck, the report, an atlas of chosen townships
 * (see ExportPanel) and the tables.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { scenarioTitle } from '../../domain/scenario.ts';
import { appGlyphsUrl } from '../../map/bridge.ts';
import { releaseExportMap } from '../../print/export-map.ts';
import { exportFileName } from '../../print/page-content.ts';
import { type Orientation, PAPER_NAMES, type PaperName, PRINT_DPIS, pagePixels } from '../../print/paper.ts';
import { type PagePlan, type PrintPages, planPages } from '../../print/plan-pages.ts';
import { installPrintApi } from '../../print/print-api.ts';
import { defaultTexts, resolvePrintSettings } from '../../print/print-choices.ts';
import { takePrintSnapshot } from '../../print/print-snapshot.ts';
import { useAtlasStore } from '../../store/index.ts';
import { downloadBlob, downloadText } from '../download.ts';
import { useTranslation } from '../use-translation.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { type PreviewHandle, PrintPreview } from './PrintPreview.tsx';
import { choicesOf, usePrintChoices } from './print-settings.ts';

const PAPER_KEYS = { a4: 'printPaperA4', a3: 'printPaperA3', slide: 'printPaperSlide' } as const;

export function PrintView() {
  const { t } = useTranslation();
  const choices = usePrintChoices(useShallow(choicesOf));
  const setChoices = usePrintChoices((state) => state.setChoices);
  const resetTexts = usePrintChoices((state) => state.resetTexts);
  const inputs = useAtlasStore(
    useShallow((state) => [
      state.schools,
      state.filters,
      state.scenario,
      state.district,
      state.townships,
      state.seats,
      state.analysis,
      state.analysisKind,
      state.analysisLayers,
      state.fillRule,
      state.language,
      state.dataset,
      state.population,
      state.ruleSet,
      state.basemapEnabled,
      state.tiandituKey,
    ]),
  );
  // biome-ignore lint/correctness/useExhaustiveDependencies: `inputs` lists every state the snapshot reads
  const snapshot = useMemo(
    () => takePrintSnapshot(useAtlasStore.getState(), choices.includeAnalysis),
    [inputs, choices.includeAnalysis],
  );
  const [today] = useState(() => new Date());
  const settings = useMemo(() => resolvePrintSettings(choices, snapshot, today), [choices, snapshot, today]);
  const defaults = useMemo(() => defaultTexts(snapshot), [snapshot]);
  const [page, setPage] = useState('overview');
  const pages: PrintPages = page === 'overview' ? { kind: 'single' } : { kind: 'township', code: page };
  const plan: PagePlan | null = useMemo(() => {
    try {
      return (
        planPages(
          snapshot,
          settings,
          page === 'overview' ? { kind: 'single' } : { kind: 'township', code: page },
          null,
        )[0] ?? null
      );
    } catch {
      return null;
    }
  }, [snapshot, settings, page]);

  const preview = useRef<PreviewHandle | null>(null);
  const onHandle = useCallback((handle: PreviewHandle | null) => {
    preview.current = handle;
  }, []);
  const [error, setError] = useState<string | null>(null);

  // The window function for the CLI and tests; the export map lives as long as this screen.
  const choicesRef = useRef(choices);
  choicesRef.current = choices;
  useEffect(() => {
    const uninstall = installPrintApi({
      store: useAtlasStore,
      choices: () => choicesRef.current,
      previewExtent: () => preview.current?.extent() ?? null,
      glyphsUrl: appGlyphsUrl,
    });
    return () => {
      uninstall();
      releaseExportMap();
    };
  }, []);

  const exportTables = async (which: 'xlsx' | 'townships' | 'progress') => {
    setError(null);
    try {
      // The table writers (and the Excel library) load on first use.
      const [{ tablesForState }, { writeTableCsv }, { writeTablesXlsx }] = await Promise.all([
        import('../../print/tables/tables-for-state.ts'),
        import('../../print/tables/write-table-csv.ts'),
        import('../../print/tables/write-tables-xlsx.ts'),
      ]);
      const state = useAtlasStore.getState();
      const date = new Date();
      const { townships, progress: progressTable } = tablesForState(state, date);
      const district = state.dataset?.districtName ?? '';
      const scenario = scenarioTitle(state.scenario);
      if (which === 'xlsx') {
        const tables = [townships, progressTable].filter((table) => table !== null);
        const bytes = await writeTablesXlsx(tables);
        downloadBlob(
          exportFileName(`${district}规划分析表_${scenario}`, date, 'xlsx'),
          new Blob([bytes as BlobPart], {
            type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          }),
        );
      } else if (which === 'townships' && townships) {
        downloadText(
          exportFileName(`${district}乡镇规则检查_${scenario}`, date, 'csv'),
          writeTableCsv(townships),
          'text/csv',
        );
      } else if (which === 'progress' && progressTable) {
        downloadText(
          exportFileName(`${district}规划目标进度`, date, 'csv'),
          writeTableCsv(progressTable),
          'text/csv',
        );
      }
    } catch (failure) {
      setError(t('printFailed', { reason: failure instanceof Error ? failure.message : String(failure) }));
    }
  };

  const pixels = pagePixels(settings);
  const analysisReady = snapshot.analysis !== null;
  const townshipOptions = snapshot.townships?.features.map((feature) => feature.properties) ?? [];

  return (
    <main className="print-panel" data-testid="print-view">
      <aside className="print-settings" aria-label={t('printSettingsTitle')}>
        <h2>{t('printSettingsTitle')}</h2>
        <fieldset>
          <legend>{t('printPaper')}</legend>
          <div className="print-segmented">
            {PAPER_NAMES.map((paper: PaperName) => (
              <button
                key={paper}
                type="button"
                className={choices.paper === paper ? 'on' : ''}
                aria-pressed={choices.paper === paper}
                onClick={() => setChoices({ paper })}
                data-testid={`print-paper-${paper}`}
              >
                {t(PAPER_KEYS[paper])}
              </button>
            ))}
          </div>
          <div className="print-segmented">
            {(['landscape', 'portrait'] as Orientation[]).map((orientation) => (
              <button
                key={orientation}
                type="button"
                className={choices.orientation === orientation ? 'on' : ''}
                aria-pressed={choices.orientation === orientation}
                onClick={() => setChoices({ orientation })}
                data-testid={`print-orientation-${orientation}`}
              >
                {t(orientation === 'landscape' ? 'printLandscape' : 'printPortrait')}
              </button>
            ))}
          </div>
          <div className="print-segmented">
            {PRINT_DPIS.map((dpi) => (
              <button
                key={dpi}
                type="button"
                className={choices.dpi === dpi ? 'on' : ''}
                aria-pressed={choices.dpi === dpi}
                onClick={() => setChoices({ dpi })}
                data-testid={`print-dpi-${dpi}`}
              >
                {dpi} DPI
              </button>
            ))}
          </div>
          <p className="muted" data-testid="print-pixel-size">
            {t('printPixelSize', { width: pixels.width, height: pixels.height })}
          </p>
        </fieldset>
        <fieldset>
          <legend>{t('printPage')}</legend>
          <select
            className="print-page-select"
            value={page}
            onChange={(event) => setPage(event.target.value)}
            data-testid="print-page"
          >
            <option value="overview">{t('printPageOverview')}</option>
            {townshipOptions.map((township) => (
              <option key={township.code} value={township.code}>
                {township.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="link"
            onClick={() => preview.current?.fit()}
            data-testid="print-fit"
          >
            {t('printFit')}
          </button>
        </fieldset>
        <fieldset className="print-texts">
          <legend>{t('printTexts')}</legend>
          <label>
            {t('printTitleField')}
            <input
              value={choices.title ?? defaults.title}
              onChange={(event) => setChoices({ title: event.target.value })}
              data-testid="print-title-input"
            />
          </label>
          <label>
            {t('printSubtitleField')}
            <input
              value={choices.subtitle ?? defaults.subtitle}
              onChange={(event) => setChoices({ subtitle: event.target.value })}
              data-testid="print-subtitle-input"
            />
          </label>
          <label>
            {t('printUnitField')}
            <input
              value={choices.unit ?? defaults.unit}
              onChange={(event) => setChoices({ unit: event.target.value })}
              data-testid="print-unit-input"
            />
          </label>
          <label>
            {t('printSourceField')}
            <textarea
              rows={2}
              value={choices.source ?? defaults.source}
              onChange={(event) => setChoices({ source: event.target.value })}
              data-testid="print-source-input"
            />
          </label>
          <label className="print-check">
            <input
              type="checkbox"
              checked={choices.confidential}
              onChange={(event) => setChoices({ confidential: event.target.checked })}
              data-testid="print-confidential"
            />
            {t('printConfidentialField')}
          </label>
          <label className="print-check">
            <input
              type="checkbox"
              checked={choices.includeAnalysis}
              onChange={(event) => setChoices({ includeAnalysis: event.target.checked })}
              data-testid="print-analysis"
            />
            {t('printAnalysisField')}
          </label>
          <button
            type="button"
            className="link"
            onClick={() => {
              resetTexts();
              setChoices({ unit: null });
            }}
          >
            {t('printResetTexts')}
          </button>
        </fieldset>
        <ExportPanel
          page={pages}
          planReady={plan !== null}
          printChoices={choices}
          townships={townshipOptions}
          previewExtent={() => preview.current?.extent() ?? null}
          previewShowsOverview={page === 'overview'}
        />
        <fieldset>
          <legend>{t('printTables')}</legend>
          <div className="print-actions">
            <button
              type="button"
              className="ghost"
              onClick={() => exportTables('xlsx')}
              data-testid="print-tables-xlsx"
            >
              {t('printTablesXlsx')}
            </button>
            <button
              type="button"
              className="ghost"
              disabled={!analysisReady}
              onClick={() => exportTables('townships')}
              data-testid="print-townships-csv"
            >
              {t('printTownshipsCsv')}
            </button>
            <button
              type="button"
              className="ghost"
              onClick={() => exportTables('progress')}
              data-testid="print-progress-csv"
            >
              {t('printProgressCsv')}
            </button>
          </div>
          {error ? (
            <p className="print-error" role="alert" data-testid="print-tables-error">
              {error}
            </p>
          ) : null}
        </fieldset>
      </aside>
      <PrintPreview snapshot={snapshot} settings={settings} plan={plan} onHandle={onHandle} />
    </main>
  );
}
