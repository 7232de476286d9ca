/** The rejected rows of an import as a CSV the user can fix and import again. */
import { type Message, message, sentences } from '../domain/message.ts';
import { formatRowIssueInFile, type ImportResult } from './import-result.ts';
import { writeCsv } from './write-csv.ts';

/**
 * The rejected rows with their original text under the file's original header, plus a column
 * (问题 in Chinese) saying what is wrong; UTF-8 with a byte-order mark so Excel opens it in
 * Chinese. Cells are written as they came, but through the one CSV writer: a cell that would
 * start a formula gets the apostrophe the readers take off again on re-import.
 * @param translate puts a message into the user's language (the interface's, or Chinese for the CLI)
 * @example rejectedRowsCsv(result, zh) // '\uFEFF名称,经度,问题\r\n甲,abc,第 3 行「经度」：…\r\n'
 */
export function rejectedRowsCsv(result: ImportResult<unknown>, translate: (text: Message) => string): string {
  const headers = result.headers ?? [...new Set(result.rejected.flatMap((row) => Object.keys(row.original)))];
  const problem = translate(message('rejectedProblemColumn'));
  // The file's own column of that name keeps its name; ours gives way.
  const column = headers.includes(problem)
    ? translate(message('rejectedProblemColumnRenamed', { column: problem }))
    : problem;
  const data = result.rejected.map((row) => [
    ...headers.map((header) => row.original[header] ?? ''),
    translate(sentences(row.errors.map(formatRowIssueInFile))),
  ]);
  return writeCsv([...headers, column], data);
}
