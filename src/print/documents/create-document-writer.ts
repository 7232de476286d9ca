/**
 * The writer of each export format. The writers of the PDF, the deck and the report load (with
 * jsPDF, pptxgenjs or docx) on first use.
 */
import type { PrintSettings } from '../plan-pages.ts';
import type { PrintSnapshot } from '../print-snapshot.ts';
import type { DocumentExtras } from './document-extras.ts';
import type { DocumentInfo, DocumentWriter, PrintFormat } from './document-writer.ts';
import { createPngWriter } from './png-writer.ts';

/** What a writer may need besides the pages: the settings, the file's properties, the snapshot the pages come from. */
export interface WriterContext {
  settings: PrintSettings;
  info: DocumentInfo;
  snapshot: PrintSnapshot;
  /** A PDF atlas as one PDF per page in a zip. */
  split: boolean;
  extras: DocumentExtras;
}

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
