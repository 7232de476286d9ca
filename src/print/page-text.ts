/**
 * Text on a printed page: the page font (the interface's CJK families, so Chinese is drawn by
 * the browser into the image), one line in a box that shrinks or shortens to fit, the white
 * backing behind what is drawn over the map, and the framed panels of the legend and table.
 */
import { LOCAL_IDEOGRAPH_FONT_FAMILY } from '../map/theme.ts';
import type { Rect } from './page-layout.ts';

/** The page's texts, already in the interface language. */
export interface PageText {
  title: string;
  subtitle: string | null;
  confidential: string | null;
  /** The whole footer texts, labels included (数据来源：…). */
  source: string;
  unit: string;
  date: string;
  note: string | null;
  legendTitle: string;
  north: string;
  kilometre: string;
  metre: string;
  /** The 1:n line with `{fraction}` for the number, e.g. 比例尺 约 1:{fraction}. */
  fraction: string;
}

/** The colour of a page's text and lines. */
export const INK = '#1b1b1b';
/** The colour of secondary text (subtitle, counts, footer). */
export const MUTED = '#4b4b4b';

/** The font shorthand for a size and weight in the interface's CJK families. */
export function pageFont(pixels: number, weight: 'normal' | 'bold' = 'normal'): string {
  return `${weight} ${pixels}px ${LOCAL_IDEOGRAPH_FONT_FAMILY}`;
}

/** `text` shortened with an ellipsis to fit `width` in the context's current font. */
function fitText(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (context.measureText(`${text.slice(0, middle)}…`).width <= width) low = middle;
    else high = middle - 1;
  }
  return `${text.slice(0, low)}…`;
}

/** Draws one line of text in a box, vertically centred; shrinks the font to fit when `shrink`. */
export function drawText(
  context: CanvasRenderingContext2D,
  text: string,
  box: Rect,
  options: {
    size: number;
    weight?: 'normal' | 'bold';
    align?: CanvasTextAlign;
    colour?: string;
    shrink?: boolean;
  },
): void {
  let size = options.size;
  context.font = pageFont(size, options.weight);
  if (options.shrink) {
    while (size > 6 && context.measureText(text).width > box.width) {
      size = Math.floor(size * 0.92);
      context.font = pageFont(size, options.weight);
    }
  }
  const align = options.align ?? 'left';
  context.textAlign = align;
  context.textBaseline = 'middle';
  context.fillStyle = options.colour ?? INK;
  const x = align === 'center' ? box.x + box.width / 2 : align === 'right' ? box.x + box.width : box.x;
  context.fillText(fitText(context, text, box.width), x, box.y + box.height / 2);
}

/** A white box behind furniture drawn over the map, so it reads on any map colour. */
export function backing(context: CanvasRenderingContext2D, box: Rect, radius: number): void {
  context.save();
  context.fillStyle = 'rgba(255,255,255,0.86)';
  context.strokeStyle = 'rgba(0,0,0,0.25)';
  context.lineWidth = Math.max(1, radius / 6);
  context.beginPath();
  context.roundRect(box.x, box.y, box.width, box.height, radius);
  context.fill();
  context.stroke();
  context.restore();
}

/** A white panel with a thin grey frame (the legend's and the table's box). */
export function drawPanel(context: CanvasRenderingContext2D, box: Rect, lineWidth: number): void {
  context.save();
  context.fillStyle = '#ffffff';
  context.fillRect(box.x, box.y, box.width, box.height);
  context.strokeStyle = '#8a8a8a';
  context.lineWidth = lineWidth;
  context.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
  context.restore();
}
