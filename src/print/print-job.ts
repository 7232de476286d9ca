/**
 * Runs an export: plans the pages, draws each page's map on the hidden export map, composes the
 * page (title, legend, table, scale bar, north arrow, footer) on a 2D canvas at the paper's
 * exact pixel size, and writes a PNG stamped with its DPI. A PDF, with its words as text in an
 * embedded font, comes from documents/export-documents.ts from the same page plans.
 */
import type { DrawnScaleBar } from './compose-page.ts';
import { composePage } from './compose-page.ts';
import { renderPageMap } from './documents/render-document-maps.ts';
import { type MapExtent, shrinkExportMap } from './export-map.ts';
import { exportFileName, townshipTitle, translatorFor } from './page-content.ts';
import type { PageLayout } from './page-layout.ts';
import { paperMillimetres, printPixelRatio } from './paper.ts';
import {
  type PagePlan,
  type PrintPages,
  type PrintSettings,
  pageLayoutFor,
  planPages,
} from './plan-pages.ts';
import { withPngResolution } from './png-resolution.ts';
import type { PrintSnapshot } from './print-snapshot.ts';

/** The format of a page drawn whole as a picture; PDF, decks and reports are in documents/. */
export type PrintFormat = 'png';

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

function canvasBlob(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(`浏览器无法把页面编码为 ${type}`))),
      type,
      quality,
    );
  });
}

async function drawPage(
  job: PrintJob,
  plan: PagePlan,
  onStage: (stage: PrintProgress['stage']) => void,
): Promise<{ canvas: HTMLCanvasElement; report: PageReport }> {
  const { settings, snapshot } = job;
  const layout = pageLayoutFor(plan, settings, settings.dpi);
  onStage('map');
  const rendered = await renderPageMap(
    snapshot,
    plan,
    {
      width: layout.map.width,
      height: layout.map.height,
      pixelRatio: printPixelRatio(settings.dpi),
      dpi: settings.dpi,
    },
    job.glyphsUrl,
  );
  onStage('compose');
  const canvas = document.createElement('canvas');
  canvas.width = layout.page.width;
  canvas.height = layout.page.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('浏览器未提供 2D 画布');
  const composed = composePage(
    context,
    {
      layout,
      text: plan.text,
      legend: plan.legend,
      table: plan.table,
      metresPerPixel: rendered.metresPerPixel,
    },
    rendered.image,
  );
  rendered.image.width = 0;
  return {
    canvas,
    report: {
      key: plan.key,
      township: plan.township,
      title: plan.text.title,
      width: canvas.width,
      height: canvas.height,
      layout,
      legendLabels: composed.legendLabels,
      scaleBar: composed.scaleBar,
      map: {
        zoom: rendered.zoom,
        centre: rendered.centre,
        bounds: rendered.bounds,
        pixelRatio: rendered.pixelRatio,
        metresPerPixel: rendered.metresPerPixel,
        createdMap: rendered.createdMap,
        milliseconds: Math.round(rendered.milliseconds),
      },
      milliseconds: 0,
    },
  };
}

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

/**
 * Runs an export and returns the file and its report.
 * @throws Error (in Chinese) when the pages cannot be drawn, e.g. a size beyond WebGL's limits
 */
export async function runPrintJob(
  job: PrintJob,
  onProgress: (progress: PrintProgress) => void = () => {},
): Promise<{ blob: Blob; report: PrintReport }> {
  const started = performance.now();
  if (job.pages.kind === 'atlas') throw new Error('分乡镇图集有多页，只能导出为 PDF');
  const plans = planPages(job.snapshot, job.settings, job.pages, job.overview);
  const sheet = paperMillimetres(job.settings.paper, job.settings.orientation);
  const reports: PageReport[] = [];
  const fileName = exportFileName(fileTitle(job), job.settings.date, job.format);
  try {
    const plan = plans[0];
    if (!plan) throw new Error('没有可导出的页面');
    const pageStarted = performance.now();
    const { canvas, report } = await drawPage(job, plan, (stage) => onProgress({ stage, page: 1, pages: 1 }));
    onProgress({ stage: 'encode', page: 1, pages: 1 });
    const png = new Uint8Array(await (await canvasBlob(canvas, 'image/png')).arrayBuffer());
    canvas.width = 0;
    const blob = new Blob([withPngResolution(png, job.settings.dpi) as BlobPart], { type: 'image/png' });
    reports.push({ ...report, milliseconds: Math.round(performance.now() - pageStarted) });
    return {
      blob,
      report: {
        fileName,
        format: job.format,
        mimeType: 'image/png',
        bytes: blob.size,
        dpi: job.settings.dpi,
        paper: sheet,
        pages: reports,
        textAsImage: true,
        milliseconds: Math.round(performance.now() - started),
      },
    };
  } finally {
    await shrinkExportMap();
  }
}
