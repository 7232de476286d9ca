/** Spreadsheet tables as one Excel workbook, one sheet each. */
import writeXlsxFile, { type Cell } from 'write-excel-file/universal';
import type { SheetCell, SheetTable } from './sheet-table.ts';

function cell(value: SheetCell): Cell {
  if (value === null) return null;
  if (value.type === 'text') return { value: value.value, type: String };
  if (value.type === 'share') return { value: value.value, type: Number, format: '0.0%' };
  return { value: value.value, type: Number };
}

function sheetRows(table: SheetTable): Cell[][] {
  const width = table.columns.length;
  const pad = (first: Cell): Cell[] => [first, ...Array<Cell>(Math.max(0, width - 1)).fill(null)];
  return [
    pad({ value: table.title, type: String, fontWeight: 'bold' }),
    ...table.context.map((line) => pad({ value: line, type: String })),
    pad(null),
    table.columns.map((column) => ({ value: column.header, type: String, fontWeight: 'bold' })),
    ...table.rows.map((row) => row.map(cell)),
  ];
}

/**
 * Writes tables as an .xlsx workbook: per table a sheet with the title (bold) and context lines
 * (scenario, date) on top, a bold header row, text as text (codes keep leading zeros and are never
 * run as formulas), numbers as numbers and shares as percentages.
 * @returns the file's bytes
 */
export async function writeTablesXlsx(tables: readonly SheetTable[]): Promise<Uint8Array> {
  const blob = await writeXlsxFile(
    tables.map((table) => ({
      data: sheetRows(table),
      sheet: table.sheetName.slice(0, 31),
      columns: table.columns.map((column) => ({ width: column.width })),
    })),
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
