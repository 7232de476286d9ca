/**
 * Small random seat districts for the seats objective's tests: places with primary-age children,
 * schools with seats and candidate sites on a coarse lattice on the equator (so that distances tie
 * now and then and the tie rule is exercised), as a seat frame of one stage.
 */
import fc from 'fast-check';
import { findEligiblePairs } from '../../../../src/analysis/seats/find-eligible-pairs.ts';
import type { SeatFrame, SeatStageFrame } from '../../../../src/analysis/seats/prepare-seat-analysis.ts';
import { rankSchoolCodes } from '../../../../src/analysis/seats/rank-school-codes.ts';
import { sortEligiblePairs } from '../../../../src/analysis/seats/sort-eligible-pairs.ts';
import { CHILD_AGE_COUNT, DEFAULT_SEAT_SETTINGS } from '../../../../src/domain/seats.ts';

/** 2⁻¹⁰ degree: on the equator equal offsets give exactly equal distances (≈ 108.6 m). */
const UNIT = 1 / 1024;

/** A small seat district. */
export interface SeatInstance {
  places: { x: number; y: number; children: number }[];
  schools: { x: number; y: number; seats: number; code: string }[];
  candidates: { x: number; y: number }[];
  /** Seats of every new site. */
  siteSeats: number;
}

/**
 * Random districts: up to 12 places, 4 schools, 8 candidates, 1.1 km radius on a lattice of
 * `width` × (`height` + 1) cells; a narrow one (height 0: one line) makes ties common.
 */
export function seatInstances(width = 20, height = 20): fc.Arbitrary<SeatInstance> {
  const cell = { x: fc.integer({ min: 0, max: width }), y: fc.integer({ min: 0, max: height }) };
  return fc.record({
    places: fc.array(fc.record({ ...cell, children: fc.integer({ min: 0, max: 80 }) }), {
      minLength: 1,
      maxLength: 12,
    }),
    schools: fc
      .array(fc.record({ ...cell, seats: fc.integer({ min: 0, max: 120 }) }), { maxLength: 4 })
      .map((list) => list.map((school, index) => ({ ...school, code: `S${(index * 7) % 10}` }))),
    candidates: fc.array(fc.record(cell), { minLength: 1, maxLength: 8 }),
    siteSeats: fc.integer({ min: 1, max: 150 }),
  });
}

/** Where a lattice cell lies. */
export function placeOf(cell: { x: number; y: number }): { lon: number; lat: number } {
  return { lon: 100 + cell.x * UNIT, lat: cell.y * UNIT };
}

/**
 * The instance as a seat frame of the primary stage: every child 7 years old; only the fields the
 * seats objective and `countNewlySeated` read are filled.
 */
export function seatFrameOf(instance: SeatInstance): SeatFrame {
  const places = {
    count: instance.places.length,
    longitudes: Float64Array.from(instance.places, (entry) => placeOf(entry).lon),
    latitudes: Float64Array.from(instance.places, (entry) => placeOf(entry).lat),
    radii: new Float64Array(instance.places.length).fill(1100),
  };
  const found = findEligiblePairs(places, {
    count: instance.schools.length,
    longitudes: Float64Array.from(instance.schools, (entry) => placeOf(entry).lon),
    latitudes: Float64Array.from(instance.schools, (entry) => placeOf(entry).lat),
  });
  if (!found.ok) throw new Error(found.message.key);
  const ages = new Int32Array(instance.places.length * CHILD_AGE_COUNT);
  instance.places.forEach((entry, place) => {
    ages[place * CHILD_AGE_COUNT + 7] = entry.children;
  });
  const primary = {
    stage: 'primary',
    schools: instance.schools.map((school) => ({ code: school.code })),
    seats: Int32Array.from(instance.schools, (school) => school.seats),
    places,
    pairs: sortEligiblePairs(found.pairs, rankSchoolCodes(instance.schools.map((school) => school.code))),
    problem: null,
  } as unknown as SeatStageFrame;
  return {
    settings: DEFAULT_SEAT_SETTINGS,
    points: instance.places.map((entry) => ({ ...placeOf(entry), population: entry.children })),
    base: { places: instance.places.length, ages },
    stages: { primary },
  } as unknown as SeatFrame;
}

/** Every set of `count` of `total` candidates (or fewer when there are fewer). */
export function everySet(total: number, count: number): number[][] {
  const sets: number[][] = [];
  const chosen: number[] = [];
  const visit = (from: number) => {
    if (chosen.length === Math.min(count, total)) {
      sets.push([...chosen]);
      return;
    }
    for (let candidate = from; candidate < total; candidate++) {
      chosen.push(candidate);
      visit(candidate + 1);
      chosen.pop();
    }
  };
  visit(0);
  return sets;
}
