/**
 * A table as read from a file, before any column is interpreted: the header as written and
 * every row's cells as text, each with the row number the user sees in the file.
 */

/** What kind of file the table came from. */
export type TableFormat = 'delimited' | 'xlsx' | 'geojson';

/** One data row of a source table. */
export interface SourceRow {
  /** 1-based row number as the user sees it: the header is row 1; for workbooks the sheet row. */
  row: number;
  /** Cell texts, one per header column (missing cells are ''). */
  cells: string[];
}

/** A file's table: its header (trimmed, made unique) and data rows. */
export interface SourceTable {
  file: string;
  format: TableFormat;
  /** Column names as in the file's header; blanks become 第N列 and repeats get （2）. */
  headers: string[];
  /** Row number of the header itself. */
  headerRow: number;
  /** Data rows; blank rows are left out but the numbers of the others keep counting them. */
  rows: SourceRow[];
  /** Problems found while reading, by row number (e.g. a GeoJSON feature that is not a point). */
  rowProblems?: Record<number, string>;
}

/**
 * Header names as written, trimmed, with blanks named by position and repeats numbered, so
 * that every column can be named in messages and kept apart in records.
 * @example uniqueHeaders(['名称', '', '名称']) // ['名称', '第2列', '名称（2）']
 */
export function uniqueHeaders(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const base = cell.replace(/^\uFEFF/, '').trim() || `第${index + 1}列`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}（${count}）`;
  });
}

/** Whether every cell of a row is blank. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Builds a table from raw rows (the first non-blank one is the header), numbering rows from
 * `firstRowNumber`.
 */
export function tableFromRows(
  file: string,
  format: TableFormat,
  rawRows: readonly (readonly string[])[],
  firstRowNumber = 1,
): SourceTable | null {
  const headerIndex = rawRows.findIndex((cells) => !isBlankRow(cells));
  const headerCells = rawRows[headerIndex];
  if (headerIndex < 0 || !headerCells) return null;
  const headers = uniqueHeaders(headerCells);
  const rows: SourceRow[] = [];
  rawRows.forEach((cells, index) => {
    if (index <= headerIndex || isBlankRow(cells)) return;
    rows.push({
      row: index + firstRowNumber,
      cells: headers.map((_, column) => cells[column] ?? ''),
    });
  });
  return { file, format, headers, headerRow: headerIndex + firstRowNumber, rows };
}
