/**
 * The seats objective (children newly seated) end to end, for when the seats analysis supplies
 * it (see `SeatsObjective`): greedy with plain evaluation (the gain is not submodular, so lazy
 * evaluation would not be exact), then exchanges by evaluation; the bound is the largest flow with
 * every candidate open; the exact method is not offered.
 */
import { message } from '../../domain/message.ts';
import { OBJECTIVE_SENSE, qualityOf, type SeatsObjective } from './objective.ts';
import { orderPicks } from './order-picks.ts';
import { selectGreedily } from './select-greedily.ts';
import { type CandidatePlaces, NearCandidates } from './site-constraints.ts';
import type { SiteSearchAnswer, SiteSearchOptions } from './site-search.ts';
import { swapByEvaluation } from './swap-by-evaluation.ts';
import { UnmetRequestError } from './unmet-request-error.ts';

/**
 * Most children newly seated with k new sites.
 * @throws UnmetRequestError for the exact method, which this objective does not offer
 * @example await searchSeatsSites(seats, places, { count: 4, method: 'swap', … }).quality.gap
 */
export async function searchSeatsSites(
  seats: SeatsObjective,
  places: CandidatePlaces,
  options: SiteSearchOptions,
): Promise<SiteSearchAnswer> {
  if (options.method === 'exact') throw new UnmetRequestError(message('optimiseSeatsNoExact'));
  const near = new NearCandidates(places, options.minimumDistance ?? 0);
  const chosen: number[] = [];
  // Each round asks for the picks so far plus one candidate: the objective may prepare for it.
  seats.prepareAround?.(chosen);
  let current = seats.value(chosen);
  const greedy = selectGreedily(
    places,
    {
      gainOf: (candidate) => seats.value([...chosen, candidate]) - current,
      take: (candidate) => {
        chosen.push(candidate);
        seats.prepareAround?.(chosen);
        current = seats.value(chosen);
      },
    },
    { ...options, near, evaluation: 'plain' },
  );
  let picks = greedy.picks;
  let exchanges = 0;
  let cancelled = greedy.stopped === 'cancelled';
  if (options.method === 'swap' && !cancelled) {
    const swapped = swapByEvaluation(
      places,
      options,
      near,
      picks,
      (set) => seats.value(set),
      0.5,
      options.shouldStop,
      seats.gainBound ? (candidate) => seats.gainBound?.(candidate) ?? 0 : undefined,
      seats.prepareAround ? (set) => seats.prepareAround?.(set) : undefined,
    );
    picks = swapped.picks;
    exchanges = swapped.exchanges;
    cancelled = swapped.cancelled;
  }
  const value = seats.value(picks);
  const bound = seats.boundWithEveryCandidate(options.count);
  // Order and runners-up by evaluation too.
  const ordering: number[] = [];
  seats.prepareAround?.(ordering);
  let orderedValue = seats.value(ordering);
  const ordered = orderPicks(picks, {
    gainOf: (candidate) => seats.value([...ordering, candidate]) - orderedValue,
    take: (candidate) => {
      ordering.push(candidate);
      seats.prepareAround?.(ordering);
      orderedValue = seats.value(ordering);
    },
  });
  const runners = swapByEvaluation(
    places,
    options,
    near,
    ordered.picks,
    (set) => seats.value(set),
    Number.POSITIVE_INFINITY,
    undefined,
    seats.gainBound ? (candidate) => seats.gainBound?.(candidate) ?? 0 : undefined,
    seats.prepareAround ? (set) => seats.prepareAround?.(set) : undefined,
  );
  return {
    picks: ordered.picks,
    gains: ordered.gains,
    runnersUp: runners.runnersUp.map((exchange) =>
      exchange.candidate < 0 ? null : { candidate: exchange.candidate, value: value + exchange.change },
    ),
    quality: qualityOf(OBJECTIVE_SENSE.seats, value, bound, 'flow', false),
    evaluations: greedy.evaluations,
    exchanges,
    stopped: cancelled ? 'cancelled' : greedy.stopped,
    exact: null,
    exactEstimate: { seconds: Number.POSITIVE_INFINITY, offered: false },
    targets: null,
  };
}
