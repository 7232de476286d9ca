/**
 * Writes school records as a roster CSV with the canonical Chinese header: UTF-8 with a byte-order
 * mark (so that Excel on Chinese Windows opens it as UTF-8), \n line endings, quoting by papaparse.
 */
import Papa from 'papaparse';
import { ROSTER_COLUMNS, type School } from '../../src/domain/school.ts';
import { rosterCells } from '../../src/io/roster-cells.ts';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * Formats a roster CSV, header first, one school a line, ending with a newline.
 * @example formatRosterCsv([]).startsWith('\uFEFF学校代码,学校名称') // true
 */
export function formatRosterCsv(schools: readonly School[]): string {
  const data = schools.map((school) => {
    const cells = rosterCells(school);
    return ROSTER_COLUMNS.map((column) => cells[column]);
  });
  // Every value is text already; quoting only where needed keeps the file readable in a text editor.
  const body = Papa.unparse({ fields: [...ROSTER_COLUMNS], data }, { newline: '\n' });
  return `${BYTE_ORDER_MARK}${body}\n`;
}
