/**
 * Reads a roster file's bytes (CSV/TSV/TXT, XLSX or GeoJSON) into school records: the one entry
 * point that the import dialog, the CLI and the analysis CLI share. Decodes (BOM, UTF-8, GBK),
 * finds the separator or sheet, maps the file's columns to the canonical ones, reads other
 * spellings, degrees-minutes-seconds and swapped columns, converts GCJ-02/BD-09 to WGS84 and
 * flags points outside the district.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { School } from '../domain/school.ts';
import type { CoordinateSystem } from './convert-coordinates.ts';
import type { Delimiter } from './detect-delimiter.ts';
import {
  applyMappingOverride,
  type ColumnMapping,
  type ColumnMappingOverride,
  guessColumnMapping,
} from './guess-column-mapping.ts';
import { type CoordinateSystemHint, guessCoordinateSystem } from './guess-coordinate-system.ts';
import type { ImportResult } from './import-result.ts';
import { readRosterRows } from './read-roster-rows.ts';
import { readSourceTable } from './read-source-table.ts';
import type { SourceTable } from './source-table.ts';

/** Coordinate system the file's coordinates are in (kept here for existing importers). */
export type { CoordinateSystem } from './convert-coordinates.ts';

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
  /** The user's column choices (canonical column → the file's header, or null for none). */
  mapping?: ColumnMappingOverride;
  /** Column separator override for delimited text. */
  delimiter?: Delimiter;
  /** The header's row number (the user's choice); detected past title rows when absent. */
  headerRow?: number;
  /**
   * Called once the file is decoded and parsed (0 of the row count), then as rows are checked
   * (at most about 100 times) and at the end; see `readRosterBytesInWorker` for a worker.
   */
  onProgress?: (done: number, total: number) => void;
}

/** A roster read, with how the file was read so the import dialog can show and change it. */
export interface RosterImportResult extends ImportResult<School> {
  /** The file's header, in order. */
  headers: string[];
  /** The row number the header was taken from (past any title rows); absent when unreadable. */
  headerRow?: number;
  /** The column mapping used (guess with the user's override laid over it). */
  mapping: ColumnMapping;
  /** The encoding used for text files (null for workbooks or unreadable files). */
  encoding: string | null;
  /** The separator used for delimited text, else null. */
  delimiter: Delimiter | null;
  /** The sheet read and the workbook's sheet names (null and [] for other files). */
  sheet: string | null;
  sheetNames: string[];
  /** Up to the first 20 data rows as written, for a preview. */
  preview: { row: number; cells: string[] }[];
  /** The "obvious offset" hint, when a district was given. */
  coordinateHint: CoordinateSystemHint | null;
}

const PREVIEW_ROWS = 20;

/**
 * Checks a table that is already read (e.g. after the user changed the mapping in the
 * dialog) with the lenient value style.
 */
export function readRosterTable(
  table: SourceTable,
  options: Pick<ReadRosterOptions, 'coords' | 'district' | 'mapping' | 'onProgress'> = {},
): { result: ImportResult<School>; mapping: ColumnMapping; coordinateHint: CoordinateSystemHint | null } {
  const mapping = applyMappingOverride(guessColumnMapping(table.headers), options.mapping, table.headers);
  const { result, positionsAsWritten } = readRosterRows(table, mapping, {
    style: 'lenient',
    ...(options.coords ? { coords: options.coords } : {}),
    ...(options.district ? { district: options.district } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const coordinateHint = options.district
    ? guessCoordinateSystem(positionsAsWritten, options.district, options.coords ?? 'wgs84')
    : null;
  return { result, mapping, coordinateHint };
}

/**
 * Reads a roster file's bytes. Never throws: a file that cannot be read gives a result with
 * `fileErrors` and no rows. Pure: the bytes are only read. The result is plain data (no
 * functions or class instances), so it can be posted from a worker.
 * @example const result = await readRosterBytes(bytes, '名录.xlsx', { coords: 'gcj02', sheet: '2' });
 */
export async function readRosterBytes(
  bytes: Uint8Array,
  fileName: string,
  options: ReadRosterOptions = {},
): Promise<RosterImportResult> {
  const read = await readSourceTable(bytes, fileName, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.sheet ? { sheet: options.sheet } : {}),
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    ...(options.headerRow === undefined ? {} : { headerRow: options.headerRow }),
  });
  if (!read.ok) {
    return {
      file: fileName,
      accepted: [],
      rejected: [],
      fileErrors: [read.message],
      headers: [],
      mapping: guessColumnMapping([]),
      encoding: null,
      delimiter: null,
      sheet: null,
      sheetNames: [],
      preview: [],
      coordinateHint: null,
    };
  }
  options.onProgress?.(0, read.table.rows.length);
  const { result, mapping, coordinateHint } = readRosterTable(read.table, options);
  return {
    ...result,
    headers: read.table.headers,
    headerRow: read.table.headerRow,
    mapping,
    encoding: read.encoding,
    delimiter: read.delimiter,
    sheet: read.sheet,
    sheetNames: read.sheetNames,
    preview: read.table.rows.slice(0, PREVIEW_ROWS),
    coordinateHint,
  };
}
