/** Derived values, memoised on the inputs they depend on so components and the bridge share them. */
import { filterSchools } from '../analysis/filter-schools.ts';
import type { SchoolFilters } from '../domain/filters.ts';
import type { School } from '../domain/school.ts';
import type { AtlasState } from './index.ts';

let lastInputs: [readonly School[], readonly string[], SchoolFilters] | null = null;
let lastVisible: number[] = [];

/** Indices of the schools that pass the current filters (same array while inputs are unchanged). */
export function selectVisibleSchools(state: AtlasState): number[] {
  if (
    lastInputs &&
    lastInputs[0] === state.schools &&
    lastInputs[1] === state.schoolTownships &&
    lastInputs[2] === state.filters
  ) {
    return lastVisible;
  }
  lastInputs = [state.schools, state.schoolTownships, state.filters];
  lastVisible = filterSchools(state.schools, state.schoolTownships, state.filters);
  return lastVisible;
}

/** The selected school's index, or -1. */
export function selectSelectedSchoolIndex(state: AtlasState): number {
  const { selection } = state;
  if (selection?.kind !== 'school') return -1;
  return state.schools.findIndex((school) => school.code === selection.code);
}
