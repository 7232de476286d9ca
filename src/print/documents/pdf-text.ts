/**
 * Text on a PDF page in the embedded CJK font: the fonts registered once per document, and lines
 * set in a box — shrunk to fit, or wrapped, but never cut. Everything is real PDF text (the font
 * carries a ToUnicode map), so it can be selected, searched and copied.
 */
import type { jsPDF } from 'jspdf';
import type { DocumentFonts } from './document-model.ts';
import { wrapText } from './wrap-text.ts';

/** The family name the embedded fonts are registered under. */
export const PDF_FONT_FAMILY = 'NotoSansSC';

/** Typographic points per millimetre. */
export const POINTS_PER_MILLIMETRE = 72 / 25.4;

/** A box in millimetres from the page's top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How a line is set. */
export interface TextStyle {
  /** Font size in points. */
  size: number;
  bold?: boolean;
  colour?: string;
  align?: 'left' | 'center' | 'right';
}

/** Ink colours shared by the page parts. */
export const INK = '#1b1b1b';
export const MUTED = '#4b4b4b';

/** Fonts already turned into binary strings: a split atlas writes one PDF per township with the same fonts. */
const binaryStrings = new WeakMap<Uint8Array, string>();

function binaryString(bytes: Uint8Array): string {
  // jsPDF's virtual file system takes a "binary string", one character per byte.
  const known = binaryStrings.get(bytes);
  if (known !== undefined) return known;
  let text = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    text += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  binaryStrings.set(bytes, text);
  return text;
}

/**
 * Registers the regular and bold TrueType fonts with a document. jsPDF embeds only the glyphs a
 * document uses (with their Unicode map), so a 10 MB font adds tens of kilobytes to the file.
 */
export function registerFonts(document: jsPDF, fonts: DocumentFonts): void {
  document.addFileToVFS('NotoSansSC-Regular.ttf', binaryString(fonts.regular));
  // No weight argument: jsPDF would append it to the style ('boldbold') and then not find the font.
  document.addFont('NotoSansSC-Regular.ttf', PDF_FONT_FAMILY, 'normal', undefined, 'Identity-H');
  document.addFileToVFS('NotoSansSC-Bold.ttf', binaryString(fonts.bold));
  document.addFont('NotoSansSC-Bold.ttf', PDF_FONT_FAMILY, 'bold', undefined, 'Identity-H');
  document.setFont(PDF_FONT_FAMILY, 'normal');
}

/** Sets the font for a style and returns a function measuring text in millimetres. */
export function applyStyle(document: jsPDF, style: TextStyle): (text: string) => number {
  document.setFont(PDF_FONT_FAMILY, style.bold ? 'bold' : 'normal');
  document.setFontSize(style.size);
  document.setTextColor(style.colour ?? INK);
  return (text) => document.getTextWidth(text);
}

function anchorX(box: Box, align: TextStyle['align']): number {
  if (align === 'center') return box.x + box.width / 2;
  if (align === 'right') return box.x + box.width;
  return box.x;
}

/**
 * Sets one line of text vertically centred in a box. When it is too wide it shrinks, down to
 * `minimumShare` of the size; if it still does not fit it wraps onto more lines centred on the
 * box (a long data-source line grows rather than loses words).
 */
export function drawLine(
  document: jsPDF,
  text: string,
  box: Box,
  style: TextStyle,
  minimumShare = 0.75,
): void {
  if (text === '') return;
  let size = style.size;
  let measure = applyStyle(document, { ...style, size });
  const smallest = style.size * minimumShare;
  while (measure(text) > box.width && size > smallest) {
    size = Math.max(smallest, size * 0.94);
    measure = applyStyle(document, { ...style, size });
  }
  const lines = measure(text) > box.width ? wrapText(text, box.width, measure) : [text];
  const lineHeight = (size / POINTS_PER_MILLIMETRE) * 1.25;
  const top = box.y + box.height / 2 - (lineHeight * (lines.length - 1)) / 2;
  lines.forEach((line, index) => {
    document.text(line, anchorX(box, style.align), top + index * lineHeight, {
      align: style.align ?? 'left',
      baseline: 'middle',
    });
  });
}

/** Sets lines from the top of a box, wrapped to its width; returns the height used. */
export function drawParagraph(document: jsPDF, text: string, box: Box, style: TextStyle): number {
  const measure = applyStyle(document, style);
  const lines = wrapText(text, box.width, measure);
  const lineHeight = (style.size / POINTS_PER_MILLIMETRE) * 1.35;
  lines.forEach((line, index) => {
    document.text(line, anchorX(box, style.align), box.y + (index + 0.5) * lineHeight, {
      align: style.align ?? 'left',
      baseline: 'middle',
    });
  });
  return lines.length * lineHeight;
}
