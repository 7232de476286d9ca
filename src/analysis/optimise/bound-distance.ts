/**
 * A lower bound on the population-weighted total distance k new sites can reach: the Lagrangian
 * relaxation of the p-median model (Cornuéjols, Fisher and Nemhauser), relaxing "every point is
 * served once" with a multiplier λ_i per point.
 */
import type { DistanceLists } from './build-distance-lists.ts';
import { chooseBestValues } from './choose-best-values.ts';
import type { CandidatePlaces, SiteConstraints } from './site-constraints.ts';

/** The relaxation at its best multipliers: Σ λ_i and each candidate's savings. */
export interface LagrangianPoint {
  multiplierSum: number;
  savings: Float64Array;
}

/**
 * L(λ) = Σ_i λ_i − (the best k candidates by Σ_{i nearer than its school} max(0, λ_i − w_i d_ij)),
 * with 0 ≤ λ_i ≤ w_i d0_i (d0 = the standing school's distance; a larger λ never helps, and the cap
 * is what lets the pairs left out of the lists be ignored). A lower bound on the total for every λ;
 * subgradient steps raise it. Starts at λ_i = w_i d0_i: the total with the standing schools minus
 * the k largest single savings.
 * @param best the total distance of the best picks known (the step aims at it)
 * @param visit called with the relaxation's chosen candidates at every step (a Lagrangian
 *   heuristic tries them as picks: near the best multipliers they are often the best picks)
 * @example boundDistanceLagrangian(lists, places, { count: 5 }, 3.1e9).bound / population // metres
 */
export function boundDistanceLagrangian(
  lists: DistanceLists,
  places: CandidatePlaces,
  constraints: SiteConstraints,
  best: number,
  maximumIterations = 150,
  visit?: (chosen: readonly number[]) => void,
): { bound: number; iterations: number; best: LagrangianPoint } {
  const {
    weights,
    base,
    candidateStart,
    candidatePoints,
    candidateDistances,
    pointStart,
    pointCandidates,
    pointDistances,
  } = lists;
  const pointCount = base.length;
  const candidateCount = candidateStart.length - 1;
  const cap = Float64Array.from(base, (distance, point) => (weights[point] ?? 0) * distance);
  const multipliers = Float64Array.from(cap);
  const savings = new Float64Array(candidateCount);
  const served = new Float64Array(pointCount);
  let bound = Number.NEGATIVE_INFINITY;
  let bestPoint: LagrangianPoint = { multiplierSum: 0, savings: new Float64Array(candidateCount) };
  let step = 2;
  let sinceImproved = 0;
  let iterations = 0;
  // Each candidate's savings Σ max(0, λ_i − w_i d_ij), point by point (the savings stay in the
  // cache); a point's list is nearest first, so it ends at the first candidate that saves nothing.
  // Afterwards only the points whose multiplier moves change them.
  const addSavings = (point: number, multiplier: number, sign: number) => {
    const weight = weights[point] ?? 0;
    const end = pointStart[point + 1] ?? 0;
    for (let at = pointStart[point] ?? 0; at < end; at++) {
      const reduced = multiplier - weight * (pointDistances[at] ?? 0);
      if (reduced <= 0) break;
      const candidate = pointCandidates[at] ?? 0;
      savings[candidate] = (savings[candidate] ?? 0) + sign * reduced;
    }
  };
  for (let point = 0; point < pointCount; point++) addSavings(point, multipliers[point] ?? 0, 1);
  for (; iterations < maximumIterations; iterations++) {
    const { chosen, sum } = chooseBestValues(savings, places, constraints);
    visit?.(chosen);
    let lagrangian = -sum;
    for (let point = 0; point < pointCount; point++) lagrangian += multipliers[point] ?? 0;
    if (lagrangian > bound + 1e-9 * Math.max(1, Math.abs(lagrangian))) {
      bound = lagrangian;
      bestPoint = { multiplierSum: lagrangian + sum, savings: savings.slice() };
      sinceImproved = 0;
    } else if (++sinceImproved >= 5) {
      step /= 2;
      sinceImproved = 0;
    }
    // Within 1 ‰ of the best value known, a tighter bound would hardly change what the gap says.
    if (best - bound <= 1e-3 * Math.max(1, best) || step < 1e-3) break;
    // Subgradient (to be raised): 1 − the chosen candidates serving the point in the relaxation.
    served.fill(0);
    for (const candidate of chosen) {
      const end = candidateStart[candidate + 1] ?? 0;
      for (let at = candidateStart[candidate] ?? 0; at < end; at++) {
        const point = candidatePoints[at] ?? 0;
        if ((multipliers[point] ?? 0) - (weights[point] ?? 0) * (candidateDistances[at] ?? 0) > 0) {
          served[point] = (served[point] ?? 0) + 1;
        }
      }
    }
    let norm = 0;
    for (let point = 0; point < pointCount; point++) {
      if (!((weights[point] ?? 0) > 0)) continue;
      const direction = 1 - (served[point] ?? 0);
      // At the cap the standing school serves the point: no push upwards.
      if (direction > 0 && (multipliers[point] ?? 0) >= (cap[point] ?? 0)) continue;
      norm += direction * direction;
    }
    if (norm === 0) break;
    const size = (step * Math.max(best - lagrangian, 1e-9 * Math.max(1, best))) / norm;
    for (let point = 0; point < pointCount; point++) {
      if (!((weights[point] ?? 0) > 0)) continue;
      const direction = 1 - (served[point] ?? 0);
      const multiplier = multipliers[point] ?? 0;
      const next = Math.min(cap[point] ?? 0, Math.max(0, multiplier + size * direction));
      if (next === multiplier) continue;
      addSavings(point, multiplier, -1);
      multipliers[point] = next;
      addSavings(point, next, 1);
    }
  }
  return { bound, iterations, best: bestPoint };
}
