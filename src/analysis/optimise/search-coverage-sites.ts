/**
 * The coverage and count objectives end to end: greedy, then swap, then (for `exact`) the solver,
 * with the bound, the order of the picks and their runners-up.
 */
import { boundCountLagrangian } from './bound-count.ts';
import { boundCoverageLagrangian, onlineCoverageBound } from './bound-coverage.ts';
import { meetsTargets, surplusOf } from './count-state.ts';
import { CoverageState, type CoveringProblem } from './coverage-state.ts';
import { type CoverageTargets, measureCoverageTargets } from './coverage-targets.ts';
import { EXACT_OFFER_SECONDS, estimateExactSeconds } from './estimate-exact-seconds.ts';
import { ExchangeSearch } from './exchange-search.ts';
import { greedyCount } from './greedy-count.ts';
import { OBJECTIVE_SENSE, qualityOf } from './objective.ts';
import { orderPicks } from './order-picks.ts';
import { type ReducedCovering, reduceCovering } from './reduce-covering.ts';
import { selectGreedily } from './select-greedily.ts';
import { NearCandidates } from './site-constraints.ts';
import type { RunnerUp, SiteSearchAnswer, SiteSearchOptions } from './site-search.ts';
import { boundCountByRelaxation, solveCoveringExactly } from './solve-exactly.ts';
import { swapCount } from './swap-count.ts';
import { CoverageExchangeObjective, coverageTolerance, swapCoverage } from './swap-coverage.ts';

/** The exact model's size for a reduced covering: estimate before building it. */
function exactEstimateOf(reduced: ReducedCovering, candidates: number): SiteSearchAnswer['exactEstimate'] {
  const nonzeros = reduced.groupCandidates.length + reduced.groupWeights.length + candidates;
  const seconds = estimateExactSeconds(nonzeros, candidates);
  return { seconds, offered: seconds <= EXACT_OFFER_SECONDS };
}

/**
 * Runners-up of final picks: per pick, its best exchange (keeping the rules, and for the count
 * objective the targets), valued as the population newly covered with it instead.
 */
function runnersUpOf(
  problem: CoveringProblem,
  options: SiteSearchOptions,
  near: NearCandidates,
  picks: readonly number[],
  targets: CoverageTargets | null,
): (RunnerUp | null)[] {
  const objective = new CoverageExchangeObjective(problem, picks);
  const value = objective.state.gained;
  let accept: ((pick: number, candidate: number) => boolean) | undefined;
  if (targets) {
    const surplus = surplusOf(problem, targets, objective.state.covers);
    accept = (pick, candidate) =>
      keepsTargets(problem, targets, objective.state.covers, surplus, pick, candidate);
  }
  const search = new ExchangeSearch(objective, problem, options, near, picks, accept);
  return picks.map((pick) => {
    const exchange = search.bestExchange(pick);
    return exchange.candidate < 0 ? null : { candidate: exchange.candidate, value: value + exchange.change };
  });
}

/**
 * Whether exchanging `pick` for `candidate` keeps every target met (surplus per area ≥ 0), with
 * `covers` and `surplus` those of the picks as they are.
 * @example keepsTargets(problem, targets, state.covers, surplusOf(problem, targets, state.covers), 3, 8)
 */
export function keepsTargets(
  problem: CoveringProblem,
  targets: CoverageTargets,
  covers: Int32Array,
  surplus: Float64Array,
  pick: number,
  candidate: number,
): boolean {
  const change = new Map<number, number>();
  const { start, points } = problem.lists;
  const inPick = new Set<number>();
  for (let slot = start[pick] ?? 0; slot < (start[pick + 1] ?? 0); slot++) {
    const point = points[slot] ?? 0;
    inPick.add(point);
    if (covers[point] !== 1) continue;
    const area = targets.areaOfPoint[point] ?? -1;
    if (area >= 0) change.set(area, (change.get(area) ?? 0) - (problem.weights[point] ?? 0));
  }
  for (let slot = start[candidate] ?? 0; slot < (start[candidate + 1] ?? 0); slot++) {
    const point = points[slot] ?? 0;
    const count = (covers[point] ?? 0) - (inPick.has(point) ? 1 : 0);
    if (count !== 0) continue;
    const area = targets.areaOfPoint[point] ?? -1;
    if (area >= 0) change.set(area, (change.get(area) ?? 0) + (problem.weights[point] ?? 0));
  }
  for (const [area, delta] of change) {
    if ((surplus[area] ?? 0) + delta < -1e-9 * Math.max(1, targets.need[area] ?? 0)) return false;
  }
  return true;
}

/**
 * Most population newly covered with k sites: greedy (lazy or plain), swap, exact; the bound is the
 * smaller of the online and Lagrangian bounds, or the solver's.
 * @example await searchCoverageSites(problem, { count: 5, method: 'swap', evaluation: 'lazy', areaNames, timeLimitSeconds: 10 })
 */
export async function searchCoverageSites(
  problem: CoveringProblem,
  options: SiteSearchOptions,
): Promise<SiteSearchAnswer> {
  const near = new NearCandidates(problem, options.minimumDistance ?? 0);
  const greedyState = new CoverageState(problem);
  const greedy = selectGreedily(
    problem,
    {
      gainOf: (candidate) => greedyState.gainOf(candidate),
      gainsOfAll: (gains) => greedyState.gainsOfAll(gains),
      take: (candidate) => greedyState.add(candidate),
    },
    { ...options, near },
  );
  let picks = greedy.picks;
  let exchanges = 0;
  let cancelled = greedy.stopped === 'cancelled';
  if (options.method !== 'greedy' && !cancelled) {
    const swapped = swapCoverage(problem, options, picks, {
      near,
      ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    });
    picks = swapped.picks;
    exchanges = swapped.exchanges;
    cancelled = swapped.cancelled;
  }
  const reduced = reduceCovering(problem, { byArea: false });
  const exactEstimate = exactEstimateOf(reduced, problem.lists.sites);
  const coveredByPicks = (chosen: readonly number[]) => {
    const state = new CoverageState(problem);
    for (const pick of chosen) state.add(pick);
    return state.recount();
  };
  let value = coveredByPicks(picks);
  let solverBound = Number.NaN;
  let proven = false;
  let exact: SiteSearchAnswer['exact'] = null;
  if (options.method === 'exact' && !cancelled) {
    const answer = await solveCoveringExactly(
      reduced,
      problem,
      options,
      near,
      'coverage',
      picks,
      options.timeLimitSeconds,
      undefined,
      options.solverLoader,
    );
    const exactValue = coveredByPicks(answer.picks);
    if (exactValue >= value) {
      picks = answer.picks;
      value = exactValue;
    }
    solverBound = answer.bound;
    proven = answer.proven;
    exact = { status: answer.status, seconds: answer.seconds, size: answer.size };
  }
  const objective = new CoverageExchangeObjective(problem, picks);
  const online = onlineCoverageBound(value, objective.gains, problem, options);
  const lagrangian = boundCoverageLagrangian(reduced, problem, options, value);
  let bound = Math.min(online, lagrangian.bound);
  let source: 'online' | 'lagrangian' | 'solver' = online <= lagrangian.bound ? 'online' : 'lagrangian';
  if (Number.isFinite(solverBound) && solverBound < bound) {
    bound = solverBound;
    source = 'solver';
  }
  const ordered = orderPicks(picks, new CoverageState(problem));
  const tolerance = coverageTolerance(problem);
  return {
    picks: ordered.picks,
    gains: ordered.gains,
    runnersUp: runnersUpOf(problem, options, near, ordered.picks, null),
    quality: qualityOf(
      OBJECTIVE_SENSE.coverage,
      value,
      bound,
      source,
      proven && bound - value <= tolerance + 0.5,
    ),
    evaluations: greedy.evaluations,
    exchanges,
    stopped: cancelled ? 'cancelled' : greedy.stopped,
    exact,
    exactEstimate,
    targets: null,
  };
}

/**
 * The fewest sites bringing every township (or the district) to a coverage share: greedy until the
 * targets are met, then drops and two-for-one replacements, then (for `exact`) the solver; targets
 * no candidate can reach are reported and left out. `options.count` caps the number of sites.
 * @example await searchCountSites(problem, 0.9, 'township', { count: 200, method: 'swap', … })
 */
export async function searchCountSites(
  problem: CoveringProblem,
  share: number,
  scope: 'township' | 'district',
  options: SiteSearchOptions,
): Promise<SiteSearchAnswer> {
  const near = new NearCandidates(problem, options.minimumDistance ?? 0);
  const { targets, areas } = measureCoverageTargets(problem, share, scope, options.eligible);
  const greedy = greedyCount(problem, targets, { ...options, near });
  let picks = greedy.picks;
  let exchanges = 0;
  let cancelled = greedy.stopped === 'cancelled';
  const met = greedy.met;
  if (options.method !== 'greedy' && !cancelled && met) {
    const improved = swapCount(problem, targets, options, picks, {
      near,
      ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    });
    picks = improved.picks;
    exchanges = improved.dropped + improved.merged;
    cancelled = improved.cancelled;
  }
  const reduced = reduceCovering(problem, { byArea: true });
  const grouped: ReducedCovering =
    scope === 'district' ? { ...reduced, groupAreas: reduced.groupAreas.map(() => 0) } : reduced;
  const exactEstimate = exactEstimateOf(grouped, problem.lists.sites);
  let lagrangian = met ? boundCountLagrangian(grouped, targets, options, picks.length).bound : picks.length;
  let bound = lagrangian;
  let source: 'lagrangian' | 'solver' = 'lagrangian';
  if (met && lagrangian < picks.length && exactEstimate.offered && options.method !== 'exact') {
    // Small enough: the linear relaxation gives the bound the subgradient steps only approach.
    const relaxed = await boundCountByRelaxation(
      grouped,
      problem,
      options,
      near,
      targets,
      options.timeLimitSeconds,
      options.solverLoader,
    );
    if (relaxed > bound) {
      bound = relaxed;
      lagrangian = relaxed;
      source = 'solver';
    }
  }
  // A count is whole: when the bound already equals it, the answer is proven and the solver is spared.
  let proven = options.method === 'exact' && met && lagrangian === picks.length;
  let exact: SiteSearchAnswer['exact'] = null;
  if (options.method === 'exact' && !cancelled && met && !proven) {
    const answer = await solveCoveringExactly(
      grouped,
      problem,
      options,
      near,
      'count',
      picks,
      options.timeLimitSeconds,
      targets,
      options.solverLoader,
    );
    if (
      answer.status !== 'failed' &&
      answer.picks.length <= picks.length &&
      meetsTargets(problem, targets, answer.picks)
    )
      picks = answer.picks;
    if (Number.isFinite(answer.bound) && answer.bound > bound) {
      bound = answer.bound;
      source = 'solver';
    }
    proven = answer.proven;
    exact = { status: answer.status, seconds: answer.seconds, size: answer.size };
  }
  const value = picks.length;
  const ordered = orderPicks(picks, new CoverageState(problem));
  return {
    picks: ordered.picks,
    gains: ordered.gains,
    runnersUp: runnersUpOf(problem, options, near, ordered.picks, targets),
    quality: qualityOf(OBJECTIVE_SENSE.count, value, bound, source, proven && bound === value),
    evaluations: greedy.evaluations,
    exchanges,
    stopped: cancelled ? 'cancelled' : met ? null : 'targets-missed',
    exact,
    exactEstimate,
    targets: areas,
  };
}
