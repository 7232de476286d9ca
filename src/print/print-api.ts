/**
 * `window.atlasPrint`: the print screen's export as a small function for the command line
 * (`npm run atlas -- export`), the end-to-end tests and the benchmark, through the same export
 * path as the screen's buttons. Installed while the print screen is open; a failure is told in
 * the page's language.
 */
import { MessageError, message } from '../domain/message.ts';
import type { PopulationData } from '../domain/population.ts';
import type { Orientation, PaperName, PrintChoices } from '../domain/print-choices.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { School } from '../domain/school.ts';
import type { TownshipCollection } from '../domain/township.ts';
import type { AtlasStore } from '../store/index.ts';
import { describeFailure } from './describe-failure.ts';
import { type ExportDrawing, exportMapLimits, setExportDrawing } from './export-map.ts';
import { exportPrint, lastExportReport } from './export-print.ts';
import type { MapExtent } from './map-extent.ts';
import type { PrintPages } from './plan-pages.ts';
import type { PrintFormat, PrintReport } from './print-job.ts';
import type { WebglLimits } from './render-limits.ts';

/** Options of one export through the window function; omitted ones follow the print view. */
export interface PrintApiOptions {
  paper?: PaperName;
  orientation?: Orientation;
  dpi?: number;
  /** png (one page), pdf, pptx (the deck) or docx (the report). */
  format?: PrintFormat;
  /**
   * A township code for its page, 'all' for the atlas, codes separated by commas for an atlas of
   * those townships in that order, omitted for the current view (the whole district for a deck
   * or a report).
   */
  township?: string;
  /** An atlas begins with the district overview (default true). */
  overview?: boolean;
  /** An atlas as one PDF per page in a zip. */
  split?: boolean;
  title?: string;
  subtitle?: string;
  unit?: string;
  source?: string;
  confidential?: boolean;
  scenario?: 'current' | 'planned';
  analysis?: boolean;
  /**
   * 'district' (default) fits the district (or the township); 'preview' takes the preview's
   * camera, which matches only when the paper is the one the preview shows.
   */
  extent?: 'district' | 'preview';
  /**
   * How the maps load their data: 'small-first' (default) or 'full-size', the earlier way, for
   * the benchmark's comparison.
   */
  drawing?: ExportDrawing;
}

/** An export's file, base64-encoded, and its report. */
export interface PrintApiResult {
  fileName: string;
  mimeType: string;
  base64: string;
  report: PrintReport;
}

/** Data the command line brings instead of the embedded data set. */
export interface PrintApiData {
  schools?: School[];
  townships?: TownshipCollection;
  /** Population to use instead of the modelled one (the CLI's --population). */
  population?: PopulationData;
  /** Rule set to use instead of the embedded one (the CLI's --rules). */
  ruleSet?: RuleSet;
  /** The roster's file name, for the page's data-source line. */
  rosterFile?: string;
}

/** What `window.atlasPrint` offers. */
export interface PrintApi {
  /** True once the data is loaded and the analysis and the seat forecast of the current data have results. */
  ready(): boolean;
  /** Replaces the roster, boundaries, population or rules (the CLI's inputs); wait for ready() after. */
  loadData(data: PrintApiData): void;
  /** Exports; rejects with the reason in the page's language. */
  export(options?: PrintApiOptions): Promise<PrintApiResult>;
  /** The report of the last export from the view or from this function. */
  lastReport(): PrintReport | null;
  /** The export map's WebGL limits, once it exists. */
  limits(): WebglLimits | null;
}

declare global {
  interface Window {
    atlasPrint?: PrintApi;
  }
}

async function base64Of(blob: Blob): Promise<string> {
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () =>
      reject(new MessageError(message('printErrorReadExport'), { cause: reader.error ?? undefined }));
    reader.readAsDataURL(blob);
  });
  return url.slice(url.indexOf(',') + 1);
}

/**
 * The pages of an export for the `township` option: the current page, one township's page, the
 * whole atlas, or the listed townships in order; a deck or a report without townships covers the
 * whole district.
 * @example printPagesOf('pdf', '450803101,450803100', undefined) // { kind: 'atlas', overview: true, townships: ['450803101', '450803100'] }
 */
export function printPagesOf(
  format: PrintFormat,
  township: string | undefined,
  overview: boolean | undefined,
): PrintPages {
  const document = format === 'pptx' || format === 'docx';
  if (!township) return document ? { kind: 'atlas', overview: overview ?? true } : { kind: 'single' };
  if (township === 'all') return { kind: 'atlas', overview: overview ?? true };
  const codes = township
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  if (!document && codes.length === 1 && overview === undefined)
    return { kind: 'township', code: codes[0] ?? '' };
  return { kind: 'atlas', overview: overview ?? true, townships: codes };
}

/** The choices of one export: the options given, the print screen's choices for the rest. */
function choicesFor(options: PrintApiOptions, base: PrintChoices): PrintChoices {
  return {
    paper: options.paper ?? base.paper,
    orientation: options.orientation ?? base.orientation,
    dpi: options.dpi ?? base.dpi,
    title: options.title ?? base.title,
    subtitle: options.subtitle ?? base.subtitle,
    unit: options.unit ?? base.unit,
    source: options.source ?? base.source,
    confidential: options.confidential ?? base.confidential,
    includeAnalysis: options.analysis ?? base.includeAnalysis,
  };
}

/**
 * Installs `window.atlasPrint` for a store; `previewExtent` gives the preview's camera.
 * Returns the uninstaller.
 */
export function installPrintApi(store: AtlasStore, previewExtent: () => MapExtent | null): () => void {
  const api: PrintApi = {
    ready: () => {
      const state = store.getState();
      return (
        state.loadStatus === 'ready' &&
        state.analysis !== null &&
        state.analysisStatus === 'ready' &&
        state.seatAnalysis !== null &&
        state.seatsStatus === 'ready' &&
        state.townships !== null
      );
    },
    loadData(data) {
      const { rosterFile, ...editable } = data;
      store.getState().replaceData(editable);
      const { dataset } = store.getState();
      if (rosterFile && dataset) store.setState({ dataset: { ...dataset, rosterFile } });
      // The runners re-analyse after a short pause; until then the results are the old data's.
      store.setState({ analysisStatus: 'running', seatsStatus: 'running' });
    },
    async export(options = {}) {
      if (options.scenario && store.getState().scenario.kind !== options.scenario) {
        store.getState().setScenario({ ...store.getState().scenario, kind: options.scenario });
      }
      const state = store.getState();
      const township = options.township;
      setExportDrawing(options.drawing ?? 'small-first');
      try {
        const { blob, report } = await exportPrint(state, {
          format: options.format ?? 'png',
          pages: printPagesOf(options.format ?? 'png', township, options.overview),
          split: options.split ?? false,
          choices: choicesFor(options, state.printChoices),
          overview: options.extent === 'preview' ? previewExtent() : null,
          date: new Date(),
        });
        return { fileName: report.fileName, mimeType: report.mimeType, base64: await base64Of(blob), report };
      } catch (error) {
        // The caller is another program (or a test): it gets a sentence, not a message key.
        throw new Error(describeFailure(state.language, error));
      } finally {
        setExportDrawing('small-first');
      }
    },
    lastReport: () => lastExportReport(),
    limits: () => exportMapLimits(),
  };
  window.atlasPrint = api;
  return () => {
    if (window.atlasPrint === api) delete window.atlasPrint;
  };
}
