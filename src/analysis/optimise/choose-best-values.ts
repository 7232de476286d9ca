/**
 * The inner choice of every Lagrangian bound here: with each candidate worth a value, the set of
 * at most k candidates worth the most that keeps the rules a relaxation keeps — forced candidates
 * in, ineligible ones out, at least one in every required area. (The minimum distance is relaxed:
 * leaving a rule out can only raise the best value, so the bound stays a bound.)
 */
import type { CandidatePlaces, SiteConstraints } from './site-constraints.ts';

/**
 * The chosen candidates and their summed value. Values are taken as they are: the caller passes
 * non-negative values (only a positive value adds anything beyond the forced and required ones).
 * @example chooseBestValues(Float64Array.of(5, 9, 1), places, { count: 2 }).sum // 14
 */
export function chooseBestValues(
  values: Float64Array,
  places: CandidatePlaces,
  constraints: SiteConstraints,
): { chosen: number[]; sum: number } {
  const candidateCount = values.length;
  const taken = new Uint8Array(candidateCount);
  const chosen: number[] = [];
  let sum = 0;
  const take = (candidate: number) => {
    taken[candidate] = 1;
    chosen.push(candidate);
    sum += values[candidate] ?? 0;
  };
  for (const candidate of new Set(constraints.forced ?? [])) take(candidate);
  const eligible = constraints.eligible;
  const required = new Set(constraints.requiredAreas ?? []);
  for (const candidate of chosen) required.delete(places.areaOfCandidate[candidate] ?? -1);
  if (required.size > 0) {
    const bestInArea = new Map<number, number>();
    for (let candidate = 0; candidate < candidateCount; candidate++) {
      if (taken[candidate] || (eligible && !eligible[candidate])) continue;
      const area = places.areaOfCandidate[candidate] ?? -1;
      if (!required.has(area)) continue;
      const best = bestInArea.get(area);
      if (best === undefined || (values[candidate] ?? 0) > (values[best] ?? 0))
        bestInArea.set(area, candidate);
    }
    for (const candidate of bestInArea.values()) take(candidate);
  }
  const remaining = constraints.count - chosen.length;
  if (remaining <= 0) return { chosen, sum };
  // The rest: the largest values, ties to the lower index.
  const rest: number[] = [];
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    if (taken[candidate] || (eligible && !eligible[candidate])) continue;
    if ((values[candidate] ?? 0) > 0) rest.push(candidate);
  }
  if (rest.length > remaining) {
    rest.sort((a, b) => (values[b] ?? 0) - (values[a] ?? 0) || a - b);
    rest.length = remaining;
  }
  for (const candidate of rest) take(candidate);
  return { chosen, sum };
}
