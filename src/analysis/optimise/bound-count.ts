/**
 * A lower bound on the number of new sites that meet every coverage target: a Lagrangian
 * relaxation of the partial covering model
 *   min Σ x_j  subject to  y_g ≤ Σ_{j reaches g} x_j,  Σ_{g in area t} w_g y_g ≥ need_t,  y ∈ [0, 1],
 * relaxing the first constraints with multipliers μ_g ≥ 0.
 */
import type { CoverageTargets } from './coverage-targets.ts';
import { addToCandidateValues, type ReducedCovering } from './reduce-covering.ts';
import type { SiteConstraints } from './site-constraints.ts';

/**
 * L(μ) = Σ_j min(0, 1 − Σ_{g reached by j} μ_g) (forced sites count 1 − …, ineligible ones 0)
 *      + Σ_t (the cheapest way to cover need_t with groups costing μ_g per group, fractions allowed),
 * a lower bound for every μ ≥ 0; subgradient steps raise it. The number of sites is whole, so the
 * bound is rounded up. `reduced` must keep areas apart (`reduceCovering(…, { byArea: true })`), with
 * group areas that are the target areas.
 * @param best the number of sites of the best picks known (the step aims at it)
 * @example boundCountLagrangian(reduced, targets, { count: 200 }, 7) // e.g. 6
 */
export function boundCountLagrangian(
  reduced: ReducedCovering,
  targets: CoverageTargets,
  constraints: SiteConstraints,
  best: number,
  maximumIterations = 150,
): { bound: number; iterations: number } {
  const { groupWeights, groupAreas, candidateStart, candidateGroups } = reduced;
  const groupCount = groupWeights.length;
  const candidateCount = candidateStart.length - 1;
  const forced = new Uint8Array(candidateCount);
  for (const candidate of constraints.forced ?? []) forced[candidate] = 1;
  const eligible = constraints.eligible;
  // Groups of each area that has a need, for the inner covering choice.
  const groupsOfArea = new Map<number, number[]>();
  for (let group = 0; group < groupCount; group++) {
    const area = groupAreas[group] ?? -1;
    if (area < 0 || !((targets.need[area] ?? 0) > 0)) continue;
    const list = groupsOfArea.get(area) ?? [];
    list.push(group);
    groupsOfArea.set(area, list);
  }
  const multipliers = new Float64Array(groupCount);
  const values = new Float64Array(candidateCount);
  const coverage = new Float64Array(groupCount);
  const fraction = new Float64Array(groupCount);
  let bound = forcedCount(forced);
  let step = 2;
  let sinceImproved = 0;
  let iterations = 0;
  // Each candidate's Σ μ_g, kept up to date as the multipliers move (see bound-coverage.ts).
  const addToValues = (group: number, change: number) => addToCandidateValues(reduced, values, group, change);
  for (; iterations < maximumIterations; iterations++) {
    let lagrangian = 0;
    coverage.fill(0);
    for (let candidate = 0; candidate < candidateCount; candidate++) {
      if (eligible && !eligible[candidate] && !forced[candidate]) continue;
      const end = candidateStart[candidate + 1] ?? 0;
      const reduced = 1 - (values[candidate] ?? 0);
      if (reduced < 0 || forced[candidate]) {
        lagrangian += reduced;
        for (let at = candidateStart[candidate] ?? 0; at < end; at++) {
          const group = candidateGroups[at] ?? 0;
          coverage[group] = (coverage[group] ?? 0) + 1;
        }
      }
    }
    fraction.fill(0);
    for (const [area, groups] of groupsOfArea) {
      // Fractional knapsack: the cheapest population first.
      groups.sort(
        (a, b) =>
          (multipliers[a] ?? 0) / (groupWeights[a] ?? 1) - (multipliers[b] ?? 0) / (groupWeights[b] ?? 1) ||
          a - b,
      );
      let need = targets.need[area] ?? 0;
      for (const group of groups) {
        if (need <= 0) break;
        const weight = groupWeights[group] ?? 0;
        const share = Math.min(1, need / weight);
        fraction[group] = share;
        lagrangian += share * (multipliers[group] ?? 0);
        need -= share * weight;
      }
    }
    if (lagrangian > bound + 1e-9) {
      bound = lagrangian;
      sinceImproved = 0;
    } else if (++sinceImproved >= 5) {
      step /= 2;
      sinceImproved = 0;
    }
    if (Math.ceil(bound - 1e-6) >= best || step < 1e-3) break;
    // Subgradient of L at μ (to be raised): y_g − picks reaching g.
    let norm = 0;
    for (let group = 0; group < groupCount; group++) {
      const direction = (fraction[group] ?? 0) - (coverage[group] ?? 0);
      norm += direction * direction;
    }
    if (norm === 0) break;
    const size = (step * Math.max(best - lagrangian, 1e-3)) / norm;
    for (let group = 0; group < groupCount; group++) {
      const direction = (fraction[group] ?? 0) - (coverage[group] ?? 0);
      if (direction === 0) continue;
      const multiplier = multipliers[group] ?? 0;
      const next = Math.max(0, multiplier + size * direction);
      if (next === multiplier) continue;
      multipliers[group] = next;
      addToValues(group, next - multiplier);
    }
  }
  return { bound: Math.max(0, Math.ceil(bound - 1e-6)), iterations };
}

function forcedCount(forced: Uint8Array): number {
  let count = 0;
  for (const flag of forced) count += flag;
  return count;
}
