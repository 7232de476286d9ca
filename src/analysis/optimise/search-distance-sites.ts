/**
 * The distance objective (p-median) end to end: greedy, swap, exact, the Lagrangian bound, the
 * order of the picks and their runners-up. The value is the population-weighted mean distance in
 * metres to the nearest school with the picks.
 */
import { boundDistanceLagrangian } from './bound-distance.ts';
import type { DistanceLists } from './build-distance-lists.ts';
import { DistanceState } from './distance-state.ts';
import { EXACT_OFFER_SECONDS, estimateExactSeconds } from './estimate-exact-seconds.ts';
import { ExchangeSearch } from './exchange-search.ts';
import { excludeByLagrangian } from './exclude-by-lagrangian.ts';
import { OBJECTIVE_SENSE, PROOF_TOLERANCE, qualityOf } from './objective.ts';
import { orderPicks } from './order-picks.ts';
import { greedyDistance, swapDistance } from './search-distance.ts';
import { searchLagrangianPicks } from './search-lagrangian-picks.ts';
import { type CandidatePlaces, NearCandidates } from './site-constraints.ts';
import type { SiteSearchAnswer, SiteSearchOptions } from './site-search.ts';
import { solveDistanceExactly } from './solve-exactly.ts';

/**
 * Shortest population-weighted mean distance with k new sites.
 * @example await searchDistanceSites(lists, places, { count: 3, method: 'swap', … }).quality.value // metres
 */
export async function searchDistanceSites(
  lists: DistanceLists,
  places: CandidatePlaces,
  options: SiteSearchOptions,
): Promise<SiteSearchAnswer> {
  const near = new NearCandidates(places, options.minimumDistance ?? 0);
  let population = 0;
  for (const weight of lists.weights) population += weight;
  const mean = (total: number) => (population > 0 ? total / population : 0);
  const greedy = greedyDistance(lists, places, { ...options, near });
  let picks = greedy.picks;
  let exchanges = 0;
  let cancelled = greedy.stopped === 'cancelled';
  if (options.method !== 'greedy' && !cancelled) {
    const swapped = swapDistance(lists, places, options, picks, {
      near,
      ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
    });
    picks = swapped.picks;
    exchanges = swapped.exchanges;
    cancelled = swapped.cancelled;
  }
  const totalOf = (chosen: readonly number[]) => new DistanceState(lists, chosen).totalDistance();
  let total = totalOf(picks);
  const pairs = lists.pointCandidates.length;
  const estimate = estimateExactSeconds(3 * pairs + places.candidates.length, places.candidates.length);
  let solverBound = Number.NaN;
  let proven = false;
  let exact: SiteSearchAnswer['exact'] = null;
  let lagrangian = boundDistanceLagrangian(lists, places, options, total);
  let excluded = 0;
  if (options.method === 'exact' && !cancelled) {
    // The relaxation's own choices, then exchanges from the best of them: often the optimum, and
    // then the Lagrangian bound proves it without the solver.
    const heuristic = searchLagrangianPicks(lists, places, options, near, picks, total);
    if (heuristic.total < total) {
      const swapped = swapDistance(lists, places, options, heuristic.picks, {
        near,
        ...(options.shouldStop ? { shouldStop: options.shouldStop } : {}),
      });
      const swappedTotal = totalOf(swapped.picks);
      picks = swappedTotal <= heuristic.total ? swapped.picks : heuristic.picks;
      total = Math.min(swappedTotal, heuristic.total);
      exchanges += swapped.exchanges;
      lagrangian = boundDistanceLagrangian(lists, places, options, total);
    }
    if (heuristic.lagrangian.bound > lagrangian.bound) lagrangian = heuristic.lagrangian;
    if (mean(total) - mean(lagrangian.bound) <= PROOF_TOLERANCE) {
      // Proven by the bound, as the count objective's answer is: the solver is spared.
      proven = true;
    } else {
      // Candidates that no answer better than the best known can hold are left out of the model.
      const fixing = excludeByLagrangian(lagrangian.best, places, options, total, picks);
      excluded = fixing.excluded;
      const answer = await solveDistanceExactly(
        lists,
        places,
        { ...options, eligible: fixing.eligible },
        near,
        picks,
        options.timeLimitSeconds,
        options.solverLoader,
      );
      const exactTotal = totalOf(answer.picks);
      if (answer.status !== 'failed' && exactTotal <= total) {
        picks = answer.picks;
        total = exactTotal;
      }
      solverBound = answer.bound;
      proven = answer.proven;
      // Left out by the bound, as dominated candidates are left out of the covering model.
      exact = {
        status: answer.status,
        seconds: answer.seconds,
        size: { ...answer.size, dominated: excluded },
      };
      lagrangian = boundDistanceLagrangian(lists, places, options, total);
    }
  }
  let bound = lagrangian.bound;
  let source: 'lagrangian' | 'solver' = 'lagrangian';
  if (Number.isFinite(solverBound) && solverBound > bound) {
    bound = solverBound;
    source = 'solver';
  }
  const ordered = orderPicks(picks, new DistanceState(lists));
  const state = new DistanceState(lists, ordered.picks, true);
  const search = new ExchangeSearch(state, places, options, near, ordered.picks);
  const runnersUp = ordered.picks.map((pick) => {
    const exchange = search.bestExchange(pick);
    return exchange.candidate < 0
      ? null
      : { candidate: exchange.candidate, value: mean(total - exchange.change) };
  });
  // "Proven" means within half a metre of mean distance, per the solver with zero gap tolerances.
  const value = mean(total);
  return {
    picks: ordered.picks,
    gains: ordered.gains.map(mean),
    runnersUp,
    quality: qualityOf(OBJECTIVE_SENSE.distance, value, mean(bound), source, proven),
    evaluations: greedy.evaluations,
    exchanges,
    stopped: cancelled ? 'cancelled' : greedy.stopped,
    exact,
    exactEstimate: { seconds: estimate, offered: estimate <= EXACT_OFFER_SECONDS },
    targets: null,
  };
}
