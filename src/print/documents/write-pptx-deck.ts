/**
 * The slide deck (.pptx) of the 演示 sequence: 16:9 widescreen slides with the title, the map as
 * a picture at projector resolution (a 1920-pixel-wide slide is 144 pixels per inch), the table
 * and lines beside it and the notes along the foot, every text an editable text box or table in
 * an East-Asian font PowerPoint on a bureau PC has (`<a:ea typeface>` is written for it).
 * pptxgenjs writes the file, in the browser and in Node.
 */
import PptxGenJS from 'pptxgenjs';
import type { PageTable } from '../page-content.ts';
import { DECK_MAP_BOX } from './deck-geometry.ts';
import type { DeckModel, DeckSlide, MapPicture } from './document-model.ts';
import { wrapText } from './wrap-text.ts';

const PANEL = { x: 8.4, y: 1.35, width: 4.48, height: 5.35 } as const;
const NOTES = { x: 0.45, y: 6.85, width: 12.0, height: 0.45 } as const;

const INK = '1B1B1B';
const MUTED = '4B4B4B';
const NOTE = '8A3B12';
const STATUS_COLOURS = { pass: '1E7D32', fail: 'C62828', na: '4B4B4B' } as const;

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

function pictureData(picture: MapPicture): string {
  return `data:image/${picture.format};base64,${base64(picture.bytes)}`;
}

/** Margin inside a table cell, inches. */
const CELL_MARGIN = 0.04;

/** An estimate of a text's width in points: a Chinese character is one em, other characters about half. */
function textPoints(text: string, size: number): number {
  let width = 0;
  for (const character of text) width += /[\u2e80-\u9fff\uf900-\uffef]/u.test(character) ? size : size * 0.55;
  return width;
}

/** The lines a text takes in a width (inches) at a type size, wrapped as the PDF wraps it. */
function linesIn(text: string, widthInches: number, size: number): number {
  const width = widthInches * 72 - 2 * CELL_MARGIN * 72 - 2;
  return Math.max(1, wrapText(text, width, (piece) => textPoints(piece, size)).length);
}

/** A table's height in inches at a type size, every row as tall as its longest cell. */
export function tableHeight(table: PageTable, widthInches: number, size: number): number {
  const total = table.weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const widths = table.columns.map((_, column) => (widthInches * (table.weights[column] ?? 0)) / total);
  const rowHeight = (cells: readonly string[]) =>
    (Math.max(...cells.map((cell, column) => linesIn(cell, widths[column] ?? 0, size))) * size * 1.2) / 72 +
    2 * CELL_MARGIN;
  return rowHeight(table.columns) + table.rows.reduce((sum, row) => sum + rowHeight(row.cells), 0);
}

/**
 * The largest type size (14 pt down to 8 pt) at which a table fits a height, so a dozen targets
 * or a township's rules fill the panel without running off the slide.
 */
export function tableFontSize(table: PageTable, widthInches: number, heightInches: number): number {
  for (let size = 14; size > 8; size--) {
    if (tableHeight(table, widthInches, size) <= heightInches) return size;
  }
  return 8;
}

function tableRows(table: PageTable, fontFace: string, size: number): PptxGenJS.TableRow[] {
  const header = table.columns.map(
    (column): PptxGenJS.TableCell => ({
      text: column,
      options: { bold: true, fill: { color: 'EEEEEE' }, fontFace, fontSize: size, color: INK },
    }),
  );
  const rows = table.rows.map((row) =>
    row.cells.map((cell, column): PptxGenJS.TableCell => {
      const status = column === table.statusColumn ? row.status : undefined;
      return {
        text: cell,
        options: {
          fontFace,
          fontSize: size,
          color: status ? STATUS_COLOURS[status] : INK,
          bold: status === 'fail',
        },
      };
    }),
  );
  return [header, ...rows];
}

/** A box on the slide, inches. */
interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How a text box is set. */
interface BoxStyle {
  fontFace: string;
  size: number;
  colour: string;
  bold?: boolean;
  align?: 'left' | 'center';
  valign?: 'top' | 'bottom';
}

/** An editable text box of one or more lines (each its own paragraph). */
function addTextBox(slide: PptxGenJS.Slide, lines: readonly string[], area: Area, style: BoxStyle): void {
  if (lines.length === 0) return;
  slide.addText(
    lines.map((line, index) => ({ text: line, options: { breakLine: index < lines.length - 1 } })),
    {
      x: area.x,
      y: area.y,
      w: area.width,
      h: area.height,
      fontFace: style.fontFace,
      fontSize: style.size,
      color: style.colour,
      bold: style.bold ?? false,
      align: style.align ?? 'left',
      valign: style.valign ?? 'top',
      margin: 0,
    },
  );
}

function addContentSlide(deck: PptxGenJS, model: DeckModel, content: DeckSlide): void {
  const { fontFace } = model;
  const slide = deck.addSlide();
  addTextBox(
    slide,
    [content.title],
    { x: 0.45, y: 0.25, width: 12.4, height: 0.65 },
    { fontFace, size: 26, colour: INK, bold: true },
  );
  if (content.subtitle) {
    addTextBox(
      slide,
      [content.subtitle],
      { x: 0.45, y: 0.9, width: 12.4, height: 0.35 },
      { fontFace, size: 14, colour: MUTED },
    );
  }
  if (content.map) {
    const { x, y, width, height } = DECK_MAP_BOX;
    slide.addImage({ data: pictureData(content.map), x, y, w: width, h: height });
  }
  let top = PANEL.y;
  if (content.lines.length > 0) {
    const size = 12;
    const height =
      (content.lines.reduce((sum, line) => sum + linesIn(line, PANEL.width, size), 0) * size * 1.25) / 72 +
      0.1;
    addTextBox(slide, content.lines, { ...PANEL, y: top, height }, { fontFace, size, colour: INK });
    top += height + 0.15;
  }
  if (content.table) {
    addTextBox(
      slide,
      [content.table.title],
      { ...PANEL, y: top, height: 0.35 },
      { fontFace, size: 14, colour: INK, bold: true },
    );
    top += 0.4;
    const size = tableFontSize(content.table, PANEL.width, PANEL.y + PANEL.height - top);
    const total = content.table.weights.reduce((sum, weight) => sum + weight, 0) || 1;
    slide.addTable(tableRows(content.table, fontFace, size), {
      x: PANEL.x,
      y: top,
      w: PANEL.width,
      colW: content.table.weights.map((weight) => (PANEL.width * weight) / total),
      fontFace,
      fontSize: size,
      border: { type: 'solid', pt: 0.5, color: 'BFBFBF' },
      // pptxgenjs reads a margin under 1 as inches.
      margin: CELL_MARGIN,
      autoPage: false,
    });
  }
  addTextBox(slide, content.notes, NOTES, { fontFace, size: 10, colour: NOTE, valign: 'bottom' });
  slide.slideNumber = { x: 12.45, y: 6.95, w: 0.5, h: 0.35, fontFace, fontSize: 10, color: MUTED };
}

/**
 * Writes the deck: the title slide, then one slide per content slide in order.
 * @returns the .pptx file's bytes
 */
export async function writePptxDeck(model: DeckModel): Promise<Uint8Array> {
  const deck = new PptxGenJS();
  deck.layout = 'LAYOUT_WIDE';
  deck.title = model.properties.title;
  deck.subject = model.properties.subject;
  deck.author = model.properties.author;
  deck.company = model.properties.author;
  deck.theme = { headFontFace: model.fontFace, bodyFontFace: model.fontFace };
  const { fontFace, titleSlide } = model;
  const centred = { x: 0.8, width: 11.7 };

  const first = deck.addSlide();
  addTextBox(
    first,
    [titleSlide.title],
    { ...centred, y: 2.0, height: 1.2 },
    { fontFace, size: 40, colour: INK, bold: true, align: 'center' },
  );
  if (titleSlide.subtitle) {
    addTextBox(
      first,
      [titleSlide.subtitle],
      { ...centred, y: 3.25, height: 0.7 },
      { fontFace, size: 20, colour: MUTED, align: 'center' },
    );
  }
  addTextBox(
    first,
    titleSlide.lines,
    { ...centred, y: 4.4, height: 1.0 },
    { fontFace, size: 18, colour: INK, align: 'center' },
  );
  addTextBox(first, titleSlide.notes, NOTES, { fontFace, size: 10, colour: NOTE, valign: 'bottom' });

  for (const slide of model.slides) addContentSlide(deck, model, slide);
  const written = await deck.write({ outputType: 'uint8array' });
  return written instanceof Uint8Array ? written : new Uint8Array(written as ArrayBuffer);
}
