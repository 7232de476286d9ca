/** Derived values, memoised on the inputs they depend on so components and the bridge share them. */
import { assignTownships } from '../analysis/assign-townships.ts';
import { filterSchools } from '../analysis/filter-schools.ts';
import type { AtlasState } from './index.ts';

/**
 * Wraps a derivation so it recomputes only when one of its inputs changes (by reference).
 * @example const selectTotal = memoize((state) => [state.schools] as const, ([schools]) => schools.length);
 */
export function memoize<Inputs extends readonly unknown[], Result>(
  inputsOf: (state: AtlasState) => Inputs,
  derive: (inputs: Inputs) => Result,
): (state: AtlasState) => Result {
  let lastInputs: Inputs | null = null;
  let lastResult: Result;
  return (state) => {
    const inputs = inputsOf(state);
    if (
      lastInputs &&
      inputs.length === lastInputs.length &&
      inputs.every((input, index) => input === lastInputs?.[index])
    ) {
      return lastResult;
    }
    lastInputs = inputs;
    lastResult = derive(inputs);
    return lastResult;
  };
}

/** Township code of each school (same order as `schools`), '' when unknown. */
export const selectSchoolTownships: (state: AtlasState) => string[] = memoize(
  (state) => [state.schools, state.townships] as const,
  ([schools, townships]) => (townships ? assignTownships(schools, townships) : schools.map(() => '')),
);

/** Indices of the schools that pass the current filters (same array while inputs are unchanged). */
export const selectVisibleSchools: (state: AtlasState) => number[] = memoize(
  (state) => [state.schools, selectSchoolTownships(state), state.filters, state.scenario] as const,
  ([schools, townshipCodes, filters, scenario]) => filterSchools(schools, townshipCodes, filters, scenario),
);

/** The selected school's index, or -1. */
export function selectSelectedSchoolIndex(state: AtlasState): number {
  const { selection } = state;
  if (selection?.kind !== 'school') return -1;
  return state.schools.findIndex((school) => school.code === selection.code);
}
