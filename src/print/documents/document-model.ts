/**
 * What the meeting materials are made of, as plain data: map pictures, map pages (the printed
 * page's content), a slide deck and a report. The builders make these from the atlas's state in
 * the interface language; the writers (PDF, PowerPoint, Word) turn them into bytes and know
 * nothing of the atlas, so they run the same in the browser and in Node.
 */

import type { Orientation, PaperName } from '../../domain/print-choices.ts';
import type { LegendEntry, PageTable } from '../page-content.ts';
import type { PageText } from '../page-text.ts';

/** A map drawn for a document: the encoded image and what it shows. */
export interface MapPicture {
  /** The encoded image (JPEG keeps map files small; PNG where exact pixels matter). */
  bytes: Uint8Array;
  format: 'jpeg' | 'png';
  /** Size in pixels. */
  width: number;
  height: number;
  /** Pixels per inch the picture was drawn for. */
  dpi: number;
  /** Ground metres per picture pixel along the centre's parallel; null draws no scale bar. */
  metresPerPixel: number | null;
}

/** One printed map page: the same content as the 打印 page, with its map picture. */
export interface MapPage {
  /** 'overview' or the township's code. */
  key: string;
  township: { code: string; name: string } | null;
  /** Title, subtitle, footer lines and furniture labels, in the document's language. */
  text: PageText;
  legend: LegendEntry[];
  /** The page's table (the township's rules and coverage, or every township on the overview). */
  table: PageTable | null;
  /** Notes printed under the source line: approximate boundaries, sample or modelled data. */
  notes: string[];
  /** The map, exactly the size of the layout's map box at the document's DPI; null leaves it blank. */
  map: MapPicture | null;
}

/** The TrueType fonts a PDF embeds (subset to the characters used). */
export interface DocumentFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** File properties every writer sets. */
export interface DocumentProperties {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  /** The program that made the file. */
  creator: string;
}

/** Everything the PDF writer needs. */
export interface PdfDocumentInput {
  paper: PaperName;
  orientation: Orientation;
  /** The resolution the map pictures were drawn at (the page layout's DPI). */
  dpi: number;
  pages: MapPage[];
  fonts: DocumentFonts;
  properties: DocumentProperties;
  /** The document's language, recorded in the file for screen readers and search. */
  language: 'zh-CN' | 'en';
  /** A continued table's title, with `{title}` for the table's own, e.g. {title}（续）. */
  continuedTitle: string;
  /** What stands between notes on one line: ；in Chinese. */
  listSeparator: string;
}

/** One slide of a deck besides the title slide. */
export interface DeckSlide {
  title: string;
  subtitle: string | null;
  /** The map, drawn for the deck's map box (see `DECK_MAP_BOX`). */
  map: MapPicture | null;
  /** Beside the map: the plan's targets, or the township's rule results. */
  table: PageTable | null;
  /** Short lines under the table (coverage, counts). */
  lines: string[];
  /** Notes along the slide's foot: sample data, approximate boundaries, modelled population. */
  notes: string[];
}

/** A slide deck: the title slide, then the district and one slide per township. */
export interface DeckModel {
  titleSlide: { title: string; subtitle: string | null; lines: string[]; notes: string[] };
  slides: DeckSlide[];
  properties: DocumentProperties;
  /** East-Asian font named in every text box, e.g. 微软雅黑. */
  fontFace: string;
}

/** A block of a report, in reading order. */
export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'normal' | 'note' }
  | { kind: 'table'; caption: string; table: PageTable }
  | {
      kind: 'legend';
      caption: string;
      /** A symbol (a character in its colour, hex without #) or none, and what it stands for. */
      rows: { symbol: string; colour: string | null; label: string }[];
    }
  | {
      kind: 'figure';
      caption: string;
      picture: MapPicture;
      /** Printed width of the figure. */
      widthMillimetres: number;
    };

/** A report: its title lines, then its blocks. */
export interface ReportModel {
  title: string;
  subtitle: string | null;
  /** Lines under the title: the compiling unit and the date. */
  byline: string[];
  blocks: ReportBlock[];
  properties: DocumentProperties;
  /** A figure's and a table's caption, with `{number}` and `{caption}`: 图{number}　{caption}. */
  figureCaption: string;
  tableCaption: string;
  /** Fonts named for Word: headings and body, Chinese and Latin. */
  fonts: { heading: string; body: string; latin: string };
}
