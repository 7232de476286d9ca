/** Parses delimited text (CSV, TSV, TXT) into a source table, every cell kept as text. */
import Papa from 'papaparse';
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

function parseAll(text: string, delimiter: Delimiter): Papa.ParseResult<string[]> {
  return Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    dynamicTyping: false,
    skipEmptyLines: false,
  });
}

/**
 * All rows of the text. An opening quote without its closing quote (or with text after it)
 * makes papaparse read on to the next quote, possibly the rest of the file, into one cell and
 * silently lose the rows between; so the line holding it is split literally (the quote kept as
 * a character), marked, and parsing goes on after it.
 */
function parseRows(text: string, delimiter: Delimiter): { rows: string[][]; unclosed: UnclosedQuote[] } {
  const rows: string[][] = [];
  const unclosed: UnclosedQuote[] = [];
  let rest = text;
  for (;;) {
    const parsed = parseAll(rest, delimiter);
    // MissingQuotes: never closed. InvalidQuotes: closed, then more text before the separator;
    // papaparse then looks for another closing quote, possibly many rows further on.
    const missing = parsed.errors.find((error) => error.type === 'Quotes');
    if (!missing) {
      rows.push(...parsed.data);
      break;
    }
    // papaparse reports the position just after the opening quote.
    const reported = (missing.index ?? 1) - 1;
    const quoteIndex = rest[reported] === '"' ? reported : Math.max(0, rest.lastIndexOf('"', reported));
    const lineStart = rest.lastIndexOf('\n', quoteIndex - 1) + 1;
    const newline = rest.indexOf('\n', quoteIndex);
    const lineEnd = newline < 0 ? rest.length : newline;
    rows.push(...parsed.data.slice(0, missing.row));
    const cells = rest.slice(lineStart, lineEnd).split(delimiter);
    let offset = lineStart;
    let column: number | null = null;
    for (const [position, cell] of cells.entries()) {
      if (quoteIndex >= offset && quoteIndex < offset + cell.length) {
        column = position;
        break;
      }
      offset += cell.length + delimiter.length;
    }
    unclosed.push({ index: rows.length, column });
    rows.push(cells);
    if (newline < 0) break;
    rest = rest.slice(newline + 1);
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
