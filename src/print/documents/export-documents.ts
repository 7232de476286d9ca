/**
 * Exports the meeting materials from the print view's state: plans the pages (the current page,
 * or the district and the chosen townships in their order), draws their maps on the hidden export
 * map at the size each format needs, and writes a vector PDF (one file, or one per township in a
 * zip), a slide deck or a Word report. The writers load on first use. Browser only.
 */
import { zipSync } from 'fflate';
import { evaluateTargets } from '../../analysis/evaluate-targets.ts';
import { message } from '../../domain/message.ts';
import { type MapExtent, shrinkExportMap } from '../export-map.ts';
import { exportFileName, fileStem, type PageTable, townshipTitle, translatorFor } from '../page-content.ts';
import { printPixelRatio } from '../paper.ts';
import { type PagePlan, type PrintSettings, pageLayoutFor } from '../plan-pages.ts';
import type { PrintSnapshot } from '../print-snapshot.ts';
import type { ReportSuggestion } from './build-report-model.ts';
import { DECK_PIXELS_PER_INCH, deckMapPixels } from './deck-geometry.ts';
import { DocumentError, type DocumentFonts, type MapPicture } from './document-model.ts';
import { type DocumentSelection, planDocumentPages, toMapPage } from './plan-document-pages.ts';
import { type PictureSize, renderMapPicture } from './render-document-maps.ts';

/** The document formats. */
export type DocumentFormat = 'pdf' | 'pptx' | 'docx';

/** Optional tables of other analyses that the report carries when given. */
export interface DocumentExtras {
  seats?: readonly PageTable[];
  suggestion?: ReportSuggestion | null;
}

/** One export. */
export interface DocumentJob {
  format: DocumentFormat;
  selection: DocumentSelection;
  /** One PDF per page (the district and each township) in a zip, instead of one PDF. */
  split: boolean;
  settings: PrintSettings;
  snapshot: PrintSnapshot;
  /** Extent of the current page and the atlas overview (the preview's camera); null fits the district. */
  overview: MapExtent | null;
  glyphsUrl: string;
  extras?: DocumentExtras;
}

/** Where an export is. */
export interface DocumentProgress {
  stage: 'fonts' | 'map' | 'write';
  /** 1-based page whose map is drawn. */
  page: number;
  pages: number;
}

/** What one page's map was. */
export interface DocumentPageReport {
  key: string;
  township: { code: string; name: string } | null;
  title: string;
  /** The map picture's pixels. */
  width: number;
  height: number;
  map: { milliseconds: number; createdMap: boolean };
}

/** What an export wrote, for the status line, the CLI, the tests and the benchmark. */
export interface DocumentReport {
  kind: 'document';
  fileName: string;
  format: DocumentFormat;
  mimeType: string;
  bytes: number;
  /** The files written: the one file, or the files inside the zip. */
  files: { name: string; bytes: number }[];
  /** Sheets of the PDF (continuation pages counted) or slides of the deck; figures of the report. */
  sheets: number;
  dpi: number;
  pages: DocumentPageReport[];
  /** False: every text is text in the file. */
  textAsImage: false;
  /** Milliseconds in all, and spent on the maps, the fonts and writing. */
  milliseconds: number;
  stages: { maps: number; fonts: number; write: number };
}

const MIME_TYPES = {
  pdf: 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
} as const;

/** Map pictures of a report's figures: 150 mm wide at 200 DPI, the shape of an A4 landscape map. */
const REPORT_PICTURE_DPI = 200;
const REPORT_PICTURE_MILLIMETRES = { width: 150, height: 100 };

function pictureSize(job: DocumentJob, plan: PagePlan): PictureSize {
  if (job.format === 'pdf') {
    const { dpi } = job.settings;
    const layout = pageLayoutFor(plan, job.settings, dpi);
    return { width: layout.map.width, height: layout.map.height, pixelRatio: printPixelRatio(dpi), dpi };
  }
  if (job.format === 'pptx') {
    return {
      ...deckMapPixels(),
      pixelRatio: printPixelRatio(DECK_PIXELS_PER_INCH),
      dpi: DECK_PIXELS_PER_INCH,
    };
  }
  const pixels = (millimetres: number) => Math.round((millimetres / 25.4) * REPORT_PICTURE_DPI);
  return {
    width: pixels(REPORT_PICTURE_MILLIMETRES.width),
    height: pixels(REPORT_PICTURE_MILLIMETRES.height),
    pixelRatio: printPixelRatio(REPORT_PICTURE_DPI),
    dpi: REPORT_PICTURE_DPI,
  };
}

/** The file name of one page's PDF in a split atlas: 港南区_桥圩镇_学校布局图.pdf. */
export function splitFileName(snapshot: PrintSnapshot, plan: PagePlan): string {
  const t = translatorFor(snapshot.language);
  const township = plan.township?.name ?? t('documentsDistrictRow');
  return `${fileStem(t('documentsTownshipFileName', { district: snapshot.districtName, township }))}.pdf`;
}

/** The name of the file an export offers. */
export function documentFileName(job: DocumentJob): string {
  const { snapshot, settings, selection } = job;
  const t = translatorFor(snapshot.language);
  const district = snapshot.districtName;
  if (job.format === 'pptx')
    return exportFileName(t('documentsDeckFileName', { district }), settings.date, 'pptx');
  if (job.format === 'docx')
    return exportFileName(t('documentsReportFileName', { district }), settings.date, 'docx');
  if (job.split) return exportFileName(t('documentsZipFileName', { district }), settings.date, 'zip');
  if (selection.kind === 'atlas') {
    return exportFileName(t('printAtlasFileTitle', { title: settings.title }), settings.date, 'pdf');
  }
  const pages = selection.pages;
  if (pages.kind === 'township') {
    const name = snapshot.townships?.features.find((feature) => feature.properties.code === pages.code)
      ?.properties.name;
    return exportFileName(
      townshipTitle(settings.title, name ?? pages.code, snapshot.language),
      settings.date,
      'pdf',
    );
  }
  return exportFileName(settings.title, settings.date, 'pdf');
}

/**
 * Runs an export and returns the file (a zip when split) and its report.
 * @throws DocumentError when there is nothing to export or a font or picture fails; RangeError
 * (in Chinese) when a map is beyond the browser's WebGL limits
 */
export async function exportDocuments(
  job: DocumentJob,
  onProgress: (progress: DocumentProgress) => void = () => {},
): Promise<{ blob: Blob; report: DocumentReport }> {
  const started = performance.now();
  const { snapshot, settings } = job;
  const t = translatorFor(snapshot.language);
  const known = new Set(snapshot.townships?.features.map((feature) => feature.properties.code));
  const codes = job.selection.kind === 'atlas' ? job.selection.townships : [];
  const unknown = codes.find((code) => !known.has(code));
  if (unknown !== undefined) throw new DocumentError(message('documentsUnknownTownship', { code: unknown }));
  const plans = planDocumentPages(snapshot, settings, job.selection, job.overview);
  if (plans.length === 0) throw new DocumentError(message('documentsNoPages'));

  const stages = { maps: 0, fonts: 0, write: 0 };
  let fonts: DocumentFonts | null = null;
  if (job.format === 'pdf') {
    onProgress({ stage: 'fonts', page: 0, pages: plans.length });
    const fontsStarted = performance.now();
    fonts = await (await import('./load-document-fonts.ts')).loadDocumentFonts();
    stages.fonts = performance.now() - fontsStarted;
  }
  const pictures = new Map<string, MapPicture>();
  const pageReports: DocumentPageReport[] = [];
  const mapsStarted = performance.now();
  try {
    for (const [index, plan] of plans.entries()) {
      onProgress({ stage: 'map', page: index + 1, pages: plans.length });
      const size = pictureSize(job, plan);
      const { picture, timing } = await renderMapPicture(snapshot, plan, size, job.glyphsUrl);
      pictures.set(plan.key, picture);
      pageReports.push({
        key: plan.key,
        township: plan.township,
        title: plan.text.title,
        width: size.width,
        height: size.height,
        map: { milliseconds: Math.round(timing.milliseconds), createdMap: timing.createdMap },
      });
    }
  } finally {
    await shrinkExportMap();
  }
  stages.maps = performance.now() - mapsStarted;

  onProgress({ stage: 'write', page: plans.length, pages: plans.length });
  const writeStarted = performance.now();
  const fileName = documentFileName(job);
  let files: { name: string; bytes: Uint8Array }[];
  let sheets: number;
  if (job.format === 'pdf' && fonts) {
    const { writePdfDocument } = await import('./write-pdf-document.ts');
    const { documentProperties } = await import('./build-deck-model.ts');
    const write = (pagePlans: readonly PagePlan[], title: string) =>
      writePdfDocument({
        paper: settings.paper,
        orientation: settings.orientation,
        dpi: settings.dpi,
        pages: pagePlans.map((plan) => toMapPage(plan, snapshot, pictures.get(plan.key) ?? null)),
        fonts,
        properties: documentProperties(snapshot, settings, title),
        language: snapshot.language,
        continuedTitle: t('documentsContinuedTitle'),
        listSeparator: t('documentsListSeparator'),
      });
    if (job.split) {
      const written = plans.map((plan) => ({
        name: splitFileName(snapshot, plan),
        result: write([plan], plan.text.title),
      }));
      files = written.map((item) => ({ name: item.name, bytes: item.result.bytes }));
      sheets = written.reduce((sum, item) => sum + item.result.pageCount, 0);
    } else {
      const result = write(plans, fileName.replace(/_\d{4}-\d{2}-\d{2}\.pdf$/, ''));
      files = [{ name: fileName, bytes: result.bytes }];
      sheets = result.pageCount;
    }
  } else {
    const targets = snapshot.ruleSet ? evaluateTargets(snapshot.schools, snapshot.ruleSet) : [];
    const pictureOf = (key: string) => pictures.get(key) ?? null;
    if (job.format === 'pptx') {
      const [{ buildDeckModel }, { writePptxDeck }] = await Promise.all([
        import('./build-deck-model.ts'),
        import('./write-pptx-deck.ts'),
      ]);
      const bytes = await writePptxDeck(
        buildDeckModel({ snapshot, settings, targets, pages: plans, pictureOf }),
      );
      files = [{ name: fileName, bytes }];
      sheets = plans.length + 1;
    } else {
      const [{ buildReportModel }, { writeDocxReport }] = await Promise.all([
        import('./build-report-model.ts'),
        import('./write-docx-report.ts'),
      ]);
      const model = buildReportModel({
        snapshot,
        settings,
        targets,
        pages: plans,
        pictureOf,
        seats: job.extras?.seats ?? [],
        suggestion: job.extras?.suggestion ?? null,
      });
      files = [{ name: fileName, bytes: await writeDocxReport(model) }];
      sheets = model.blocks.filter((block) => block.kind === 'figure').length;
    }
  }
  const zipped = job.split && job.format === 'pdf';
  const bytes = zipped
    ? zipSync(Object.fromEntries(files.map((file) => [file.name, file.bytes])), { level: 0 })
    : (files[0]?.bytes ?? new Uint8Array());
  stages.write = performance.now() - writeStarted;
  const mimeType = zipped ? MIME_TYPES.zip : MIME_TYPES[job.format];
  const blob = new Blob([bytes as BlobPart], { type: mimeType });
  return {
    blob,
    report: {
      kind: 'document',
      fileName,
      format: job.format,
      mimeType,
      bytes: blob.size,
      files: files.map((file) => ({ name: file.name, bytes: file.bytes.length })),
      sheets,
      dpi: plans[0] ? pictureSize(job, plans[0]).dpi : settings.dpi,
      pages: pageReports,
      textAsImage: false,
      milliseconds: Math.round(performance.now() - started),
      stages: {
        maps: Math.round(stages.maps),
        fonts: Math.round(stages.fonts),
        write: Math.round(stages.write),
      },
    },
  };
}
