/** Parses delimited text (CSV, TSV, TXT) into a source table, every cell kept as text. */
import { type Message, message } from '../domain/message.ts';
import { type Delimiter, detectDelimiter } from './detect-delimiter.ts';
import { type SourceTable, tableFromRows } from './source-table.ts';

/** A parsed delimited text and the separator used. */
export interface DelimitedTable {
  table: SourceTable | null;
  delimiter: Delimiter;
}

/** Options of {@link parseDelimitedText}. */
export interface ParseDelimitedOptions {
  /** The header's row number (the user's choice); detected past title rows when absent. */
  headerRow?: number;
}

/** A row whose quote is not paired, by its index among the raw rows. */
interface UnclosedQuote {
  index: number;
  /** The 0-based cell the unclosed quote is in, or null when it cannot be told. */
  column: number | null;
}

/**
 * Where the quoted field that opens at `open` (the quote's index) closes: the index just after
 * its closing quote, or -1 when it does not close. A quote closes the field when a separator,
 * a line end or the end of the text follows it (after spaces, as spreadsheets allow); a
 * doubled quote is a quote inside the field; any other quote, or the end of the text first,
 * means the opening quote has no partner.
 */
function closingQuote(text: string, open: number, delimiter: Delimiter): number {
  let index = open + 1;
  for (;;) {
    const quote = text.indexOf('"', index);
    if (quote < 0) return -1;
    if (text[quote + 1] === '"') {
      index = quote + 2;
      continue;
    }
    let after = quote + 1;
    while (after < text.length && text[after] === ' ') after++;
    if (after >= text.length || text[after] === '\n' || text.startsWith(delimiter, after)) return quote + 1;
    return -1;
  }
}

/**
 * All rows of the text in one pass. An opening quote without its closing quote (or with text
 * after it) would make a CSV reader read on to the next quote, possibly the rest of the file,
 * into one cell and silently lose the rows between; so the line holding it is split literally
 * (the quote kept as a character), marked, and reading goes on after it. Each opening quote
 * looks ahead only to the next quote character, so the time is linear in the text even when
 * every row has an unclosed quote.
 */
function parseRows(text: string, delimiter: Delimiter): { rows: string[][]; unclosed: UnclosedQuote[] } {
  const rows: string[][] = [];
  const unclosed: UnclosedQuote[] = [];
  const length = text.length;
  let position = 0;
  while (position <= length) {
    const lineStart = position;
    const cells: string[] = [];
    let broken: number | null = null;
    for (;;) {
      if (text[position] === '"') {
        const close = closingQuote(text, position, delimiter);
        if (close < 0) {
          broken = cells.length;
          break;
        }
        cells.push(text.slice(position + 1, close - 1).replaceAll('""', '"'));
        position = close;
        while (position < length && text[position] === ' ') position++;
      } else {
        let end = position;
        while (end < length && text[end] !== '\n' && !text.startsWith(delimiter, end)) end++;
        cells.push(text.slice(position, end));
        position = end;
      }
      if (position < length && text.startsWith(delimiter, position)) {
        position += delimiter.length;
        continue;
      }
      // A line end or the end of the text.
      position += 1;
      break;
    }
    if (broken !== null) {
      const newline = text.indexOf('\n', lineStart);
      const lineEnd = newline < 0 ? length : newline;
      unclosed.push({ index: rows.length, column: broken });
      rows.push(text.slice(lineStart, lineEnd).split(delimiter));
      position = lineEnd + 1;
    } else rows.push(cells);
  }
  return { rows, unclosed };
}

/**
 * Parses decoded text with LF line endings. Nothing is typed (codes keep leading zeros); blank
 * lines are left out but still counted in row numbers, so a row number matches what a
 * spreadsheet shows when it opens the file. Title rows above the header are passed over (see
 * `tableFromRows`); a row with an unclosed quote is rejected with the reason, and the rows
 * after it are read as usual.
 * @param delimiter the separator; detected when absent
 * @returns table null when the text has no non-blank line
 */
export function parseDelimitedText(
  text: string,
  file: string,
  delimiter?: Delimiter,
  options: ParseDelimitedOptions = {},
): DelimitedTable {
  const used = delimiter ?? detectDelimiter(text);
  const { rows, unclosed } = parseRows(text.replace(/^\uFEFF/, ''), used);
  const table = tableFromRows(
    file,
    'delimited',
    rows,
    1,
    options.headerRow === undefined ? {} : { headerRow: options.headerRow },
  );
  if (table && unclosed.length > 0) {
    const dataRows = new Set(table.rows.map((row) => row.row));
    const rowProblems: Record<number, Message> = { ...table.rowProblems };
    for (const quote of unclosed) {
      const rowNumber = quote.index + 1;
      const header = quote.column === null ? undefined : table.headers[quote.column];
      const problem =
        header === undefined
          ? message('quoteUnpairedInRow')
          : message('quoteUnpairedInColumn', { column: header });
      if (dataRows.has(rowNumber)) rowProblems[rowNumber] = problem;
      else if (rowNumber === table.headerRow)
        table.notes = [...(table.notes ?? []), message('quoteUnpairedInHeader', { file, row: rowNumber })];
    }
    if (Object.keys(rowProblems).length > 0) table.rowProblems = rowProblems;
  }
  return { table, delimiter: used };
}
