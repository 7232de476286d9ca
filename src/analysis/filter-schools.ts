/** Applies the map filters to a roster. */
import type { SchoolFilters } from '../domain/filters.ts';
import { inScenario, type Scenario } from '../domain/scenario.ts';
import { type School, schoolState } from '../domain/school.ts';

/**
 * Indices of the schools that pass every filter, in roster order.
 * @param townshipCodes the township code of each school (same order as `schools`), '' if unknown
 * @param scenario when given, only schools standing in that scenario pass
 */
export function filterSchools(
  schools: readonly School[],
  townshipCodes: readonly string[],
  filters: SchoolFilters,
  scenario?: Scenario,
): number[] {
  const types = new Set(filters.types);
  const states = new Set(filters.states);
  const townships = new Set(filters.townships);
  const visible: number[] = [];
  schools.forEach((school, index) => {
    if (scenario && !inScenario(school, scenario)) return;
    if (types.size > 0 && !types.has(school.type)) return;
    if (states.size > 0 && !states.has(schoolState(school))) return;
    if (townships.size > 0 && !townships.has(townshipCodes[index] ?? '')) return;
    if (filters.ownership !== null && school.ownership !== filters.ownership) return;
    if (filters.boarding !== null && school.boarding !== filters.boarding) return;
    visible.push(index);
  });
  return visible;
}
