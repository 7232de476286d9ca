/**
 * Greedy for the count objective (Wolsey's greedy for submodular set cover): add the site that
 * brings the most population towards the targets still missed, until every target is met.
 */
import { CountState } from './count-state.ts';
import type { CoveringProblem } from './coverage-state.ts';
import type { CoverageTargets } from './coverage-targets.ts';
import { type GreedyOptions, type GreedySelection, selectGreedily } from './select-greedily.ts';

/** The picks, and whether they meet every target. */
export interface CountSelection extends GreedySelection {
  /** True when every target (that can be reached) is met. */
  met: boolean;
  /** Population still missing per target area. */
  missing: Float64Array;
}

/**
 * Picks sites until every target is met (or nothing more helps): lazy evaluation is exact, as the
 * gain never grows. `options.count` caps the number of picks (the number of eligible candidates
 * when the caller has no cap).
 * @example greedyCount(problem, targets, { count: problem.lists.sites, evaluation: 'lazy' }).picks.length
 */
export function greedyCount(
  problem: CoveringProblem,
  targets: CoverageTargets,
  options: GreedyOptions,
): CountSelection {
  const state = new CountState(problem, targets);
  const selection = selectGreedily(
    problem,
    { gainOf: (candidate) => state.gainOf(candidate), take: (candidate) => state.take(candidate) },
    options,
  );
  return { ...selection, met: state.metAll(), missing: state.missing };
}
