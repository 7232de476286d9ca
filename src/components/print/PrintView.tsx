/**
 * The print screen (打印): paper, resolution and page texts on the left, the live page preview
 * on the right, and the exports — PDF, PNG, the deck, the report, an atlas of chosen townships
 * (see ExportPanel) and the tables.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { type Orientation, PAPER_NAMES, type PaperName, PRINT_DPIS } from '../../domain/print-choices.ts';
import { describeFailure } from '../../print/describe-failure.ts';
import { releaseExportMap } from '../../print/export-map.ts';
import { pagePixels } from '../../print/paper.ts';
import { type PagePlan, type PrintPages, planPages } from '../../print/plan-pages.ts';
import { installPrintApi } from '../../print/print-api.ts';
import { defaultTexts, resolvePrintSettings } from '../../print/print-choices.ts';
import { selectPrintSnapshot } from '../../print/print-snapshot.ts';
import type { TableExport } from '../../print/tables/tables-for-state.ts';
import { useAtlasStore } from '../../store/index.ts';
import { downloadBlob } from '../download.ts';
import { useTranslation } from '../use-translation.ts';
import { ExportPanel } from './ExportPanel.tsx';
import { type PreviewHandle, PrintPreview } from './PrintPreview.tsx';

const PAPER_KEYS = { a4: 'printPaperA4', a3: 'printPaperA3', slide: 'printPaperSlide' } as const;

/** The print screen; installs `window.atlasPrint` while it is open. */
export function PrintView() {
  const { t, language } = useTranslation();
  const choices = useAtlasStore((state) => state.printChoices);
  const setChoices = useAtlasStore((state) => state.setPrintChoices);
  const resetTexts = useAtlasStore((state) => state.resetPrintTexts);
  const snapshot = useAtlasStore(selectPrintSnapshot);
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
      // No district yet, or a township that has gone: nothing to preview or export.
      return null;
    }
  }, [snapshot, settings, page]);

  const preview = useRef<PreviewHandle | null>(null);
  const onHandle = useCallback((handle: PreviewHandle | null) => {
    preview.current = handle;
  }, []);
  // Kept as data and translated when shown, so it follows a change of language.
  const [failed, setFailed] = useState<{ reason: unknown } | null>(null);

  // The window function for the CLI and tests; the export map lives as long as this screen.
  useEffect(() => {
    const uninstall = installPrintApi(useAtlasStore, () => preview.current?.extent() ?? null);
    return () => {
      uninstall();
      releaseExportMap();
    };
  }, []);

  const exportTables = async (which: TableExport) => {
    setFailed(null);
    try {
      // The table writers (and the Excel library) load on first use.
      const { exportTables: exportTableFile } = await import('../../print/tables/tables-for-state.ts');
      const file = await exportTableFile(useAtlasStore.getState(), which, new Date());
      if (file) downloadBlob(file.fileName, file.blob);
    } catch (failure) {
      setFailed({ reason: failure });
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
          <button type="button" className="link" onClick={resetTexts}>
            {t('printResetTexts')}
          </button>
        </fieldset>
        <ExportPanel
          page={pages}
          planReady={plan !== null}
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
          {failed ? (
            <p className="print-error" role="alert" data-testid="print-tables-error">
              {t('printFailed', { reason: describeFailure(language, failed.reason) })}
            </p>
          ) : null}
        </fieldset>
      </aside>
      <PrintPreview snapshot={snapshot} settings={settings} plan={plan} onHandle={onHandle} />
    </main>
  );
}
