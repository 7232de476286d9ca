/**
 * Reads a list of candidate sites (候选点: plots the bureau could build on) from a CSV/TSV,
 * XLSX or GeoJSON file: a name and a point per row, for the site-suggestion search.
 */

import { type Message, message } from '../domain/message.ts';
import { columnName } from '../domain/vocabulary.ts';
import type { CoordinateSystem } from './convert-coordinates.ts';
import type { AcceptedRow, ImportResult, RejectedRow, RowIssue } from './import-result.ts';
import { readPosition } from './read-position.ts';
import { readSourceTable } from './read-source-table.ts';
import { totalRowLabel, totalRowNote } from './source-table.ts';

/** One candidate site as read: WGS84 degrees and the name from the file ('' when none). */
export interface CandidateSiteRow {
  lon: number;
  lat: number;
  name: string;
}

/** Options of {@link readCandidateSites}. */
export interface ReadCandidateSitesOptions {
  /** Coordinate system of the file (default wgs84). */
  coords?: CoordinateSystem;
  /** Text encoding override (e.g. gb18030); guessed when absent. */
  encoding?: string;
  /** Sheet name or 1-based number, for workbooks. */
  sheet?: string;
}

/**
 * Header names of each column, compared without case, spaces, or a bracketed note after the name
 * (经度（WGS84） is 经度).
 */
export const CANDIDATE_COLUMN_SYNONYMS = {
  name: ['名称', '地块名称', '候选点名称', '地块', 'name'],
  lon: ['经度', 'lon', 'lng', 'longitude', 'x'],
  lat: ['纬度', 'lat', 'latitude', 'y'],
} as const;

function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[(（[【].*$/, '');
}

function findColumn(headers: readonly string[], synonyms: readonly string[]): number {
  return headers.findIndex((header) => synonyms.includes(normaliseHeader(header)));
}

/**
 * Reads candidate sites. Columns are found by their header (名称/地块名称/name; 经度/lon/lng/
 * longitude/X; 纬度/lat/latitude/Y); coordinates may be decimal degrees or degrees-minutes-
 * seconds, in WGS84, GCJ-02 or BD-09 (`coords`), and are returned in WGS84. A row whose point
 * cannot be read or lies outside China is rejected with a message naming the file, the row and
 * the column (format it with `formatRowIssue`: 候选点.csv 第 3 行「经度」：…); a swapped
 * pair is accepted with a warning. A file without a 经度 or 纬度 column gets one file error.
 * Never throws.
 * @example (await readCandidateSites(bytes, '候选地块.csv', { coords: 'gcj02' })).accepted[0].record // { lon, lat, name }
 */
export async function readCandidateSites(
  bytes: Uint8Array,
  fileName: string,
  options: ReadCandidateSitesOptions = {},
): Promise<ImportResult<CandidateSiteRow>> {
  const result: ImportResult<CandidateSiteRow> = {
    file: fileName,
    accepted: [],
    rejected: [],
    fileErrors: [],
  };
  const read = await readSourceTable(bytes, fileName, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.sheet ? { sheet: options.sheet } : {}),
  });
  if (!read.ok) {
    result.fileErrors.push(read.message);
    return result;
  }
  const { table } = read;
  result.headers = table.headers;
  const nameColumn = findColumn(table.headers, CANDIDATE_COLUMN_SYNONYMS.name);
  const lonColumn = findColumn(table.headers, CANDIDATE_COLUMN_SYNONYMS.lon);
  const latColumn = findColumn(table.headers, CANDIDATE_COLUMN_SYNONYMS.lat);
  if (lonColumn < 0 || latColumn < 0) {
    const missing = [lonColumn < 0 ? '经度' : '', latColumn < 0 ? '纬度' : '']
      .filter(Boolean)
      .map(columnName);
    result.fileErrors.push(
      message('candidateColumnsMissing', {
        file: fileName,
        missing,
        headers: table.headers,
      }),
    );
    return result;
  }
  if (table.rows.length === 0) {
    result.fileErrors.push(message('candidateHeaderOnly', { file: fileName, row: table.headerRow }));
    return result;
  }
  const warnings: Message[] = [...(table.notes ?? [])];
  const headerOf = (column: '经度' | '纬度' | null): string | null =>
    column === '经度'
      ? (table.headers[lonColumn] ?? null)
      : column === '纬度'
        ? (table.headers[latColumn] ?? null)
        : null;
  const issue = (row: number, column: string | null, problem: Message): RowIssue => ({
    file: fileName,
    row,
    column,
    message: problem,
  });

  for (const row of table.rows) {
    const original: Record<string, string> = Object.create(null);
    table.headers.forEach((header, index) => {
      original[header] = row.cells[index] ?? '';
    });
    const reject = (errors: RowIssue[]) =>
      result.rejected.push({ row: row.row, original, errors } satisfies RejectedRow);
    const problem = table.rowProblems?.[row.row];
    if (problem) {
      reject([issue(row.row, null, problem)]);
      continue;
    }
    const lonText = (row.cells[lonColumn] ?? '').trim();
    const latText = (row.cells[latColumn] ?? '').trim();
    const label = totalRowLabel(row.cells);
    if (label && lonText === '' && latText === '') {
      warnings.push(totalRowNote(fileName, row.row, label));
      continue;
    }
    const position = readPosition(lonText, latText, { coords: options.coords ?? 'wgs84' });
    if (!position.wgs84) {
      reject(position.errors.map((error) => issue(row.row, headerOf(error.column), error.message)));
      continue;
    }
    const rowWarnings = [
      ...(table.rowWarnings?.[row.row] ?? []).map((warning) => issue(row.row, null, warning)),
      ...position.warnings.map((warning) => issue(row.row, headerOf(warning.column), warning.message)),
    ];
    result.accepted.push({
      row: row.row,
      record: {
        lon: position.wgs84[0],
        lat: position.wgs84[1],
        name: nameColumn < 0 ? '' : (row.cells[nameColumn] ?? '').trim(),
      },
      warnings: rowWarnings,
    } satisfies AcceptedRow<CandidateSiteRow>);
  }
  if (warnings.length > 0) result.fileWarnings = warnings;
  return result;
}
