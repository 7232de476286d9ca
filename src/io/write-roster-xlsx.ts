/**
 * The roster as an Excel workbook. The universal build of write-excel-file works both in the
 * browser and in Node.
 */
import writeXlsxFile, { type Cell } from 'write-excel-file/universal';
import { ROSTER_COLUMNS, type RosterColumn, type School } from '../domain/school.ts';
import { COORDINATE_DECIMALS, NUMERIC_ROSTER_COLUMNS, rosterCells } from './roster-cells.ts';
import { escapeWorkbookText } from './spreadsheet-text.ts';

/** Column widths in characters; Chinese characters count about two. */
const COLUMN_WIDTHS: Partial<Record<RosterColumn, number>> = {
  学校代码: 14,
  学校名称: 30,
  学校类型: 12,
  经度: 13,
  纬度: 12,
  所属乡镇: 12,
  示范等级: 18,
  备注: 36,
  数据来源: 30,
};
const DEFAULT_WIDTH = 10;

/** The sheet's name, as Chinese Excel users expect to see it. */
export const ROSTER_SHEET_NAME = '学校名录';

function cell(column: RosterColumn, text: string): Cell {
  if (text === '') return null;
  if (!NUMERIC_ROSTER_COLUMNS.has(column)) {
    // Explicitly text: codes keep their leading zeros and formula-like names stay text.
    return { value: escapeWorkbookText(text), type: String };
  }
  const format = column === '经度' || column === '纬度' ? `0.${'0'.repeat(COORDINATE_DECIMALS)}` : undefined;
  return { value: Number(text), type: Number, ...(format ? { format } : {}) };
}

/**
 * Writes schools as an .xlsx workbook: one sheet 学校名录, a bold frozen header row of the
 * canonical columns, sensible widths, codes and names as text, numbers as numbers, coordinates
 * (WGS84) with 6 decimals. A text that is exactly an Object.prototype member name (constructor,
 * toString …) gets a zero-width space after it, which imports take off (see escapeWorkbookText).
 * @returns the file's bytes
 */
export async function writeRosterXlsx(schools: readonly School[]): Promise<Uint8Array> {
  const header: Cell[] = ROSTER_COLUMNS.map((column) => ({
    value: column,
    type: String,
    fontWeight: 'bold',
  }));
  const rows: Cell[][] = schools.map((school) => {
    const cells = rosterCells(school);
    return ROSTER_COLUMNS.map((column) => cell(column, cells[column]));
  });
  const blob = await writeXlsxFile([header, ...rows], {
    sheet: ROSTER_SHEET_NAME,
    columns: ROSTER_COLUMNS.map((column) => ({ width: COLUMN_WIDTHS[column] ?? DEFAULT_WIDTH })),
    stickyRowsCount: 1,
  }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
