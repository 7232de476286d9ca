/** A one-page export as a PNG stamped with its print resolution. */
import { MessageError, message } from '../../domain/message.ts';
import type { DrawnPage } from '../draw-page.ts';
import { withPngResolution } from '../png-resolution.ts';
import type { DocumentWriter } from './document-writer.ts';
import { encodeCanvas } from './encode-canvas.ts';

/** A writer of one PNG page at `dpi`. */
export function createPngWriter(dpi: number): DocumentWriter {
  let png: Uint8Array | null = null;
  return {
    mimeType: 'image/png',
    wantsMapImage: false,
    wantsPageImage: true,
    textAsImage: true,
    extension: 'png',
    fileTitle: null,
    async addPage(page: DrawnPage) {
      if (png) throw new MessageError(message('printErrorSecondPage'));
      if (!page.image) throw new MessageError(message('printErrorNoPages'));
      png = withPngResolution(await encodeCanvas(page.image, 'image/png'), dpi);
    },
    async finish() {
      if (!png) throw new MessageError(message('printErrorNoPages'));
      return new Blob([png as BlobPart], { type: 'image/png' });
    },
  };
}
