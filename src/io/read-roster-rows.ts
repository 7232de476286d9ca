/**
 * Checks every row of a source table as a school record. Two styles share the checks:
 * - canonical: the app's own roster format, values exactly as written by its exports;
 * - lenient: a bureau's file, with other spellings (完小, Y/N, 私立 …), degrees-minutes-seconds,
 *   full-width digits, swapped 经度/纬度 and a coordinate system to convert from.
 */
import { type Message, message } from '../domain/message.ts';
import { ROSTER_COLUMNS, type RosterColumn, type School } from '../domain/school.ts';
import { columnName } from '../domain/vocabulary.ts';
import type { LonLat } from './convert-coordinates.ts';
import type { ColumnMapping } from './guess-column-mapping.ts';
import type { AcceptedRow, ImportResult, RejectedRow } from './import-result.ts';
import { REQUIRED_ROSTER_COLUMNS, readRosterRow } from './read-roster-row.ts';
import { type RosterRowsOptions, RowReader, TEXT_COLUMNS } from './roster-row-reader.ts';
import { quoteCell, type SourceRow, type SourceTable, totalRowLabel, totalRowNote } from './source-table.ts';
import { unescapeSpreadsheetText, unescapeWorkbookText } from './spreadsheet-text.ts';

export { CHINA_BOUNDS } from './read-position.ts';
export { REQUIRED_ROSTER_COLUMNS } from './read-roster-row.ts';
export { ROSTER_TEXT_LIMITS, type RosterRowsOptions, type RosterValueStyle } from './roster-row-reader.ts';

/** The checked rows and, for the coordinate-system hint, the accepted rows' positions as written. */
export interface RosterRowsResult {
  result: ImportResult<School>;
  /** Positions as written in the file (after a swap is undone, before conversion). */
  positionsAsWritten: LonLat[];
}

/** Progress reports per table at most (plus the final one). */
const PROGRESS_STEPS = 100;

/** For every canonical column, the index of its header in the table, or -1. */
function columnIndexes(table: SourceTable, mapping: ColumnMapping): [RosterColumn, number][] {
  return ROSTER_COLUMNS.map((column) => {
    const header = mapping[column];
    return [column, header === null ? -1 : table.headers.indexOf(header)];
  });
}

/** How cells were escaped by the export that wrote them: CSV apostrophes, workbook marks, none. */
type CellEscapes = 'spreadsheet' | 'workbook' | 'none';

function valuesOf(
  indexes: readonly [RosterColumn, number][],
  row: SourceRow,
  escapes: CellEscapes,
): Map<RosterColumn, string> {
  const values = new Map<RosterColumn, string>();
  for (const [column, index] of indexes) {
    const cell = index < 0 ? '' : (row.cells[index] ?? '');
    values.set(
      column,
      escapes === 'spreadsheet'
        ? unescapeSpreadsheetText(cell)
        : escapes === 'workbook'
          ? unescapeWorkbookText(cell)
          : cell,
    );
  }
  return values;
}

/**
 * The row's cells under the file's own header. The object has no prototype, so a header such
 * as __proto__ or constructor is an ordinary key and cannot reach Object.prototype.
 */
function originalCells(headers: readonly string[], row: SourceRow): Record<string, string> {
  const original: Record<string, string> = Object.create(null);
  headers.forEach((header, index) => {
    original[header] = row.cells[index] ?? '';
  });
  return original;
}

/**
 * The required columns that the mapping leaves without a header, or [] when all are there.
 */
export function missingRequiredColumns(mapping: ColumnMapping): RosterColumn[] {
  return REQUIRED_ROSTER_COLUMNS.filter((column) => mapping[column] === null);
}

/**
 * Checks every row of a table. Rows that cannot be placed (missing name or type, coordinates
 * that are not readable or lie outside China, a duplicate 学校代码 after its first row, a text
 * longer than its limit) are rejected; repairable slips are accepted with warnings. Every
 * issue names the file, the row and the column as the file's header names it. Pure: the
 * table is only read.
 */
export function readRosterRows(
  table: SourceTable,
  mapping: ColumnMapping,
  options: RosterRowsOptions,
): RosterRowsResult {
  const result: ImportResult<School> = {
    file: table.file,
    accepted: [],
    rejected: [],
    fileErrors: [],
    headers: table.headers,
  };
  const positionsAsWritten: LonLat[] = [];
  const missing = missingRequiredColumns(mapping);
  if (missing.length > 0) {
    result.fileErrors.push(
      message(options.style === 'lenient' ? 'rosterColumnsMissingHint' : 'rosterColumnsMissing', {
        file: table.file,
        columns: missing.map(columnName),
      }),
    );
    return { result, positionsAsWritten };
  }
  const lenient = options.style === 'lenient';
  if (lenient && table.rows.length === 0) {
    result.fileErrors.push(
      table.format === 'geojson'
        ? message('rosterNoFeatures', { file: table.file })
        : message('rosterHeaderOnly', { file: table.file, row: table.headerRow }),
    );
    return { result, positionsAsWritten };
  }
  const notes: Message[] = [...(table.notes ?? [])];
  if (lenient) {
    if (mapping.学校代码 === null) {
      notes.push(message('rosterNoCodeColumn', { file: table.file, column: columnName('学校代码') }));
    }
    if (mapping.办学性质 === null) {
      notes.push(message('rosterNoOwnershipColumn', { file: table.file, column: columnName('办学性质') }));
    }
  }
  const escapes: CellEscapes =
    (options.spreadsheetEscapes ?? table.format === 'delimited')
      ? 'spreadsheet'
      : table.format === 'xlsx'
        ? 'workbook'
        : 'none';
  // A CSV cell starting with = is a formula to Excel; the bureau may not have meant it as text.
  const formulaCheck = lenient && table.format === 'delimited';
  const indexes = columnIndexes(table, mapping);
  const textIndexes = indexes.filter(([column, index]) => index >= 0 && TEXT_COLUMNS.includes(column));
  const seenCodes = new Map<string, number>();
  const total = table.rows.length;
  const progressStep = Math.max(1, Math.ceil(total / PROGRESS_STEPS));
  table.rows.forEach((row, position) => {
    if (options.onProgress && position > 0 && position % progressStep === 0)
      options.onProgress(position, total);
    const values = valuesOf(indexes, row, escapes);
    // A sum row (合计, 总计) at the end of a bureau's sheet has a label but no position.
    const label = lenient ? totalRowLabel(row.cells) : null;
    if (label !== null && values.get('经度')?.trim() === '' && values.get('纬度')?.trim() === '') {
      notes.push(totalRowNote(table.file, row.row, label));
      return;
    }
    const reader = new RowReader(table.file, row.row, values, mapping, options);
    const problem = table.rowProblems?.[row.row];
    if (problem) reader.error(null, problem);
    const readingWarnings = table.rowWarnings?.[row.row] ?? [];
    for (const warning of readingWarnings) reader.warn(null, warning);
    if (formulaCheck) {
      for (const [column, index] of textIndexes) {
        const cell = (row.cells[index] ?? '').trim();
        if (cell.startsWith('=') || cell.startsWith('＝')) {
          reader.warn(column, message('rosterFormula', { value: quoteCell(cell) }));
        }
      }
    }
    const { school, written } = readRosterRow(reader, row.row);
    if (school) {
      const firstRow = seenCodes.get(school.code);
      if (firstRow !== undefined) {
        reader.error('学校代码', message('rosterDuplicateCode', { code: school.code, row: firstRow }));
      } else seenCodes.set(school.code, row.row);
    }
    if (school && written && reader.errors.length === 0) {
      const accepted: AcceptedRow<School> = { row: row.row, record: school, warnings: reader.warnings };
      result.accepted.push(accepted);
      positionsAsWritten.push(written);
    } else {
      // A ragged row's note usually explains the errors (cells shifted by a stray comma): keep it.
      const context = reader.warnings.slice(0, readingWarnings.length);
      const rejected: RejectedRow = {
        row: row.row,
        original: originalCells(table.headers, row),
        errors: [...context, ...reader.errors],
      };
      result.rejected.push(rejected);
    }
  });
  if (total > 0) options.onProgress?.(total, total);
  if (notes.length > 0) result.fileWarnings = notes;
  return { result, positionsAsWritten };
}
