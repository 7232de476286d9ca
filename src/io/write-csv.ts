/**
 * The one CSV writer of the atlas: every CSV it writes (rosters, rejected rows, issue reports,
 * tables, the CLI's analysis) goes through here, so that no cell reaches a spreadsheet as a
 * formula. UTF-8 with a byte-order mark, so Excel and WPS open Chinese correctly.
 */
import Papa from 'papaparse';
import { escapeSpreadsheetText } from './spreadsheet-text.ts';

/** Options of {@link writeCsv}. */
export interface WriteCsvOptions {
  /** Line ending (default CRLF, as Excel writes). */
  newline?: '\r\n' | '\n';
}

/** A plain decimal number: never a formula, and kept a number for the spreadsheet. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A cell as written: text that a spreadsheet would run as a formula (= + - @, their full-width
 * forms, a tab or a carriage return at the start) gets a leading apostrophe, which the atlas's
 * readers take off again; plain numbers such as -12.5 are left as they are.
 * @example csvCell('=HYPERLINK("x")') // "'=HYPERLINK(\"x\")"
 */
export function csvCell(text: string): string {
  return PLAIN_NUMBER.test(text) ? text : escapeSpreadsheetText(text);
}

/**
 * A CSV of a header and rows, every cell guarded by {@link csvCell} and quoted when it holds the
 * separator, a quote or a line break; a byte-order mark first and a line ending last.
 * @example writeCsv(['名称'], [['=1+1']]) // "\uFEFF名称\r\n'=1+1\r\n"
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: WriteCsvOptions = {},
): string {
  const newline = options.newline ?? '\r\n';
  const fields = header.map(csvCell);
  const data = rows.map((row) => row.map(csvCell));
  return `\uFEFF${Papa.unparse({ fields, data }, { newline, quotes: false })}${newline}`;
}
