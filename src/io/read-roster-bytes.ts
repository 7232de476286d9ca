/**
 * Reads a roster file's bytes (CSV/TSV/TXT, XLSX or GeoJSON) into school records: the one entry
 * point that the import dialog, the CLI and the analysis CLI share.
 * (First version: UTF-8 CSV with the canonical header only; the importer replaces the body.)
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { School } from '../domain/school.ts';
import type { ImportResult } from './import-result.ts';
import { readRoster } from './read-roster.ts';

/** Coordinate system the file's coordinates are in. */
export type CoordinateSystem = 'wgs84' | 'gcj02' | 'bd09';

/** Options of a roster read. */
export interface ReadRosterOptions {
  /** Coordinate system of the file (default wgs84 = WGS84/CGCS2000). */
  coords?: CoordinateSystem;
  /** Text encoding override (e.g. 'utf-8', 'gb18030', 'utf-16le'); guessed when absent. */
  encoding?: string;
  /** Sheet name or 1-based number, for workbooks. */
  sheet?: string;
  /** District outline, to flag points outside it with their distance. */
  district?: Feature<Polygon | MultiPolygon>;
}

/** Reads a roster file's bytes. */
export async function readRosterBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ReadRosterOptions = {},
): Promise<ImportResult<School>> {
  void options;
  return readRoster(new TextDecoder('utf-8').decode(bytes), fileName);
}
