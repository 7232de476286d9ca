/** The writer of each export format. */

import { paperMillimetres } from '../paper.ts';
import type { PrintSettings } from '../plan-pages.ts';
import type { DocumentInfo, DocumentWriter, PrintFormat } from './document-writer.ts';
import { createImagePdfWriter } from './image-pdf-writer.ts';
import { createPngWriter } from './png-writer.ts';

/** A fresh writer for one export in `format`. */
export function createDocumentWriter(
  format: PrintFormat,
  settings: PrintSettings,
  info: DocumentInfo,
): Promise<DocumentWriter> {
  switch (format) {
    case 'png':
      return Promise.resolve(createPngWriter(settings.dpi));
    case 'pdf':
      return createImagePdfWriter(
        paperMillimetres(settings.paper, settings.orientation),
        settings.orientation,
        info,
      );
  }
}
