/**
 * What a document writer is: it takes the drawn pages of an export one at a time (a 300 DPI
 * page holds tens of megabytes, so pages are not kept) and returns the file. The print job
 * draws each page ({@link DrawnPage}: texts, legend, table and layout as data, the composed
 * page and optionally the map alone as pixels) and hands it to the writer of the format asked.
 *
 * A format is a writer in this folder and a case in `create-document-writer.ts`: PNG, the PDF
 * with its words as text (the map alone as a picture), the slide deck and the Word report (the
 * map alone at a size of their own).
 */
import type { DrawnPage, MapSize } from '../draw-page.ts';
import type { PagePlan, PrintSettings } from '../plan-pages.ts';
import type { PrintSnapshot } from '../print-snapshot.ts';
import type { DocumentExtras } from './document-extras.ts';

/** The file formats an export can be written in: a page picture, a PDF, a slide deck, a report. */
export type PrintFormat = 'png' | 'pdf' | 'pptx' | 'docx';

/** What a document says about itself (a PDF's properties), in the page's language. */
export interface DocumentInfo {
  title: string;
  subject: string;
  author: string;
  creator: string;
  keywords: string;
}

/** What a writer may need besides the pages: the settings, the file's properties, the snapshot the pages come from. */
export interface WriterContext {
  settings: PrintSettings;
  info: DocumentInfo;
  snapshot: PrintSnapshot;
  /** A PDF atlas as one PDF per page in a zip. */
  split: boolean;
  extras: DocumentExtras;
}

/** Writes the drawn pages of one export into one file. */
export interface DocumentWriter {
  /** The file's media type. */
  readonly mimeType: string;
  /** Whether the pages must carry the map alone (writers that set the texts themselves). */
  readonly wantsMapImage: boolean;
  /** Whether the pages must be composed whole (writers of page pictures); false saves the work. */
  readonly wantsPageImage: boolean;
  /** Whether the file's words are pictures (PNG) rather than text. */
  readonly textAsImage: boolean;
  /** The file's extension, without the dot (a split PDF atlas is a zip). */
  readonly extension: string;
  /** A file title of the writer's own (a deck, a report), instead of the page title. */
  readonly fileTitle: string | null;
  /** The map's size when the writer wants it other than the printed page's map box (a slide, a figure). */
  mapSize?(plan: PagePlan): MapSize;
  /** Takes one page, in order; the page's pixels are freed after this resolves. */
  addPage(page: DrawnPage): Promise<void>;
  /** The finished file. */
  finish(): Promise<Blob>;
  /** After `finish`: the sheets written (PDF pages with continuations, slides, figures) and the files in a zip. */
  written?(): { sheets: number; files: { name: string; bytes: number }[] };
}
