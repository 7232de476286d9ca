/**
 * Candidates the exact p-median model may leave out (Lagrangian variable fixing): with a
 * candidate forced in, the relaxation at its best multipliers still bounds every answer holding
 * it from below; when that bound exceeds the total of an answer already found, no better answer
 * holds the candidate, and the model is smaller without it.
 */
import type { LagrangianPoint } from './bound-distance.ts';
import { chooseBestValues } from './choose-best-values.ts';
import type { CandidatePlaces, SiteConstraints } from './site-constraints.ts';

/**
 * The eligibility with the candidates no better answer can hold set to 0; the candidates of the
 * known answer (`keep`) always stay, so it remains a start for the solver.
 * @param upper the total distance of the known answer
 * @returns the new eligibility and how many candidates it leaves out
 * @example excludeByLagrangian(lagrangian.best, places, options, swapTotal, swapPicks).excluded // 180
 */
export function excludeByLagrangian(
  point: LagrangianPoint,
  places: CandidatePlaces,
  constraints: SiteConstraints,
  upper: number,
  keep: readonly number[],
): { eligible: Uint8Array; excluded: number } {
  const count = places.candidates.length;
  const eligible = Uint8Array.from({ length: count }, (_, candidate) =>
    constraints.eligible ? (constraints.eligible[candidate] ?? 1) : 1,
  );
  const kept = new Set([...keep, ...(constraints.forced ?? [])]);
  // A hair of room for rounding: only candidates clearly worse are left out.
  const margin = 1e-9 * Math.max(1, Math.abs(upper));
  let excluded = 0;
  for (let candidate = 0; candidate < count; candidate++) {
    if (eligible[candidate] === 0 || kept.has(candidate)) continue;
    const forced = [...(constraints.forced ?? []), candidate];
    const withIt = chooseBestValues(point.savings, places, { ...constraints, forced });
    if (point.multiplierSum - withIt.sum > upper + margin) {
      eligible[candidate] = 0;
      excluded++;
    }
  }
  return { eligible, excluded };
}
