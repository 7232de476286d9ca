/** The map's school filters. An empty selection list means "no restriction" for that field. */
import type { Ownership, SchoolState, SchoolType } from './school.ts';

/** What the user chose to see. */
export interface SchoolFilters {
  /** School types to show; empty = all. */
  types: SchoolType[];
  /** Map states to show; empty = all. */
  states: SchoolState[];
  /** Township codes to show; empty = all. */
  townships: string[];
  /** Ownership to show; null = both. */
  ownership: Ownership | null;
  /** Boarding only (true), non-boarding only (false), or both (null). */
  boarding: boolean | null;
}

/** Filters that show every school. */
export const NO_FILTERS: SchoolFilters = {
  types: [],
  states: [],
  townships: [],
  ownership: null,
  boarding: null,
};

/** Whether any filter restricts what is shown. */
export function hasActiveFilters(filters: SchoolFilters): boolean {
  return (
    filters.types.length > 0 ||
    filters.states.length > 0 ||
    filters.townships.length > 0 ||
    filters.ownership !== null ||
    filters.boarding !== null
  );
}

/**
 * Toggles one value of a list filter where an empty list means "all": unticking from "all"
 * leaves every other value; ticking the last missing value goes back to "all" (empty).
 * @example toggleFilterValue([], 'b', ['a', 'b', 'c']) // ['a', 'c']
 */
export function toggleFilterValue<T>(selected: readonly T[], value: T, all: readonly T[]): T[] {
  const current = selected.length === 0 ? [...all] : [...selected];
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  const ordered = all.filter((item) => next.includes(item));
  return ordered.length === all.length ? [] : ordered;
}

/** Whether a value is shown under a list filter where an empty list means "all". */
export function isFilterValueShown<T>(selected: readonly T[], value: T): boolean {
  return selected.length === 0 || selected.includes(value);
}
