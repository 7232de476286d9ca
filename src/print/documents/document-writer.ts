/**
 * What a document writer is: it takes the drawn pages of an export one at a time (a 300 DPI
 * page holds tens of megabytes, so pages are not kept) and returns the file. The print job
 * draws each page ({@link DrawnPage}: texts, legend, table and layout as data, the composed
 * page and optionally the map alone as pixels) and hands it to the writer of the format asked.
 *
 * A new format (a PDF with real text, a PowerPoint or Word file) is a new writer in this folder
 * and a case in `create-document-writer.ts`; nothing else in the print path changes.
 */
import type { DrawnPage } from '../draw-page.ts';

/** The file formats an export can be written in. */
export type PrintFormat = 'png' | 'pdf';

/** What a document says about itself (a PDF's properties), in the page's language. */
export interface DocumentInfo {
  title: string;
  subject: string;
  author: string;
  creator: string;
  keywords: string;
}

/** Writes the drawn pages of one export into one file. */
export interface DocumentWriter {
  /** The file's media type. */
  readonly mimeType: string;
  /** Whether the pages must carry the map alone (writers that set the texts themselves). */
  readonly wantsMapImage: boolean;
  /** Takes one page, in order; the page's pixels are freed after this resolves. */
  addPage(page: DrawnPage): Promise<void>;
  /** The finished file. */
  finish(): Promise<Blob>;
}
