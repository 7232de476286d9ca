/** Counts schools by type and by map state: the one counting the legend and the panels share. */
import {
  SCHOOL_STATES,
  SCHOOL_TYPES,
  type School,
  type SchoolState,
  type SchoolType,
  schoolState,
} from '../domain/school.ts';

/** How many schools there are, by type and by state. */
export interface SchoolCounts {
  total: number;
  types: Record<SchoolType, number>;
  states: Record<SchoolState, number>;
}

/**
 * Counts the schools at the given positions of the roster; positions outside it are skipped.
 * @example countSchools(schools, [0, 2]).types.小学 // 1 when one of the two is a 小学
 */
export function countSchools(schools: readonly School[], positions: Iterable<number>): SchoolCounts {
  const types = Object.fromEntries(SCHOOL_TYPES.map((type) => [type, 0])) as Record<SchoolType, number>;
  const states = Object.fromEntries(SCHOOL_STATES.map((state) => [state, 0])) as Record<SchoolState, number>;
  let total = 0;
  for (const position of positions) {
    const school = schools[position];
    if (!school) continue;
    total += 1;
    types[school.type] += 1;
    states[schoolState(school)] += 1;
  }
  return { total, types, states };
}
