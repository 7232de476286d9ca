/** The rejected rows of an import as a CSV the user can fix and import again. */
import Papa from 'papaparse';
import { formatRowIssue, type ImportResult } from './import-result.ts';

/** The column added after the file's own columns, saying what is wrong with the row. */
export const PROBLEM_COLUMN = '问题';

/**
 * The rejected rows with their original text under the file's original header, plus a
 * 问题 column; UTF-8 with a byte-order mark so Excel opens it in Chinese. Cells are written
 * exactly as they came (no formula escaping: they are the user's own text going back).
 * @example rejectedRowsCsv(result) // '\uFEFF名称,经度,问题\r\n甲,abc,第 3 行「经度」：…\r\n'
 */
export function rejectedRowsCsv(result: ImportResult<unknown>): string {
  const headers = result.headers ?? [...new Set(result.rejected.flatMap((row) => Object.keys(row.original)))];
  const column = headers.includes(PROBLEM_COLUMN) ? `${PROBLEM_COLUMN}（导入）` : PROBLEM_COLUMN;
  const data = result.rejected.map((row) => [
    ...headers.map((header) => row.original[header] ?? ''),
    row.errors.map((issue) => formatRowIssue(issue).replace(`${issue.file} `, '')).join('；'),
  ]);
  return `\uFEFF${Papa.unparse({ fields: [...headers, column], data }, { newline: '\r\n' })}\r\n`;
}
