/**
 * Paper sizes and print resolutions: the sheet in millimetres and its exact pixel size at a
 * resolution. Pure; the page layout, the hidden map render and the PDF writer all start here.
 */
import type { Orientation, PaperName } from '../domain/print-choices.ts';

/** A sheet: which paper, which way round, at which resolution. */
export interface PaperSpec {
  paper: PaperName;
  orientation: Orientation;
  dpi: number;
}

/** Width and height of a sheet in millimetres. */
export interface PaperMillimetres {
  width: number;
  height: number;
}

/**
 * Long and short side in millimetres. A4 and A3 per ISO 216; the slide is PowerPoint's and WPS's
 * 16:9 widescreen page (13.333 × 7.5 inches), so an exported PNG fills a slide exactly.
 */
const PAPER_SIDES: Record<PaperName, [number, number]> = {
  a4: [297, 210],
  a3: [420, 297],
  slide: [338.666_666_666_666_7, 190.5],
};

/**
 * The sheet in millimetres.
 * @example paperMillimetres('a4', 'landscape') // { width: 297, height: 210 }
 */
export function paperMillimetres(paper: PaperName, orientation: Orientation): PaperMillimetres {
  const [long, short] = PAPER_SIDES[paper];
  return orientation === 'landscape' ? { width: long, height: short } : { width: short, height: long };
}

/** Millimetres per inch. */
export const MILLIMETRES_PER_INCH = 25.4;

/**
 * A length in millimetres as whole pixels at a resolution (rounded to the nearest pixel, as
 * print drivers size a page).
 * @example millimetresToPixels(297, 300) // 3508
 */
export function millimetresToPixels(millimetres: number, dpi: number): number {
  return Math.round((millimetres * dpi) / MILLIMETRES_PER_INCH);
}

/**
 * The sheet's exact pixel size.
 * @example pagePixels({ paper: 'a4', orientation: 'landscape', dpi: 300 }) // { width: 3508, height: 2480 }
 */
export function pagePixels(spec: PaperSpec): { width: number; height: number } {
  const { width, height } = paperMillimetres(spec.paper, spec.orientation);
  return { width: millimetresToPixels(width, spec.dpi), height: millimetresToPixels(height, spec.dpi) };
}

/** CSS pixels per inch: a map drawn at this resolution shows symbols and labels at screen size. */
export const CSS_PIXELS_PER_INCH = 96;

/**
 * The map's device pixel ratio for a resolution: printed symbols and labels keep the physical
 * size they have on a 96 DPI screen (a 12 px symbol is 3.2 mm on paper at any DPI), and the map
 * keeps a CSS size of about the page's size at 96 DPI, so the same map extent and the same
 * label density come out at 150 and at 300 DPI.
 * @example printPixelRatio(300) // 3.125
 */
export function printPixelRatio(dpi: number): number {
  return dpi / CSS_PIXELS_PER_INCH;
}
