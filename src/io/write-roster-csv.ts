/** The roster as the canonical CSV: what the app, the CLI and other tools exchange. */
import { ROSTER_COLUMNS, type School } from '../domain/school.ts';
import { rosterCells } from './roster-cells.ts';
import { writeCsv } from './write-csv.ts';

/**
 * Writes schools as CSV: UTF-8 with a byte-order mark (so Excel opens Chinese correctly), the
 * canonical Chinese header, WGS84 coordinates with 6 decimals, CRLF line endings. Text cells
 * that a spreadsheet would run as a formula get a leading apostrophe; `readRosterBytes`
 * and `readRoster` take it off again.
 * @example writeRosterCsv([school]).startsWith('\uFEFF学校代码,学校名称,学校类型,经度,纬度') // true
 */
export function writeRosterCsv(schools: readonly School[]): string {
  const data = schools.map((school) => {
    const cells = rosterCells(school);
    return ROSTER_COLUMNS.map((column) => cells[column]);
  });
  return writeCsv(ROSTER_COLUMNS, data);
}
