/**
 * Coordinate reference systems of boundary files: the ones Chinese survey data uses
 * (CGCS2000 geographic and Gauss-Krüger 3° and 6° zones, with and without the zone number in
 * the false easting), WGS84, and anything proj4 can read from a .prj (WKT) or a proj4 string.
 */
import proj4 from 'proj4';
import { type Message, message } from '../domain/message.ts';

/** A projection the user can pick, or that a file names. */
export interface ProjectionChoice {
  /** e.g. EPSG:4525, or the text given when it is a WKT or proj4 string. */
  id: string;
  /** Its name for the user, e.g. CGCS2000 3度带 第37带（中央经线111°，带号前缀）; a WKT's or proj4 string's own text. */
  label: Message;
  /** A proj4 definition (proj4 string or WKT). */
  definition: string;
}

/** What the size of the coordinates says about them. */
export type CoordinateMagnitude = 'geographic' | 'projected-zone-prefix' | 'projected' | 'unknown';

/** A bounding box [minX, minY, maxX, maxY]. */
export type BoundingBox = [number, number, number, number];

function gaussKruger(centralMeridian: number, falseEasting: number): string {
  return `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=${falseEasting} +y_0=0 +ellps=GRS80 +units=m +no_defs`;
}

/**
 * The CGCS2000 and WGS84 systems by EPSG code, with their names.
 * - 4490 CGCS2000 geographic; 4326 WGS84 geographic;
 * - 4513–4533 3° zones 25–45 with the zone number before the false easting (e.g. 37 500 000 m);
 * - 4534–4554 3° zones by central meridian 75°–135°, false easting 500 000 m;
 * - 4491–4501 6° zones 13–23 with the zone number; 4502–4512 6° by central meridian.
 */
export function projectionByEpsg(code: number): ProjectionChoice | null {
  const id = `EPSG:${code}`;
  if (code === 4490)
    return {
      id,
      label: message('projectionCgcs2000Geographic'),
      definition: '+proj=longlat +ellps=GRS80 +no_defs',
    };
  if (code === 4326)
    return {
      id,
      label: message('projectionWgs84Geographic'),
      definition: '+proj=longlat +datum=WGS84 +no_defs',
    };
  if (code >= 4513 && code <= 4533) {
    const zone = code - 4513 + 25;
    const meridian = zone * 3;
    return {
      id,
      label: message('projectionThreeDegreeZone', { zone, meridian }),
      definition: gaussKruger(meridian, zone * 1_000_000 + 500_000),
    };
  }
  if (code >= 4534 && code <= 4554) {
    const meridian = 75 + (code - 4534) * 3;
    return {
      id,
      label: message('projectionThreeDegreeMeridian', { meridian }),
      definition: gaussKruger(meridian, 500_000),
    };
  }
  if (code >= 4491 && code <= 4501) {
    const zone = code - 4491 + 13;
    const meridian = zone * 6 - 3;
    return {
      id,
      label: message('projectionSixDegreeZone', { zone, meridian }),
      definition: gaussKruger(meridian, zone * 1_000_000 + 500_000),
    };
  }
  if (code >= 4502 && code <= 4512) {
    const meridian = 75 + (code - 4502) * 6;
    return {
      id,
      label: message('projectionSixDegreeMeridian', { meridian }),
      definition: gaussKruger(meridian, 500_000),
    };
  }
  return null;
}

function isUsableDefinition(definition: string): boolean {
  try {
    proj4(definition, 'WGS84');
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads a projection named in any of the usual ways: `EPSG:4525`, `urn:ogc:def:crs:EPSG::4525`,
 * `CRS84`, a proj4 string, or WKT (a .prj file's text). Null when it cannot be used.
 * @example resolveProjection('EPSG:4546')?.label // in Chinese: 'CGCS2000 3度带 中央经线111°（无带号）'
 */
export function resolveProjection(text: string): ProjectionChoice | null {
  const trimmed = text.trim().replace(/^\uFEFF/, '');
  if (/^(urn:ogc:def:crs:ogc:(1\.3)?:)?crs84$/i.test(trimmed)) return projectionByEpsg(4326);
  const epsg = /^(?:urn:ogc:def:crs:)?epsg:+(?:[\d.]*:)?(\d{4,5})$/i.exec(trimmed);
  if (epsg) return projectionByEpsg(Number(epsg[1]));
  if (trimmed.startsWith('+proj')) {
    return isUsableDefinition(trimmed)
      ? { id: trimmed, label: message('verbatim', { text: trimmed }), definition: trimmed }
      : null;
  }
  if (/^(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS)\s*\[/i.test(trimmed)) {
    // A WKT that names a system this file knows gets that system's name.
    const authority = /AUTHORITY\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]\s*$/i.exec(trimmed);
    const known = authority ? projectionByEpsg(Number(authority[1])) : null;
    if (known) return known;
    if (!isUsableDefinition(trimmed)) return null;
    const name = /^\w+\s*\[\s*"([^"]*)"/.exec(trimmed)?.[1] ?? 'WKT';
    return { id: name, label: message('verbatim', { text: name }), definition: trimmed };
  }
  return null;
}

/**
 * What a bounding box's numbers say: degrees, Gauss-Krüger metres with the zone number before
 * the easting (e.g. 37 356 458 → zone 37), metres without it, or nothing clear.
 * @example classifyMagnitude([37356458, 2545222, 37360000, 2550000]) // { magnitude: 'projected-zone-prefix', zone: 37 }
 */
export function classifyMagnitude(box: BoundingBox): { magnitude: CoordinateMagnitude; zone: number | null } {
  const [minX, minY, maxX, maxY] = box;
  if (![minX, minY, maxX, maxY].every(Number.isFinite)) return { magnitude: 'unknown', zone: null };
  if (minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90)
    return { magnitude: 'geographic', zone: null };
  const northingPlausible = minY >= 0 && maxY <= 10_000_000;
  if (!northingPlausible) return { magnitude: 'unknown', zone: null };
  const zone = Math.floor(minX / 1_000_000);
  if (zone === Math.floor(maxX / 1_000_000) && ((zone >= 13 && zone <= 23) || (zone >= 25 && zone <= 45))) {
    return { magnitude: 'projected-zone-prefix', zone };
  }
  if (minX >= 0 && maxX < 1_000_000) return { magnitude: 'projected', zone: null };
  return { magnitude: 'unknown', zone: null };
}

function byEpsg(codes: readonly number[]): ProjectionChoice[] {
  return codes.map(projectionByEpsg).filter((choice): choice is ProjectionChoice => choice !== null);
}

/**
 * Projections to offer when a file does not say which it uses, most likely first.
 * @param nearLongitude the district's longitude, to offer the zones around it first
 * @example projectionCandidates([356458, 2545222, 360000, 2550000], 109.6).map((c) => c.id)
 * // ['EPSG:4545', 'EPSG:4546', 'EPSG:4508', …]
 */
export function projectionCandidates(box: BoundingBox, nearLongitude?: number): ProjectionChoice[] {
  const { magnitude, zone } = classifyMagnitude(box);
  const geographic = byEpsg([4490, 4326]);
  if (magnitude === 'geographic') return geographic;
  if (magnitude === 'projected-zone-prefix' && zone !== null) {
    return byEpsg(zone >= 25 ? [4513 + zone - 25] : [4491 + zone - 13]);
  }
  const threeDegree = Array.from({ length: 21 }, (_, index) => 75 + index * 3);
  const sixDegree = Array.from({ length: 11 }, (_, index) => 75 + index * 6);
  const distance = (meridian: number) =>
    nearLongitude === undefined ? 0 : Math.abs(meridian - nearLongitude);
  const near3 =
    nearLongitude === undefined ? threeDegree : threeDegree.filter((meridian) => distance(meridian) <= 3);
  const near6 =
    nearLongitude === undefined ? sixDegree : sixDegree.filter((meridian) => distance(meridian) <= 3);
  const projected = [
    ...near3.map((meridian) => 4534 + (meridian - 75) / 3),
    ...near6.map((meridian) => 4502 + (meridian - 75) / 6),
  ];
  if (magnitude === 'projected') return byEpsg(projected);
  return [...geographic, ...byEpsg(projected)];
}

/** A function from the projection's coordinates to WGS84 longitude–latitude. */
export function toWgs84Transform(
  choice: ProjectionChoice,
): (position: readonly number[]) => [number, number] {
  const converter = proj4(choice.definition, 'WGS84');
  return (position) => {
    const [x = Number.NaN, y = Number.NaN] = position;
    const [lon, lat] = converter.forward([x, y]);
    return [lon ?? Number.NaN, lat ?? Number.NaN];
  };
}
