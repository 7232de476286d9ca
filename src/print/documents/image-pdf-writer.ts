/**
 * An export as a PDF of page images (jsPDF): one JPEG per page at full resolution, each page
 * exactly the paper's size. The text is part of the images — jsPDF's built-in fonts have no
 * Chinese and the app ships no CJK font to embed — and the document properties carry the
 * title, subtitle and compiling unit.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import type { Orientation } from '../../domain/print-choices.ts';
import type { DrawnPage } from '../draw-page.ts';
import type { PaperMillimetres } from '../paper.ts';
import type { DocumentInfo, DocumentWriter } from './document-writer.ts';
import { encodeCanvas } from './encode-canvas.ts';

/** A writer of a PDF of `sheet`-sized page images; jsPDF loads on first use. */
export async function createImagePdfWriter(
  sheet: PaperMillimetres,
  orientation: Orientation,
  info: DocumentInfo,
): Promise<DocumentWriter> {
  const { jsPDF } = await import('jspdf');
  const pdf: JsPdf = new jsPDF({
    unit: 'mm',
    format: [sheet.width, sheet.height],
    orientation,
    compress: true,
  });
  let pages = 0;
  return {
    mimeType: 'application/pdf',
    wantsMapImage: false,
    async addPage(page: DrawnPage) {
      // jsPDF embeds a JPEG as it is (a PNG it would re-encode, about 1 s per A4 page at 300 DPI).
      const jpeg = await encodeCanvas(page.image, 'image/jpeg', 0.92);
      if (pages > 0) pdf.addPage([sheet.width, sheet.height], orientation);
      pages++;
      pdf.addImage(jpeg, 'JPEG', 0, 0, sheet.width, sheet.height, `page-${pages}`, 'NONE');
    },
    async finish() {
      pdf.setDocumentProperties({ ...info });
      return pdf.output('blob');
    },
  };
}
