/**
 * The exact method for each objective: build the model, hand the solver the best picks known as a
 * start, and read back the picks, their value and the solver's bound. When the solver finds
 * nothing better in time (or cannot run), the start stands and the bound is the solver's if it has
 * one.
 */

import { buildCoveringModel, startOfPicks } from './build-covering-model.ts';
import type { DistanceLists } from './build-distance-lists.ts';
import { buildDistanceModel, distanceStartOfPicks } from './build-distance-model.ts';
import type { CoverageTargets } from './coverage-targets.ts';
import type { LinearModel } from './linear-model.ts';
import type { ReducedCovering } from './reduce-covering.ts';
import type { CandidatePlaces, NearCandidates, SiteConstraints } from './site-constraints.ts';
import { type ModelSolution, type SolverLoader, solveModel } from './solve-model.ts';

/** What the exact method found. */
export interface ExactAnswer {
  /** The picks (the start's when the solver found none). */
  picks: number[];
  /** The solver's bound on the objective, in the objective's own terms; NaN when it has none. */
  bound: number;
  /** The solver proved the picks optimal with its gap tolerances at zero. */
  proven: boolean;
  status: ModelSolution['status'];
  seconds: number;
  /** Size of the model solved. */
  size: { columns: number; rows: number; nonzeros: number; dominated: number };
}

function sizeOf(model: LinearModel, dominated: number): ExactAnswer['size'] {
  return {
    columns: model.columnCost.length,
    rows: model.rowLower.length,
    nonzeros: model.rowIndex.length,
    dominated,
  };
}

function picksOf(
  values: Float64Array | null,
  candidateOfColumn: Int32Array,
  fallback: readonly number[],
): number[] {
  if (!values) return [...fallback];
  const picks: number[] = [];
  for (let column = 0; column < candidateOfColumn.length; column++) {
    if ((values[column] ?? 0) > 0.5) picks.push(candidateOfColumn[column] ?? 0);
  }
  return picks;
}

/**
 * Exact covering: most population newly covered with k sites (`coverage`, with township targets as
 * rows when given), or the fewest sites meeting the targets (`count`).
 * @example await solveCoveringExactly(reduced, places, constraints, near, 'coverage', swapPicks, 10)
 */
export async function solveCoveringExactly(
  reduced: ReducedCovering,
  places: CandidatePlaces,
  constraints: SiteConstraints,
  near: NearCandidates,
  objective: 'coverage' | 'count',
  start: readonly number[],
  seconds: number,
  targets?: CoverageTargets,
  loader?: SolverLoader,
): Promise<ExactAnswer> {
  const covering = buildCoveringModel(reduced, places, constraints, near, objective, targets);
  // Half a person, or half a site.
  const solution = await solveModel(
    covering.model,
    seconds,
    0.5,
    startOfPicks(covering, reduced, start),
    loader,
  );
  const bound =
    objective === 'count' && Number.isFinite(solution.bound)
      ? Math.max(0, Math.ceil(solution.bound - 1e-6))
      : solution.bound;
  return {
    picks: picksOf(solution.values, covering.candidateOfColumn, start),
    bound,
    proven: solution.status === 'optimal',
    status: solution.status,
    seconds: solution.seconds,
    size: sizeOf(covering.model, covering.dominated),
  };
}

/**
 * Exact p-median: the population-weighted total distance of the best k sites.
 * @example await solveDistanceExactly(lists, places, constraints, near, swapPicks, 10)
 */
export async function solveDistanceExactly(
  lists: DistanceLists,
  places: CandidatePlaces,
  constraints: SiteConstraints,
  near: NearCandidates,
  start: readonly number[],
  seconds: number,
  loader?: SolverLoader,
): Promise<ExactAnswer> {
  const distance = buildDistanceModel(lists, places, constraints, near);
  let population = 0;
  for (const weight of lists.weights) population += weight;
  // The total is in person-metres: half a metre of the population-weighted mean.
  const solution = await solveModel(
    distance.model,
    seconds,
    0.5 * Math.max(1, population),
    distanceStartOfPicks(distance, lists, start),
    loader,
  );
  return {
    picks: picksOf(solution.values, distance.candidateOfColumn, start),
    bound: solution.bound,
    proven: solution.status === 'optimal',
    status: solution.status,
    seconds: solution.seconds,
    size: sizeOf(distance.model, 0),
  };
}

/**
 * The linear relaxation of the count model (the same rows, fractions of sites allowed), solved:
 * a lower bound on the fewest sites, rounded up since a count is whole. Cheap where the exact
 * model is small; the Lagrangian bound reaches the same value only in the limit. NaN when the
 * solver cannot run.
 * @example await boundCountByRelaxation(reduced, places, constraints, near, targets) // 4
 */
export async function boundCountByRelaxation(
  reduced: ReducedCovering,
  places: CandidatePlaces,
  constraints: SiteConstraints,
  near: NearCandidates,
  targets: CoverageTargets,
  seconds: number,
  loader?: SolverLoader,
): Promise<number> {
  const covering = buildCoveringModel(reduced, places, constraints, near, 'count', targets);
  const relaxed: LinearModel = { ...covering.model, integer: new Uint8Array(covering.model.integer.length) };
  const solution = await solveModel(relaxed, seconds, 0, undefined, loader);
  return solution.status === 'optimal' ? Math.max(0, Math.ceil(solution.objective - 1e-6)) : Number.NaN;
}
