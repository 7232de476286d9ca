/**
 * `window.atlasPrint`: the print view's exports as a small function for the command line
 * (`npm run atlas -- export`) and the end-to-end tests, and the report of the last export.
 * Installed while the print view is open.
 */
import type { PopulationData } from '../domain/population.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { School } from '../domain/school.ts';
import type { TownshipCollection } from '../domain/township.ts';
import { translateMessage } from '../i18n/index.ts';
import type { AtlasStore } from '../store/index.ts';
import { documentExtras } from './documents/document-extras.ts';
import { DocumentError } from './documents/document-model.ts';
import { type DocumentFormat, type DocumentReport, exportDocuments } from './documents/export-documents.ts';
import { type DocumentSelection, wholeDistrict } from './documents/plan-document-pages.ts';
import type { MapExtent } from './export-map.ts';
import { exportMapLimits } from './export-map.ts';
import type { Orientation, PaperName } from './paper.ts';
import { type PrintChoices, resolvePrintSettings } from './print-choices.ts';
import { type PrintFormat, type PrintReport, runPrintJob } from './print-job.ts';
import { type PrintSnapshot, takePrintSnapshot } from './print-snapshot.ts';
import type { WebglLimits } from './render-limits.ts';

/** Options of one export through the window function; omitted ones follow the print view. */
export interface PrintApiOptions {
  paper?: PaperName;
  orientation?: Orientation;
  dpi?: number;
  /** png (one page), pdf, pptx (the deck) or docx (the report). */
  format?: PrintFormat | DocumentFormat;
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
}

/** An export's file, base64-encoded, and its report. */
export interface PrintApiResult {
  fileName: string;
  mimeType: string;
  base64: string;
  report: PrintReport | DocumentReport;
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
  /** True once the data is loaded and the analysis of the current data has results. */
  ready(): boolean;
  /** Replaces the roster, boundaries, population or rules (the CLI's inputs); wait for ready() after. */
  loadData(data: PrintApiData): void;
  export(options?: PrintApiOptions): Promise<PrintApiResult>;
  /** The report of the last PNG export from the view or from this function. */
  lastReport(): PrintReport | null;
  /** The report of the last PDF, deck or report export. */
  lastDocumentReport(): DocumentReport | null;
  /** The export map's WebGL limits, once it exists. */
  limits(): WebglLimits | null;
}

declare global {
  interface Window {
    atlasPrint?: PrintApi;
  }
}

let lastReport: PrintReport | null = null;
let lastDocument: DocumentReport | null = null;

/** Records an export's report for `lastReport()` or `lastDocumentReport()`. */
export function recordPrintReport(report: PrintReport | DocumentReport): void {
  if ('kind' in report) lastDocument = report;
  else lastReport = report;
}

/** The report of the last export. */
export function lastPrintReport(): PrintReport | null {
  return lastReport;
}

/**
 * The pages a document holds for the `township` option: the current page, one township's page,
 * the whole atlas, or the listed townships in order. A deck or a report without townships covers
 * the whole district.
 */
export function documentSelection(
  snapshot: PrintSnapshot,
  format: 'pdf' | 'pptx' | 'docx',
  township: string | undefined,
  overview: boolean | undefined,
): DocumentSelection {
  if (!township)
    return format === 'pdf' ? { kind: 'page', pages: { kind: 'single' } } : wholeDistrict(snapshot);
  if (township === 'all') return { ...wholeDistrict(snapshot), overview: overview ?? true };
  const codes = township
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code !== '');
  if (format === 'pdf' && codes.length === 1 && overview === undefined) {
    return { kind: 'page', pages: { kind: 'township', code: codes[0] ?? '' } };
  }
  return { kind: 'atlas', overview: overview ?? true, townships: codes };
}

async function base64Of(blob: Blob): Promise<string> {
  const url = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('读取导出文件失败'));
    reader.readAsDataURL(blob);
  });
  return url.slice(url.indexOf(',') + 1);
}

/** What the API needs from the print view. */
export interface PrintApiHost {
  store: AtlasStore;
  choices(): PrintChoices;
  previewExtent(): MapExtent | null;
  glyphsUrl(): string;
}

/** Installs `window.atlasPrint`; returns the uninstaller. */
export function installPrintApi(host: PrintApiHost): () => void {
  const api: PrintApi = {
    ready: () => {
      const state = host.store.getState();
      return (
        state.loadStatus === 'ready' &&
        state.analysis !== null &&
        state.analysisStatus === 'ready' &&
        state.townships !== null
      );
    },
    loadData(data) {
      const { rosterFile, ...editable } = data;
      host.store.getState().replaceData(editable);
      const { dataset } = host.store.getState();
      if (rosterFile && dataset) host.store.setState({ dataset: { ...dataset, rosterFile } });
      // The runner re-analyses after a short pause; until then the results are the old data's.
      host.store.setState({ analysisStatus: 'running' });
    },
    async export(options = {}) {
      const { store } = host;
      if (options.scenario && store.getState().scenario.kind !== options.scenario) {
        store.getState().setScenario({ ...store.getState().scenario, kind: options.scenario });
      }
      const base = host.choices();
      const choices: PrintChoices = {
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
      const snapshot = takePrintSnapshot(store.getState(), choices.includeAnalysis);
      const settings = resolvePrintSettings(choices, snapshot, new Date());
      const overview = options.extent === 'preview' ? host.previewExtent() : null;
      const township = options.township;
      const format = options.format ?? 'png';
      if (format === 'png') {
        const { blob, report } = await runPrintJob({
          format,
          pages: !township
            ? { kind: 'single' }
            : township === 'all'
              ? { kind: 'atlas' }
              : { kind: 'township', code: township },
          settings,
          snapshot,
          overview,
          glyphsUrl: host.glyphsUrl(),
        });
        recordPrintReport(report);
        return { fileName: report.fileName, mimeType: report.mimeType, base64: await base64Of(blob), report };
      }
      try {
        const { blob, report } = await exportDocuments({
          format,
          selection: documentSelection(snapshot, format, township, options.overview),
          split: options.split ?? false,
          settings,
          snapshot,
          overview,
          glyphsUrl: host.glyphsUrl(),
          extras: documentExtras(store.getState()),
        });
        recordPrintReport(report);
        return { fileName: report.fileName, mimeType: report.mimeType, base64: await base64Of(blob), report };
      } catch (error) {
        // The command line reads the reason as text.
        if (error instanceof DocumentError)
          throw new Error(translateMessage(snapshot.language, error.reason));
        throw error;
      }
    },
    lastReport: () => lastReport,
    lastDocumentReport: () => lastDocument,
    limits: () => exportMapLimits(),
  };
  window.atlasPrint = api;
  return () => {
    if (window.atlasPrint === api) delete window.atlasPrint;
  };
}
