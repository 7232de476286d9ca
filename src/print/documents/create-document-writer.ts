/**
 * The writer of each export format. The writers of the PDF, the deck and the report load (with
 * jsPDF, pptxgenjs or docx) on first use.
 */
import type { DocumentWriter, PrintFormat, WriterContext } from './document-writer.ts';
import { createPngWriter } from './png-writer.ts';

/** A fresh writer for one export in `format`. */
export async function createDocumentWriter(
  format: PrintFormat,
  context: WriterContext,
): Promise<DocumentWriter> {
  switch (format) {
    case 'png':
      return createPngWriter(context.settings.dpi);
    case 'pdf':
      return (await import('./text-pdf-writer.ts')).createTextPdfWriter(context);
    case 'pptx':
      return (await import('./deck-writer.ts')).createDeckWriter(context);
    case 'docx':
      return (await import('./report-writer.ts')).createReportWriter(context);
  }
}
