/**
 * What a site search optimises and how good its answer is: the objectives, the methods, and the
 * quality every answer carries — its value, a bound on the best possible value, and the gap
 * between them.
 */

/**
 * The question asked:
 * - `coverage`: the most population newly within the service radius, with k new sites;
 * - `count`: the fewest new sites that bring every township (or the district) to a coverage target;
 * - `distance`: the shortest population-weighted mean distance to the nearest school, with k new
 *   sites (p-median, haversine);
 * - `seats`: the most children newly seated (from the seats analysis; see {@link SeatsObjective}).
 */
export type ObjectiveKind = 'coverage' | 'count' | 'distance' | 'seats';

/**
 * How the picks are searched:
 * - `greedy`: one site at a time, the best each round (lazy evaluation where the objective allows);
 * - `swap`: greedy, then exchanges of one pick for one other candidate while the value improves
 *   (Teitz–Bart);
 * - `exact`: a mixed-integer programme solved by HiGHS (WebAssembly), with a time limit.
 */
export type SearchMethod = 'greedy' | 'swap' | 'exact';

/** Every objective, in the order the interface lists them. */
export const OBJECTIVE_KINDS: readonly ObjectiveKind[] = ['coverage', 'count', 'distance', 'seats'];

/** Every method, in the order the interface lists them. */
export const SEARCH_METHODS: readonly SearchMethod[] = ['greedy', 'swap', 'exact'];

/** Whether an objective's value is to be made large (a gain) or small (a count, a distance). */
export type ObjectiveSense = 'maximise' | 'minimise';

/** The sense of each objective. */
export const OBJECTIVE_SENSE: Readonly<Record<ObjectiveKind, ObjectiveSense>> = {
  coverage: 'maximise',
  count: 'minimise',
  distance: 'minimise',
  seats: 'maximise',
};

/**
 * How a bound was found: a Lagrangian relaxation (subgradient), the online bound of a submodular
 * gain (the value plus the k largest gains left), the solver's own bound (exact), or the largest
 * flow with every candidate open (seats).
 */
export type BoundSource = 'lagrangian' | 'online' | 'solver' | 'flow' | 'trivial';

/** How good an answer is. */
export interface SearchQuality {
  /**
   * The objective value: the gain over what exists (population newly covered, children newly
   * seated), the number of new sites, or the population-weighted mean distance in metres.
   */
  value: number;
  /** A proven bound on the best possible value: upper for gains, lower for counts and distances. */
  bound: number;
  /**
   * (bound − value) ÷ bound for gains, (value − bound) ÷ value for minimised objectives; 0 when
   * the divisor is 0 (nothing to gain, or nothing left to shorten). Never negative.
   */
  gap: number;
  /**
   * True only when the exact method proved the value optimal with the solver's gap tolerances at
   * zero: the value within half a unit (a person, a site, a metre) of the bound.
   */
  optimal: boolean;
  boundSource: BoundSource;
}

/** Half a person, a site or a metre: the tolerance within which a value counts as proven. */
export const PROOF_TOLERANCE = 0.5;

/**
 * The gap between a value and its bound, as the issue defines it, clamped at 0 (rounding can put
 * a value a hair past its bound).
 * @example measureGap('maximise', 97, 100) // 0.03
 * @example measureGap('minimise', 1250, 1200) // 0.04
 */
export function measureGap(sense: ObjectiveSense, value: number, bound: number): number {
  const gap = sense === 'maximise' ? (bound - value) / bound : (value - bound) / value;
  if (!Number.isFinite(gap) || gap < 0) return 0;
  return gap;
}

/**
 * The quality of an answer from its value and bound.
 * @param proven whether the exact method finished with the solver's gap tolerances at zero
 * @example qualityOf('maximise', 97, 100, 'lagrangian', false) // { value: 97, bound: 100, gap: 0.03, optimal: false, boundSource: 'lagrangian' }
 */
export function qualityOf(
  sense: ObjectiveSense,
  value: number,
  bound: number,
  boundSource: BoundSource,
  proven: boolean,
): SearchQuality {
  const tightened = sense === 'maximise' ? Math.max(bound, value) : Math.min(bound, value);
  const optimal = proven && Math.abs(tightened - value) <= PROOF_TOLERANCE;
  return { value, bound: tightened, gap: measureGap(sense, value, tightened), optimal, boundSource };
}

/**
 * The seats objective, as the seats analysis will supply it: children newly seated when a set
 * of new sites (with their seats) is added. That gain is not submodular, so it runs greedy with
 * plain evaluation and swap through {@link SeatsObjective.value}; its bound is the largest flow
 * with every candidate open; `exact` is not offered.
 */
export interface SeatsObjective {
  /** Children newly seated with these candidates (indices) added as schools. */
  value(picks: readonly number[]): number;
  /**
   * An upper bound on the children any `count` new sites could newly seat: the maximum flow with
   * every candidate open, and (where the objective knows it) what `count` sites could fill.
   */
  boundWithEveryCandidate(count: number): number;
  /**
   * At most what the candidate adds to any set of picks, when known: the searches skip the trials
   * that cannot beat the best so far.
   */
  gainBound?(candidate: number): number;
  /**
   * The search will next ask for `picks` plus one candidate, for many candidates: an objective
   * that can answer those faster from a run of `picks` prepares it (the answers stay the same).
   */
  prepareAround?(picks: readonly number[]): void;
}
