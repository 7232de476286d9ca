/**
 * Greedy and exchange search for the distance objective (p-median): each new site shortens the
 * population-weighted distance to the nearest school by as much as it can; the gain never grows
 * as sites are added, so lazy greedy is exact.
 */
import type { DistanceLists } from './build-distance-lists.ts';
import { DistanceState } from './distance-state.ts';
import {
  type ExchangeOptions,
  type ExchangeResult,
  ExchangeSearch,
  searchExchanges,
} from './exchange-search.ts';
import { type GreedyOptions, type GreedySelection, selectGreedily } from './select-greedily.ts';
import { type CandidatePlaces, NearCandidates, type SiteConstraints } from './site-constraints.ts';

/**
 * Greedy p-median: each round the site that shortens the weighted distance most.
 * @example greedyDistance(lists, places, { count: 5, evaluation: 'lazy' }).picks
 */
export function greedyDistance(
  lists: DistanceLists,
  places: CandidatePlaces,
  options: GreedyOptions,
): GreedySelection & { saved: number } {
  const state = new DistanceState(lists);
  const selection = selectGreedily(
    places,
    { gainOf: (candidate) => state.gainOf(candidate), take: (candidate) => state.take(candidate) },
    options,
  );
  return { ...selection, saved: state.recount() };
}

/** Rounding allowance: an exchange must save more than this (metre·people) to count. */
export function distanceTolerance(lists: DistanceLists): number {
  let total = 0;
  for (let point = 0; point < lists.base.length; point++) {
    const base = lists.base[point] ?? 0;
    total += (lists.weights[point] ?? 0) * Math.min(base, 1e6);
  }
  return 1e-9 * total + 1e-9;
}

/**
 * Teitz–Bart exchanges for the distance objective from a starting set; the value is the weighted
 * distance saved against the standing schools alone (larger is better).
 * @example swapDistance(lists, places, { count: 5 }, greedyPicks).picks
 */
export function swapDistance(
  lists: DistanceLists,
  places: CandidatePlaces,
  constraints: SiteConstraints,
  start: readonly number[],
  options: ExchangeOptions & { near?: NearCandidates } = {},
): ExchangeResult {
  const near = options.near ?? new NearCandidates(places, constraints.minimumDistance ?? 0);
  const state = new DistanceState(lists, start, true);
  const search = new ExchangeSearch(state, places, constraints, near, start, options.accept);
  return searchExchanges(search, distanceTolerance(lists), options.shouldStop);
}
