/**
 * Runs an export: plans the pages, draws each one (its map on the hidden export map, then the
 * page around it at the paper's exact pixel size) and hands it to the writer of the format asked
 * (a PNG stamped with its DPI, or a PDF of page images); reports what it wrote.
 */
import { message } from '../domain/message.ts';
import { MessageError } from '../domain/message-error.ts';
import { translate } from '../i18n/index.ts';
import type { DrawnScaleBar } from './compose-page.ts';
import { createDocumentWriter } from './documents/create-document-writer.ts';
import type { DocumentInfo, PrintFormat } from './documents/document-writer.ts';
import { drawPage, releasePage } from './draw-page.ts';
import { shrinkExportMap } from './export-map.ts';
import type { MapExtent } from './map-extent.ts';
import { exportFileName, townshipTitle, translatorFor } from './page-content.ts';
import type { PageLayout } from './page-layout.ts';
import { paperMillimetres } from './paper.ts';
import { type PrintPages, type PrintSettings, planPages } from './plan-pages.ts';
import type { PrintSnapshot } from './print-snapshot.ts';

/** The file formats (from the document writers), for the job's callers. */
export type { PrintFormat };

/** One export. */
export interface PrintJob {
  format: PrintFormat;
  pages: PrintPages;
  settings: PrintSettings;
  snapshot: PrintSnapshot;
  /** Extent of the single page and the atlas overview (the preview's camera); null fits the district. */
  overview: MapExtent | null;
  glyphsUrl: string;
}

/** Where an export is. */
export interface PrintProgress {
  stage: 'map' | 'compose' | 'encode' | 'write';
  /** 1-based page being worked on. */
  page: number;
  pages: number;
}

/** What one page holds, for the user's status line, the CLI and the tests. */
export interface PageReport {
  key: string;
  township: { code: string; name: string } | null;
  title: string;
  width: number;
  height: number;
  layout: PageLayout;
  legendLabels: string[];
  scaleBar: DrawnScaleBar | null;
  map: {
    zoom: number;
    centre: { lon: number; lat: number };
    bounds: { west: number; south: number; east: number; north: number };
    pixelRatio: number;
    metresPerPixel: number;
    createdMap: boolean;
    milliseconds: number;
  };
  milliseconds: number;
}

/** What an export wrote. */
export interface PrintReport {
  fileName: string;
  format: PrintFormat;
  mimeType: string;
  bytes: number;
  dpi: number;
  /** The sheet in millimetres (the PDF page size). */
  paper: { width: number; height: number };
  pages: PageReport[];
  /** True: every text is drawn into the page image (no CJK font to embed). */
  textAsImage: boolean;
  milliseconds: number;
}

/** The file's title: the page title, the township's page title, or the atlas's. */
function fileTitle(job: PrintJob): string {
  const { pages, settings, snapshot } = job;
  if (pages.kind === 'atlas')
    return translatorFor(snapshot.language)('printAtlasFileTitle', { title: settings.title });
  if (pages.kind === 'township') {
    const name = snapshot.townships?.features.find((feature) => feature.properties.code === pages.code)
      ?.properties.name;
    return townshipTitle(settings.title, name ?? pages.code, snapshot.language);
  }
  return settings.title;
}

function documentInfo(job: PrintJob): DocumentInfo {
  const { language } = job.snapshot;
  return {
    title: fileTitle(job),
    subject: job.settings.subtitle,
    author: job.settings.unit,
    creator: translate(language, 'appTitle'),
    keywords: job.pages.kind === 'atlas' ? translate(language, 'printPdfKeywordAtlas') : '',
  };
}

/**
 * Runs an export and returns the file and its report.
 * @throws MessageError when the pages cannot be drawn, e.g. a size beyond WebGL's limits
 */
export async function runPrintJob(
  job: PrintJob,
  onProgress: (progress: PrintProgress) => void = () => {},
): Promise<{ blob: Blob; report: PrintReport }> {
  const started = performance.now();
  if (job.format === 'png' && job.pages.kind === 'atlas')
    throw new MessageError(message('printErrorAtlasAsPng'));
  const plans = planPages(job.snapshot, job.settings, job.pages, job.overview);
  if (plans.length === 0) throw new MessageError(message('printErrorNoPages'));
  const writer = await createDocumentWriter(job.format, job.settings, documentInfo(job));
  const reports: PageReport[] = [];
  try {
    for (const [index, plan] of plans.entries()) {
      const pageStarted = performance.now();
      const progress = (stage: PrintProgress['stage']) =>
        onProgress({ stage, page: index + 1, pages: plans.length });
      const page = await drawPage(
        job.snapshot,
        job.settings,
        job.glyphsUrl,
        plan,
        index + 1,
        writer.wantsMapImage,
        progress,
      );
      progress('encode');
      try {
        await writer.addPage(page);
      } finally {
        releasePage(page);
      }
      reports.push({
        key: plan.key,
        township: plan.township,
        title: plan.text.title,
        width: page.layout.page.width,
        height: page.layout.page.height,
        layout: page.layout,
        legendLabels: page.legendLabels,
        scaleBar: page.scaleBar,
        map: { ...page.rendered, milliseconds: Math.round(page.rendered.milliseconds) },
        milliseconds: Math.round(performance.now() - pageStarted),
      });
    }
    onProgress({ stage: 'write', page: plans.length, pages: plans.length });
    const blob = await writer.finish();
    return {
      blob,
      report: {
        fileName: exportFileName(fileTitle(job), job.settings.date, job.format),
        format: job.format,
        mimeType: writer.mimeType,
        bytes: blob.size,
        dpi: job.settings.dpi,
        paper: paperMillimetres(job.settings.paper, job.settings.orientation),
        pages: reports,
        textAsImage: true,
        milliseconds: Math.round(performance.now() - started),
      },
    };
  } finally {
    await shrinkExportMap();
  }
}
