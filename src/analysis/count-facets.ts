/** Counts for each filter option, as a faceted search shows them. */
import type { SchoolFilters } from '../domain/filters.ts';
import type { Scenario } from '../domain/scenario.ts';
import {
  SCHOOL_STATES,
  SCHOOL_TYPES,
  type School,
  type SchoolState,
  type SchoolType,
  schoolState,
} from '../domain/school.ts';
import { filterSchools } from './filter-schools.ts';

/** How many schools each option would show, given the other filters. */
export interface FacetCounts {
  types: Record<SchoolType, number>;
  states: Record<SchoolState, number>;
  townships: Record<string, number>;
  ownership: { 公办: number; 民办: number };
  boarding: { yes: number; no: number };
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/**
 * For each field, counts the schools that pass every other filter, per value of that field, so
 * the numbers beside a checkbox say what ticking it would add.
 */
export function countFacets(
  schools: readonly School[],
  townshipCodes: readonly string[],
  filters: SchoolFilters,
  scenario?: Scenario,
): FacetCounts {
  const without = (change: Partial<SchoolFilters>) =>
    filterSchools(schools, townshipCodes, { ...filters, ...change }, scenario);
  const counts: FacetCounts = {
    types: zeroes(SCHOOL_TYPES),
    states: zeroes(SCHOOL_STATES),
    townships: {},
    ownership: { 公办: 0, 民办: 0 },
    boarding: { yes: 0, no: 0 },
  };
  for (const index of without({ types: [] })) {
    const school = schools[index];
    if (school) counts.types[school.type] += 1;
  }
  for (const index of without({ states: [] })) {
    const school = schools[index];
    if (school) counts.states[schoolState(school)] += 1;
  }
  for (const index of without({ townships: [] })) {
    const code = townshipCodes[index] ?? '';
    counts.townships[code] = (counts.townships[code] ?? 0) + 1;
  }
  for (const index of without({ ownership: null })) {
    const school = schools[index];
    if (school) counts.ownership[school.ownership] += 1;
  }
  for (const index of without({ boarding: null })) {
    const school = schools[index];
    if (school) counts.boarding[school.boarding ? 'yes' : 'no'] += 1;
  }
  return counts;
}
