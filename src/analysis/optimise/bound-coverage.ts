/**
 * An upper bound on the population k new sites can newly cover: the smaller of the online bound
 * of a submodular gain and a Lagrangian relaxation of the maximal covering model.
 */
import { chooseBestValues } from './choose-best-values.ts';
import type { CoveringProblem } from './coverage-state.ts';
import { addToCandidateValues, type ReducedCovering } from './reduce-covering.ts';
import type { SiteConstraints } from './site-constraints.ts';

/** A bound with the way it was found. */
export interface FoundBound {
  bound: number;
  source: 'lagrangian' | 'online';
  /** Subgradient iterations made. */
  iterations: number;
}

/**
 * The online bound (Minoux; Leskovec et al. 2007): for any picks S, the best k picks gain at most
 * gain(S) plus the k largest gains any eligible candidate would still add to S. Cheap, and tight
 * when S is good.
 * @param gains what each candidate would add to the picks (0 for the picks themselves)
 * @example onlineCoverageBound(1200, gains, places, { count: 3 }) // ≥ the optimum
 */
export function onlineCoverageBound(
  value: number,
  gains: Float64Array,
  places: CoveringProblem,
  constraints: SiteConstraints,
): number {
  // Forced picks are in S already (their gains are 0); required areas are relaxed.
  const relaxed: SiteConstraints = {
    count: constraints.count,
    ...(constraints.eligible ? { eligible: constraints.eligible } : {}),
  };
  const nonNegative = gains.map((gain) => Math.max(0, gain));
  return value + chooseBestValues(nonNegative, places, relaxed).sum;
}

/**
 * The Lagrangian bound of maximal covering: relax "a group counts only when a pick reaches it"
 * with a multiplier λ_g ∈ [0, w_g] per group, so that
 * L(λ) = Σ_g max(0, w_g − λ_g) + the best k candidates by Σ_{g reached} λ_g,
 * an upper bound for every λ; subgradient steps (Held–Wolfe–Crowder, Polyak's step towards the
 * best value known) lower it. Starts from λ = w, which is the sum of the k largest single gains.
 * @param best the value of the best picks known (the step aims at it)
 * @example boundCoverageLagrangian(reduced, problem, { count: 16 }, 52000).bound
 */
export function boundCoverageLagrangian(
  reduced: ReducedCovering,
  places: CoveringProblem,
  constraints: SiteConstraints,
  best: number,
  maximumIterations = 150,
): FoundBound {
  const { groupWeights, candidateStart, candidateGroups } = reduced;
  const groupCount = groupWeights.length;
  const candidateCount = places.lists.sites;
  const multipliers = Float64Array.from(groupWeights);
  const values = new Float64Array(candidateCount);
  const picksOfGroup = new Int32Array(groupCount);
  let bound = Number.POSITIVE_INFINITY;
  let step = 2;
  let sinceImproved = 0;
  let iterations = 0;
  // Each candidate's value Σ λ_g over the groups it reaches, group by group (the values, one per
  // candidate, stay in the cache); afterwards only the groups whose multiplier moves change them.
  const addToValues = (group: number, change: number) => addToCandidateValues(reduced, values, group, change);
  for (let group = 0; group < groupCount; group++) addToValues(group, multipliers[group] ?? 0);
  for (; iterations < maximumIterations; iterations++) {
    const { chosen, sum } = chooseBestValues(values, places, constraints);
    let lagrangian = sum;
    for (let group = 0; group < groupCount; group++) {
      lagrangian += Math.max(0, (groupWeights[group] ?? 0) - (multipliers[group] ?? 0));
    }
    if (lagrangian < bound - 1e-9 * Math.max(1, Math.abs(lagrangian))) {
      bound = lagrangian;
      sinceImproved = 0;
    } else if (++sinceImproved >= 5) {
      step /= 2;
      sinceImproved = 0;
    }
    // Within 1 ‰ of the best value known, a tighter bound would hardly change what the gap says.
    if (bound - best <= 1e-3 * Math.max(1, bound) || step < 1e-3) break;
    // Subgradient of L at λ: picks reaching the group, minus 1 where the group itself counts.
    picksOfGroup.fill(0);
    for (const candidate of chosen) {
      const end = candidateStart[candidate + 1] ?? 0;
      for (let at = candidateStart[candidate] ?? 0; at < end; at++) {
        const group = candidateGroups[at] ?? 0;
        picksOfGroup[group] = (picksOfGroup[group] ?? 0) + 1;
      }
    }
    let norm = 0;
    for (let group = 0; group < groupCount; group++) {
      const direction =
        (picksOfGroup[group] ?? 0) - ((groupWeights[group] ?? 0) > (multipliers[group] ?? 0) ? 1 : 0);
      norm += direction * direction;
    }
    if (norm === 0) break;
    const size = (step * (lagrangian - best)) / norm;
    for (let group = 0; group < groupCount; group++) {
      const weight = groupWeights[group] ?? 0;
      const multiplier = multipliers[group] ?? 0;
      const direction = (picksOfGroup[group] ?? 0) - (weight > multiplier ? 1 : 0);
      if (direction === 0) continue;
      const next = Math.min(weight, Math.max(0, multiplier - size * direction));
      if (next === multiplier) continue;
      multipliers[group] = next;
      addToValues(group, next - multiplier);
    }
  }
  return { bound, source: 'lagrangian', iterations };
}
