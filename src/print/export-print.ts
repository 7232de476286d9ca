/**
 * The one export path: the print screen's buttons and `window.atlasPrint` (the command line, the
 * tests, the benchmark) both come here. A still snapshot of the store is taken once, the choices
 * resolve to page settings, the job draws and writes the pages, and the report is kept for
 * `lastExportReport()`.
 */
import type { PrintChoices } from '../domain/print-choices.ts';
import { appGlyphsUrl } from '../map/style-for-state.ts';
import type { AtlasState } from '../store/index.ts';
import { documentExtras } from './documents/document-extras.ts';
import type { MapExtent } from './map-extent.ts';
import type { PrintPages } from './plan-pages.ts';
import { resolvePrintSettings } from './print-choices.ts';
import { type PrintFormat, type PrintProgress, type PrintReport, runPrintJob } from './print-job.ts';
import { takePrintSnapshot } from './print-snapshot.ts';

/** One export as the user (or the command line) asks for it. */
export interface PrintRequest {
  format: PrintFormat;
  pages: PrintPages;
  choices: PrintChoices;
  /** The single page's and the atlas overview's extent (the preview's camera); null fits the district. */
  overview: MapExtent | null;
  /** The date printed on the pages and in the file name. */
  date: Date;
  /** A PDF atlas as one PDF per page in a zip. */
  split?: boolean;
}

let lastReport: PrintReport | null = null;

/**
 * Exports from the state as it is now.
 * @throws MessageError when the pages cannot be drawn or written (the reason as a message)
 */
export async function exportPrint(
  state: AtlasState,
  request: PrintRequest,
  onProgress?: (progress: PrintProgress) => void,
): Promise<{ blob: Blob; report: PrintReport }> {
  const snapshot = takePrintSnapshot(state, request.choices.includeAnalysis);
  const result = await runPrintJob(
    {
      format: request.format,
      pages: request.pages,
      settings: resolvePrintSettings(request.choices, snapshot, request.date),
      snapshot,
      overview: request.overview,
      glyphsUrl: appGlyphsUrl(),
      split: request.split ?? false,
      // The report carries the last site suggestion while it holds for the data in use.
      extras: documentExtras(state),
    },
    onProgress,
  );
  lastReport = result.report;
  return result;
}

/** The report of the last export of this tab, from the screen or the window function. */
export function lastExportReport(): PrintReport | null {
  return lastReport;
}
