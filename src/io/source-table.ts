/**
 * A table as read from a file, before any column is interpreted: the header as written and
 * every row's cells as text, each with the row number the user sees in the file.
 */
import { type Message, message, sentences } from '../domain/message.ts';

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
  /** Column names as in the file's header; blanks become 第N列 and repeats get （2） (names the user sees in the file's own language). */
  headers: string[];
  /** Row number of the header itself. */
  headerRow: number;
  /** Data rows; blank rows are left out but the numbers of the others keep counting them. */
  rows: SourceRow[];
  /** Problems found while reading, by row number (e.g. a GeoJSON feature that is not a point). */
  rowProblems?: Record<number, Message>;
  /** Warnings found while reading, by row number (e.g. a row with more cells than the header). */
  rowWarnings?: Record<number, Message[]>;
  /**
   * Notes on the whole table found while reading, each naming the file: title rows above the
   * header, repeated header names.
   */
  notes?: Message[];
}

/** How {@link tableFromRows} finds the header and marks rows. */
export interface TableFromRowsOptions {
  /** The header's row number as the user sees it (the user's choice); detected when absent. */
  headerRow?: number;
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
 * A cell shortened for a message: a 10 kB cell must not make a 10 kB message.
 * @example quoteCell('港南区学校名录（2019年）') // '“港南区学校名录（2019年）”'
 */
export function quoteCell(text: string, limit = 40): string {
  const characters = [...text];
  return `“${characters.length > limit ? `${characters.slice(0, limit).join('')}…` : text}”`;
}

function filledCount(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) if (cell.trim() !== '') count += 1;
  return count;
}

/** How many leading non-blank rows may be titles, and how many rows show the table's width. */
const TITLE_ROWS_AT_MOST = 10;
const WIDTH_SAMPLE_ROWS = 30;

/**
 * The index of the header among the raw rows. Bureau spreadsheets often carry a title
 * (港南区学校名录（2019年）) or a line such as 填报单位 above the header, in one or two cells of
 * a merged row. So the header is the first non-blank row that fills at least two cells and at
 * least half as many cells as the widest of the first rows; a one-column file takes its first
 * non-blank row.
 */
function detectHeaderIndex(rawRows: readonly (readonly string[])[]): number {
  const nonBlank: number[] = [];
  for (let index = 0; index < rawRows.length && nonBlank.length < WIDTH_SAMPLE_ROWS; index++) {
    if (!isBlankRow(rawRows[index] ?? [])) nonBlank.push(index);
  }
  const widest = Math.max(0, ...nonBlank.map((index) => filledCount(rawRows[index] ?? [])));
  if (widest < 2) return nonBlank[0] ?? -1;
  const header = nonBlank.slice(0, TITLE_ROWS_AT_MOST).find((index) => {
    const filled = filledCount(rawRows[index] ?? []);
    return filled >= 2 && filled * 2 >= widest;
  });
  return header ?? nonBlank[0] ?? -1;
}

/** 合计, 总计, 小计, 共计 (also 全区合计, 合 计, 合计：) and Total: the label of a sum row. */
const TOTAL_LABEL =
  /^(全区|全县|全市|全镇|全乡|本页|本表)?(合计|总计|小计|共计|累计|总合计)[:：]?$|^(grand)?(sub)?total[:：]?$|^sum$/i;

/** Characters one of which every sum label has, half- or full-width. */
const TOTAL_HINT = /[合总小共累tsTSｔｓＴＳ]/;

/**
 * The label of what may be a sum row: one of the row's first three filled cells says 合计,
 * 总计, 小计, 共计 (also 全区合计, 合 计, 合计：) or Total; else null. Callers decide with the
 * rest of the row (a roster's sum row has no coordinates), because a school could be named so.
 * @example totalRowLabel(['合计', '', '', '1234']) // '合计'
 */
export function totalRowLabel(cells: readonly string[]): string | null {
  let seen = 0;
  for (const cell of cells) {
    const trimmed = cell.trim();
    if (trimmed === '') continue;
    // The cheap test first: this runs on every row of files with 100,000 rows.
    if (TOTAL_HINT.test(trimmed) && TOTAL_LABEL.test(trimmed.normalize('NFKC').replace(/\s+/g, '')))
      return trimmed;
    seen += 1;
    if (seen >= 3) break;
  }
  return null;
}

function repeatedHeaderNote(file: string, cells: readonly string[], headers: readonly string[]): Message[] {
  const columnsByName = new Map<string, number[]>();
  cells.forEach((cell, index) => {
    const name = cell.replace(/^\uFEFF/, '').trim();
    if (name === '') return;
    columnsByName.set(name, [...(columnsByName.get(name) ?? []), index]);
  });
  const notes: Message[] = [];
  for (const [name, columns] of columnsByName) {
    if (columns.length < 2) continue;
    notes.push(
      message('tableHeaderRepeated', {
        file,
        name: quoteCell(name),
        count: columns.length,
        columns: columns.map((index) => index + 1),
        first: (columns[0] ?? 0) + 1,
        renamed: columns.slice(1).map((index) => `“${headers[index]}”`),
      }),
    );
  }
  return notes;
}

/**
 * Builds a table from raw rows, numbering rows from `firstRowNumber`. The header is the
 * user's choice or detected past title rows; blank rows are left out but counted; a row with
 * more or fewer cells than the header gets a warning (extra cells that hold text are not read,
 * missing cells are blank).
 * @returns null when there is no non-blank row
 */
export function tableFromRows(
  file: string,
  format: TableFormat,
  rawRows: readonly (readonly string[])[],
  firstRowNumber = 1,
  options: TableFromRowsOptions = {},
): SourceTable | null {
  const chosen = options.headerRow === undefined ? -1 : options.headerRow - firstRowNumber;
  const headerIndex =
    chosen >= 0 && chosen < rawRows.length && !isBlankRow(rawRows[chosen] ?? [])
      ? chosen
      : detectHeaderIndex(rawRows);
  const headerCells = rawRows[headerIndex];
  if (headerIndex < 0 || !headerCells) return null;
  const headers = uniqueHeaders(headerCells);
  const notes: Message[] = [];
  const titles = rawRows
    .slice(0, headerIndex)
    .map((cells, index) => ({ index, cells }))
    .filter((row) => !isBlankRow(row.cells));
  if (titles.length > 0 && options.headerRow === undefined) {
    const texts = titles.map((row) => quoteCell(row.cells.filter((cell) => cell.trim() !== '').join(' ')));
    notes.push(
      message('tableTitleRows', {
        file,
        header: headerIndex + firstRowNumber,
        rows: titles.map((row) => row.index + firstRowNumber),
        texts: sentences(texts),
      }),
    );
  }
  notes.push(...repeatedHeaderNote(file, headerCells, headers));
  const rows: SourceRow[] = [];
  const rowWarnings: Record<number, Message[]> = {};
  for (let index = headerIndex + 1; index < rawRows.length; index++) {
    const cells = rawRows[index] ?? [];
    if (isBlankRow(cells)) continue;
    const row = index + firstRowNumber;
    const extra = cells.slice(headers.length).filter((cell) => cell.trim() !== '');
    if (extra.length > 0) {
      rowWarnings[row] = [
        message('tableRowTooLong', {
          cells: cells.length,
          columns: headers.length,
          extra: extra.map((cell) => quoteCell(cell, 20)),
        }),
      ];
    } else if (cells.length < headers.length && format === 'delimited') {
      rowWarnings[row] = [message('tableRowTooShort', { cells: cells.length, columns: headers.length })];
    }
    rows.push({ row, cells: headers.map((_, column) => cells[column] ?? '') });
  }
  return {
    file,
    format,
    headers,
    headerRow: headerIndex + firstRowNumber,
    rows,
    ...(Object.keys(rowWarnings).length > 0 ? { rowWarnings } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/**
 * The note for a sum row left out.
 * @example totalRowNote('名录.csv', 12, '合计') // in Chinese: '名录.csv：第 12 行是合计行（“合计”），已跳过'
 */
export function totalRowNote(file: string, row: number, label: string): Message {
  return message('tableTotalRow', { file, row, label: quoteCell(label) });
}
