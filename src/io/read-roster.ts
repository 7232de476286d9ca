/**
 * Reads a school roster with the canonical Chinese header (the app's own format, as its
 * exports and the embedded data set write it) into school records, checking every row.
 * Nothing is typed dynamically: codes keep their leading zeros. Files from elsewhere go
 * through `readRosterBytes`, which also understands other headers and spellings.
 */
import { message } from '../domain/message.ts';
import { ROSTER_COLUMNS, type School } from '../domain/school.ts';
import type { ColumnMapping } from './guess-column-mapping.ts';
import type { ImportResult } from './import-result.ts';
import { parseDelimitedText } from './parse-delimited-text.ts';
import { readRosterRows } from './read-roster-rows.ts';

/**
 * Parses roster text (already decoded) with the canonical header. Rows with a duplicate
 * 学校代码 are rejected after the first. Blank lines are skipped but counted in row numbers.
 * @param file the file name used in every message
 */
export function readRoster(text: string, file: string): ImportResult<School> {
  const { table } = parseDelimitedText(text.replace(/\r\n?/g, '\n'), file);
  if (!table) return { file, accepted: [], rejected: [], fileErrors: [message('fileEmpty', { file })] };
  const mapping = Object.fromEntries(
    ROSTER_COLUMNS.map((column) => [column, table.headers.includes(column) ? column : null]),
  ) as ColumnMapping;
  return readRosterRows(table, mapping, { style: 'canonical' }).result;
}
