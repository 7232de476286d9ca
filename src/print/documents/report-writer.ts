/**
 * The Word report of an export: each page's map alone, drawn for a 150 mm figure at 200 DPI,
 * then 《…学校布局分析报告》 with the plan's targets, the township rules, coverage, the schools
 * below standard, the suggested sites and seats when given, and the maps as figures.
 */
import { translatorFor } from '../page-content.ts';
import { millimetresToPixels, printPixelRatio } from '../paper.ts';
import { buildReportModel, REPORT_FIGURE_WIDTH } from './build-report-model.ts';
import type { DocumentWriter, WriterContext } from './document-writer.ts';
import { collectPictures, snapshotTargets } from './map-pages.ts';
import { writeDocxReport } from './write-docx-report.ts';

const MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** The figures' resolution on paper. */
const FIGURE_DPI = 200;
/** The figures' height: the shape of an A4 landscape map. */
const FIGURE_HEIGHT = 100;

/** A writer of the report. */
export function createReportWriter(context: WriterContext): DocumentWriter {
  const { snapshot, settings } = context;
  const pages = collectPictures(FIGURE_DPI);
  let figures = 0;
  return {
    mimeType: MIME_TYPE,
    wantsMapImage: true,
    wantsPageImage: false,
    textAsImage: false,
    extension: 'docx',
    fileTitle: translatorFor(snapshot.language)('documentsReportFileName', {
      district: snapshot.districtName,
    }),
    mapSize: () => ({
      width: millimetresToPixels(REPORT_FIGURE_WIDTH, FIGURE_DPI),
      height: millimetresToPixels(FIGURE_HEIGHT, FIGURE_DPI),
      pixelRatio: printPixelRatio(FIGURE_DPI),
    }),
    addPage: (drawn) => pages.add(drawn),
    async finish() {
      const model = buildReportModel({
        snapshot,
        settings,
        targets: snapshotTargets(snapshot),
        pages: pages.plans,
        pictureOf: pages.pictureOf,
        seats: context.extras.seats ?? [],
        suggestion: context.extras.suggestion ?? null,
      });
      figures = model.blocks.filter((block) => block.kind === 'figure').length;
      return new Blob([(await writeDocxReport(model)) as BlobPart], { type: MIME_TYPE });
    },
    written: () => ({ sheets: figures, files: [] }),
  };
}
