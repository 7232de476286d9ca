/**
 * Reads `geodata/township_seats.csv` (one seat point per township-level unit, with its source)
 * into GeoJSON points in WGS84.
 */
import type { Feature, Point } from 'geojson';
import Papa from 'papaparse';
import type { TownshipSeatCollection, TownshipSeatProperties } from '../../src/domain/township.ts';

/** The columns of the seats table, as written by hand in the shared data folder. */
interface SeatRow {
  code: string;
  name: string;
  lon_wgs84: string;
  lat_wgs84: string;
  lon_gcj02: string;
  lat_gcj02: string;
  point_kind: string;
  source: string;
}

function parseDegrees(text: string, what: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value))
    throw new Error(`township_seats.csv: ${what} “${text}” is not a number`);
  return value;
}

/**
 * Parses the seats table. A point is a proxy when its point_kind starts with “proxy” (a nearby
 * village or the district centre stands in for a seat that could not be found).
 * @example parseTownshipSeats(text).features[0]?.properties.name // '江南街道'
 */
export function parseTownshipSeats(csvText: string): TownshipSeatCollection {
  const parsed = Papa.parse<SeatRow>(csvText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
  });
  if (parsed.errors.length > 0) {
    throw new Error(`township_seats.csv: ${parsed.errors.map((error) => error.message).join('; ')}`);
  }
  const features = parsed.data.map((row): Feature<Point, TownshipSeatProperties> => {
    const properties: TownshipSeatProperties = {
      code: row.code.trim(),
      name: row.name.trim(),
      proxy: row.point_kind.trim().startsWith('proxy'),
      pointKind: row.point_kind.trim(),
      source: row.source.trim(),
    };
    const geometry: Point = {
      type: 'Point',
      coordinates: [
        parseDegrees(row.lon_wgs84, `${row.name} lon_wgs84`),
        parseDegrees(row.lat_wgs84, `${row.name} lat_wgs84`),
      ],
    };
    return { type: 'Feature', properties, geometry };
  });
  return { type: 'FeatureCollection', features };
}
