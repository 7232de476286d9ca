/** A spreadsheet table as CSV, with the same rules as the roster export. */
import { writeCsv } from '../../io/write-csv.ts';
import type { SheetCell, SheetTable } from './sheet-table.ts';

function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (cell.type === 'number') return String(cell.value);
  if (cell.type === 'share') return `${(cell.value * 100).toFixed(1)}%`;
  return cell.value;
}

/**
 * Writes a table as CSV: UTF-8 with a byte-order mark (Excel and WPS then read Chinese
 * correctly), CRLF line ends, the title and context lines first, an empty line, then the header
 * and rows, through the one CSV writer (`writeCsv`): text that a spreadsheet would run as a
 * formula gets a leading apostrophe, as in the roster export.
 * @example writeTableCsv(table).startsWith('\uFEFF') // true
 */
export function writeTableCsv(table: SheetTable): string {
  const width = table.columns.length;
  const line = (first: string) => [first, ...Array<string>(Math.max(0, width - 1)).fill('')];
  // The title goes first, where a header would: the one CSV writer guards every cell alike.
  return writeCsv(line(table.title), [
    ...table.context.map(line),
    Array<string>(width).fill(''),
    table.columns.map((column) => column.header),
    ...table.rows.map((row) => row.map(cellText)),
  ]);
}
