/**
 * Small hand-made places and schools for the seat tests, on the equator where one unit of
 * 2⁻¹⁰ degree of longitude is exactly the same distance everywhere (108.589 m), so equal
 * offsets give exactly equal distances (ties).
 */
import { allocateSeats, type SeatAllocation } from '../../../src/analysis/seats/allocate-seats.ts';
import { type EligiblePairs, findEligiblePairs } from '../../../src/analysis/seats/find-eligible-pairs.ts';
import { rankSchoolCodes } from '../../../src/analysis/seats/rank-school-codes.ts';
import { sortEligiblePairs } from '../../../src/analysis/seats/sort-eligible-pairs.ts';

/** 2⁻¹⁰ degree of longitude on the equator. */
export const UNIT = 1 / 1024;

/** A place on the equator at `units` × UNIT east, with children and a radius (metres). */
export interface TestPlace {
  units: number;
  children: number;
  radius?: number;
  /** Degrees north, when not on the equator. */
  lat?: number;
}

/** A school on the equator at `units` × UNIT east. */
export interface TestSchool {
  code: string;
  units: number;
  seats: number;
  lat?: number;
}

/** The sorted pairs and the allocation of a small case. */
export interface TestAllocation {
  pairs: EligiblePairs;
  allocation: SeatAllocation;
  children: Int32Array;
  seats: Int32Array;
}

/**
 * Allocates a small case through the app's functions.
 * @example allocateTestCase([{ units: 2, children: 50 }], [{ code: 'A', units: 0, seats: 60 }]).allocation.seated // 50
 */
export function allocateTestCase(
  places: readonly TestPlace[],
  schools: readonly TestSchool[],
  radius = 1000,
): TestAllocation {
  const found = findEligiblePairs(
    {
      count: places.length,
      longitudes: Float64Array.from(places, (place) => place.units * UNIT),
      latitudes: Float64Array.from(places, (place) => place.lat ?? 0),
      radii: Float64Array.from(places, (place) => place.radius ?? radius),
    },
    {
      count: schools.length,
      longitudes: Float64Array.from(schools, (school) => school.units * UNIT),
      latitudes: Float64Array.from(schools, (school) => school.lat ?? 0),
    },
  );
  if (!found.ok) throw new Error(found.message.key);
  const pairs = sortEligiblePairs(found.pairs, rankSchoolCodes(schools.map((school) => school.code)));
  const children = Int32Array.from(places, (place) => place.children);
  const seats = Int32Array.from(schools, (school) => school.seats);
  return {
    pairs,
    allocation: allocateSeats(pairs, children, seats),
    children,
    seats,
  };
}
