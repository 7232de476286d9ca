/** A table for a spreadsheet: a title and context lines above a header and typed rows. */

/** One cell: text, a number, a share (0–1, shown as a percentage) or empty. */
export type SheetCell =
  | { type: 'text'; value: string }
  | { type: 'number'; value: number }
  | { type: 'share'; value: number }
  | null;

/** A column: its header and its width in characters (Chinese characters count about two). */
export interface SheetColumn {
  header: string;
  width: number;
}

/** A table as written to one sheet or one CSV file. */
export interface SheetTable {
  /** Sheet name (at most 31 characters, as Excel allows). */
  sheetName: string;
  /** The first line, e.g. 港南区各乡镇规划规则检查结果. */
  title: string;
  /** Context lines under the title: scenario, rule set, population, date. */
  context: string[];
  columns: SheetColumn[];
  rows: SheetCell[][];
}

/** A text cell, or empty for ''. */
export function textCell(value: string): SheetCell {
  return value === '' ? null : { type: 'text', value };
}

/** A number cell, or empty for null. */
export function numberCell(value: number | null): SheetCell {
  return value === null || !Number.isFinite(value) ? null : { type: 'number', value };
}

/** A share cell (0–1), or empty for null. */
export function shareCell(value: number | null): SheetCell {
  return value === null || !Number.isFinite(value) ? null : { type: 'share', value };
}
