/**
 * The printed scale: ground metres per pixel of a Web Mercator map at a latitude, a scale bar of
 * a round length that fits a given width, and the representative fraction (1:n) on paper.
 * Pure; unit-tested against hand-computed values.
 */
import { MessageError, message } from '../domain/message.ts';
import { MILLIMETRES_PER_INCH } from './paper.ts';

/** The sphere radius of Web Mercator (EPSG:3857), as MapLibre projects with it, in metres. */
export const WEB_MERCATOR_RADIUS_METRES = 6_378_137;

/** MapLibre's world size at zoom 0, in CSS pixels (its tiles are 512 px). */
export const WORLD_PIXELS_AT_ZOOM_ZERO = 512;

/**
 * Ground metres per device pixel at a latitude, for a map at `zoom` drawn at `pixelRatio`
 * device pixels per CSS pixel. Mercator stretches by 1 / cos(latitude), so the scale holds
 * along the parallel of that latitude (the map's centre line, for a printed bar).
 * @example metresPerPixel(0, 0) // 78271.52 (the equator at zoom 0, one CSS pixel)
 */
export function metresPerPixel(zoom: number, latitude: number, pixelRatio = 1): number {
  const circumference = 2 * Math.PI * WEB_MERCATOR_RADIUS_METRES;
  const worldPixels = WORLD_PIXELS_AT_ZOOM_ZERO * 2 ** zoom;
  return (circumference * Math.cos((latitude * Math.PI) / 180)) / worldPixels / pixelRatio;
}

/** A scale bar: its ground length, its drawn length and how it is divided. */
export interface ScaleBar {
  /** Ground length of the whole bar, metres: 1, 2 or 5 times a power of ten. */
  metres: number;
  /** Drawn length in pixels (not rounded; draw from the rounded start to start + this). */
  pixels: number;
  /** Alternating black and white segments along the bar. */
  segments: number;
}

/**
 * The longest round-length bar (1, 2 or 5 × 10ⁿ metres) no longer than `maxPixels`; it is always
 * at least 40 % of `maxPixels` long.
 * @throws MessageError when the inputs are not positive finite numbers
 * @example chooseScaleBar(10, 300) // { metres: 2000, pixels: 200, segments: 4 }
 */
export function chooseScaleBar(metresPerPixelValue: number, maxPixels: number): ScaleBar {
  if (!(metresPerPixelValue > 0) || !Number.isFinite(metresPerPixelValue) || !(maxPixels > 0)) {
    throw new MessageError(message('printErrorScaleBar', { metres: metresPerPixelValue, pixels: maxPixels }));
  }
  const maxMetres = metresPerPixelValue * maxPixels;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const lead = [5, 2, 1].find((step) => step * power <= maxMetres * (1 + 1e-12)) ?? 1;
  const metres = lead * power;
  return { metres, pixels: metres / metresPerPixelValue, segments: lead === 2 ? 4 : 5 };
}

/**
 * The representative fraction n of "1:n" for a map printed at `dpi`: ground metres per metre of
 * paper.
 * @example representativeFraction(21.1667, 300) // ≈ 250000 (21.17 m per pixel at 300 DPI)
 */
export function representativeFraction(metresPerPixelValue: number, dpi: number): number {
  const paperMetresPerPixel = MILLIMETRES_PER_INCH / dpi / 1000;
  return metresPerPixelValue / paperMetresPerPixel;
}

/**
 * A fraction rounded to three significant digits, for printing as "约 1:n" (the scale holds at
 * the centre line only; more digits would claim more than the map can give).
 * @example roundFraction(243_871) // 244000
 */
export function roundFraction(fraction: number): number {
  if (!(fraction > 0)) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(fraction)) - 2);
  return Math.round(fraction / step) * step;
}

/**
 * A scale-bar length as text: kilometres from 1 km up, metres below.
 * @example formatScaleLength(2000, 'km', 'm') // '2 km'
 */
export function formatScaleLength(metres: number, kilometreUnit: string, metreUnit: string): string {
  return metres >= 1000 ? `${metres / 1000} ${kilometreUnit}` : `${metres} ${metreUnit}`;
}
