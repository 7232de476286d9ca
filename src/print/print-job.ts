/**
 * Runs an export: plans the pages, draws each one (its map on the hidden export map, then the
 * page around it at the paper's exact pixel size, when the writer wants it whole) and hands it
 * to the writer of the format asked (a PNG stamped with its DPI, a PDF with its words as text, a
 * slide deck or a Word report); reports what it wrote.
 */
import { MessageError, message } from '../domain/message.ts';
import { translate } from '../i18n/index.ts';
import type { DrawnScaleBar } from './compose-page.ts';
import { createDocumentWriter } from './documents/create-document-writer.ts';
import type { DocumentExtras } from './documents/document-extras.ts';
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
  /** A PDF atlas as one PDF per page in a zip. */
  split?: boolean;
  /** Tables of other analyses the report carries (the last site suggestion, seats). */
  extras?: DocumentExtras;
}

/** Where an export is: preparing the writer (fonts), a page's steps, writing the file. */
export interface PrintProgress {
  stage: 'prepare' | 'map' | 'compose' | 'encode' | 'write';
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
  /** The footer's note as printed: the approximate-boundary note and the credits (basemap, reference layers). */
  footerNote: string | null;
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
  /** Sheets of the file: PDF pages with tables' continuations, slides, or the report's figures. */
  sheets: number;
  /** The files written: the one file, or the PDFs inside a split atlas's zip. */
  files: { name: string; bytes: number }[];
  /** True: the words are drawn into the page picture (PNG); false: they are text in the file. */
  textAsImage: boolean;
  milliseconds: number;
  /** Milliseconds preparing the writer (the PDF's fonts), drawing the pages, writing the file. */
  stages: { prepare: number; pages: number; write: number };
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
  onProgress({ stage: 'prepare', page: 0, pages: plans.length });
  const writer = await createDocumentWriter(job.format, {
    settings: job.settings,
    info: documentInfo(job),
    snapshot: job.snapshot,
    split: job.split ?? false,
    extras: job.extras ?? {},
  });
  const prepared = performance.now();
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
        {
          keepMap: writer.wantsMapImage,
          compose: writer.wantsPageImage,
          mapSize: writer.mapSize?.(plan) ?? null,
        },
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
        footerNote: plan.text.note,
        scaleBar: page.scaleBar,
        map: { ...page.rendered, milliseconds: Math.round(page.rendered.milliseconds) },
        milliseconds: Math.round(performance.now() - pageStarted),
      });
    }
    onProgress({ stage: 'write', page: plans.length, pages: plans.length });
    const drawn = performance.now();
    const blob = await writer.finish();
    const fileName = exportFileName(writer.fileTitle ?? fileTitle(job), job.settings.date, writer.extension);
    const written = writer.written?.() ?? {
      sheets: plans.length,
      files: [{ name: fileName, bytes: blob.size }],
    };
    return {
      blob,
      report: {
        fileName,
        format: job.format,
        mimeType: writer.mimeType,
        bytes: blob.size,
        dpi: job.settings.dpi,
        paper: paperMillimetres(job.settings.paper, job.settings.orientation),
        pages: reports,
        sheets: written.sheets,
        files: written.files.length === 1 ? [{ name: fileName, bytes: blob.size }] : written.files,
        textAsImage: writer.textAsImage,
        milliseconds: Math.round(performance.now() - started),
        stages: {
          prepare: Math.round(prepared - started),
          pages: Math.round(drawn - prepared),
          write: Math.round(performance.now() - drawn),
        },
      },
    };
  } finally {
    await shrinkExportMap();
  }
}
