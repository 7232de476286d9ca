/**
 * The PDF of an export with its words as text: each page's map alone as a JPEG at the page's
 * DPI, and everything else set by `writePdfDocument` in the embedded Noto Sans SC (loaded from the
 * app's assets when the writer is made). A split atlas is a zip of one PDF per page, named
 * 港南区_桥圩镇_学校布局图.pdf.
 */
import { zipSync } from 'fflate';
import { fileStem, translatorFor } from '../page-content.ts';
import type { PagePlan } from '../plan-pages.ts';
import type { MapPage } from './document-model.ts';
import type { DocumentWriter, WriterContext } from './document-writer.ts';
import { loadDocumentFonts } from './load-document-fonts.ts';
import { mapPicture, toMapPage } from './map-pages.ts';
import { writePdfDocument } from './write-pdf-document.ts';

/** The file name of one page's PDF in a split atlas: 港南区_桥圩镇_学校布局图.pdf. */
export function splitFileName(
  context: Pick<WriterContext, 'snapshot'>,
  plan: Pick<PagePlan, 'township'>,
): string {
  const { snapshot } = context;
  const t = translatorFor(snapshot.language);
  const township = plan.township?.name ?? t('documentsDistrictRow');
  return `${fileStem(t('documentsTownshipFileName', { district: snapshot.districtName, township }))}.pdf`;
}

/** A writer of the text PDF (or the zip of them); the fonts load first. */
export async function createTextPdfWriter(context: WriterContext): Promise<DocumentWriter> {
  const { settings, snapshot, split } = context;
  const t = translatorFor(snapshot.language);
  const fonts = await loadDocumentFonts();
  const pages: { plan: PagePlan; page: MapPage }[] = [];
  let written: { sheets: number; files: { name: string; bytes: number }[] } | null = null;
  const write = (chosen: readonly MapPage[], title: string) =>
    writePdfDocument({
      paper: settings.paper,
      orientation: settings.orientation,
      dpi: settings.dpi,
      pages: [...chosen],
      fonts,
      properties: { ...context.info, title },
      language: snapshot.language,
      continuedTitle: t('documentsContinuedTitle'),
      listSeparator: t('documentsListSeparator'),
    });
  return {
    mimeType: split ? 'application/zip' : 'application/pdf',
    wantsMapImage: true,
    wantsPageImage: false,
    textAsImage: false,
    extension: split ? 'zip' : 'pdf',
    fileTitle: split ? t('documentsZipFileName', { district: snapshot.districtName }) : null,
    async addPage(drawn) {
      pages.push({
        plan: drawn.plan,
        page: toMapPage(drawn.plan, snapshot, await mapPicture(drawn, settings.dpi)),
      });
    },
    async finish() {
      if (!split) {
        const result = write(
          pages.map((item) => item.page),
          context.info.title,
        );
        written = { sheets: result.pageCount, files: [] };
        return new Blob([result.bytes as BlobPart], { type: 'application/pdf' });
      }
      const files = pages.map((item) => ({
        name: splitFileName(context, item.plan),
        result: write([item.page], item.page.text.title),
      }));
      written = {
        sheets: files.reduce((sum, file) => sum + file.result.pageCount, 0),
        files: files.map((file) => ({ name: file.name, bytes: file.result.bytes.length })),
      };
      // Stored, not deflated: a PDF is compressed already.
      const zip = zipSync(Object.fromEntries(files.map((file) => [file.name, file.result.bytes])), {
        level: 0,
      });
      return new Blob([zip as BlobPart], { type: 'application/zip' });
    },
    written: () => written ?? { sheets: pages.length, files: [] },
  };
}
