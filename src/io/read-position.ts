/**
 * Reads a point from its two coordinate cells the way bureau files write them: decimal
 * degrees or degrees-minutes-seconds, possibly swapped, in WGS84, GCJ-02 or BD-09; checks it
 * lies in China and, when a district is given, says how far outside it the point is.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { type Message, message } from '../domain/message.ts';
import { type CoordinateSystem, convertToWgs84, type LonLat } from './convert-coordinates.ts';
import { measureDistanceOutside, outsideDistanceMessage } from './measure-distance-outside.ts';
import { readCoordinate } from './parse-coordinate.ts';
import { quoteCell } from './source-table.ts';

/** Longitude and latitude limits of China, to catch swapped or mistyped coordinates. */
export const CHINA_BOUNDS = { west: 73, east: 136, south: 3, north: 54 } as const;

/** A problem with a position, by the canonical column it concerns (null: the point as a whole). */
export interface PositionIssue {
  column: '经度' | '纬度' | null;
  message: Message;
}

/** Options of a position read. */
export interface ReadPositionOptions {
  /** Coordinate system of the file (default wgs84). */
  coords?: CoordinateSystem;
  /** Outline of the district, to flag points outside it. */
  district?: Feature<Polygon | MultiPolygon>;
  /** Read only plain decimal degrees and never swap (the app's own canonical files). */
  decimalOnly?: boolean;
}

/** A position read: usable (with the position as written and in WGS84) or not, and why. */
export interface PositionReading {
  /** As written in the file, after a swap is undone, before conversion; null when unusable. */
  written: LonLat | null;
  /** In WGS84; null when unusable. */
  wgs84: LonLat | null;
  errors: PositionIssue[];
  warnings: PositionIssue[];
}

function inRange(value: number, min: number, max: number): boolean {
  return value >= min && value <= max;
}

/** Plain decimal degrees: the common case, read without the costlier notation parser. */
const PLAIN_DECIMAL = /^-?\d{1,3}(\.\d+)?$/;

/** Two numbers in one cell (109.6,23.1 or 109.6，23.1): both coordinates typed together. */
const TWO_NUMBERS = /^[-+]?\d+(\.\d+)?\s*[,，、;；/]\s*[-+]?\d+(\.\d+)?$/;

function readOne(
  column: '经度' | '纬度',
  text: string,
  decimalOnly: boolean,
  errors: PositionIssue[],
): { degrees: number; axis: 'lon' | 'lat' | null } | null {
  if (text === '') {
    errors.push({ column, message: message('positionMissing') });
    return null;
  }
  if (decimalOnly) {
    const number = Number(text);
    if (Number.isFinite(number)) return { degrees: number, axis: null };
    errors.push({ column, message: message('positionNotDecimal', { value: quoteCell(text) }) });
    return null;
  }
  if (PLAIN_DECIMAL.test(text)) return { degrees: Number(text), axis: null };
  const reading = readCoordinate(text);
  if (!reading) {
    const together = TWO_NUMBERS.test(text.normalize('NFKC'));
    errors.push({
      column,
      message: message(together ? 'positionTwoInOneCell' : 'positionUnreadable', { value: quoteCell(text) }),
    });
  }
  return reading;
}

/**
 * Reads 经度 and 纬度 cells (trimmed text).
 * @example readPosition('23.08', '109.60', {}).warnings[0]?.message // in Chinese: '经度“23.08”与纬度“109.60”填反了，已对调'
 */
export function readPosition(
  longitudeText: string,
  latitudeText: string,
  options: ReadPositionOptions,
): PositionReading {
  const errors: PositionIssue[] = [];
  const warnings: PositionIssue[] = [];
  const decimalOnly = options.decimalOnly === true;
  const lonReading = readOne('经度', longitudeText, decimalOnly, errors);
  const latReading = readOne('纬度', latitudeText, decimalOnly, errors);
  let lon = lonReading?.degrees ?? Number.NaN;
  let lat = latReading?.degrees ?? Number.NaN;
  if (lon === 0 && lat === 0) {
    // 0,0 is what many tools write when a point was never placed: say so, not "outside China".
    errors.push({ column: '经度', message: message('positionZero') });
    return { written: null, wgs84: null, errors, warnings };
  }
  if (!decimalOnly && lonReading && latReading) {
    const namedSwapped = lonReading.axis === 'lat' || latReading.axis === 'lon';
    const looksSwapped =
      inRange(lon, CHINA_BOUNDS.south, CHINA_BOUNDS.north) &&
      inRange(lat, CHINA_BOUNDS.west, CHINA_BOUNDS.east);
    if (namedSwapped || looksSwapped) {
      warnings.push({
        column: '经度',
        message: message('positionSwapped', {
          longitude: quoteCell(longitudeText),
          latitude: quoteCell(latitudeText),
        }),
      });
      [lon, lat] = [lat, lon];
    }
  }
  for (const [column, value, min, max] of [
    ['经度', lon, CHINA_BOUNDS.west, CHINA_BOUNDS.east],
    ['纬度', lat, CHINA_BOUNDS.south, CHINA_BOUNDS.north],
  ] as const) {
    // A cell that could not be read already has its error.
    if (Number.isFinite(value) && !inRange(value, min, max)) {
      errors.push({ column, message: message('positionOutsideChina', { value, min, max }) });
    }
  }
  if (errors.length > 0) return { written: null, wgs84: null, errors, warnings };
  const written: LonLat = [lon, lat];
  const wgs84 = convertToWgs84(written, options.coords ?? 'wgs84');
  if (options.district) {
    const kilometres = measureDistanceOutside(wgs84, options.district);
    if (kilometres > 0) {
      warnings.push({
        column: null,
        message: message('positionOutsideDistrict', { distance: outsideDistanceMessage(kilometres) }),
      });
    }
  }
  return { written, wgs84, errors, warnings };
}
