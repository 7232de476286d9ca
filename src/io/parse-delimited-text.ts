/** Parses delimited text (CSV, TSV, TXT) into a source table, every cell kept as text. */
import Papa from 'papaparse';
import { type Delimiter, detectDelimiter } from './detect-delimiter.ts';
import { type SourceTable, tableFromRows } from './source-table.ts';

/** A parsed delimited text and the separator used. */
export interface DelimitedTable {
  table: SourceTable | null;
  delimiter: Delimiter;
}

/**
 * Parses decoded text with LF line endings. Nothing is typed (codes keep leading zeros); blank
 * lines are left out but still counted in row numbers, so a row number matches what a
 * spreadsheet shows when it opens the file.
 * @param delimiter the separator; detected when absent
 * @returns table null when the text has no non-blank line
 */
export function parseDelimitedText(text: string, file: string, delimiter?: Delimiter): DelimitedTable {
  const used = delimiter ?? detectDelimiter(text);
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: used,
    newline: '\n',
    dynamicTyping: false,
    skipEmptyLines: false,
  }).data;
  return { table: tableFromRows(file, 'delimited', rows), delimiter: used };
}
