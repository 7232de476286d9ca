/**
 * How long the exact method would take on a suggestion request, before running it: the data
 * prepared and the model's size counted as the search would build it, so the 选址 screen can offer
 * `exact` only where it should finish in seconds, with the estimate shown.
 */
import type { ListLatticeCache } from '../list-lattice-cache.ts';
import { prepareRequest, type SuggestionContext, type SuggestionRequest } from '../plan-suggestion.ts';
import { buildDistanceLists } from './build-distance-lists.ts';
import { EXACT_OFFER_SECONDS, estimateExactSeconds } from './estimate-exact-seconds.ts';
import { baseDistances, coveringProblemOf } from './prepare-suggestion.ts';
import { reduceCovering } from './reduce-covering.ts';

/** The estimate and the size it comes from. */
export interface ExactEstimate {
  seconds: number;
  offered: boolean;
  candidates: number;
  /** Merged demand groups (coverage, count) or point–candidate pairs (distance). */
  demand: number;
}

/**
 * The exact method's estimated seconds for a request (see `estimateExactSeconds`).
 * @throws UnmetRequestError as `planSuggestion` would for the same request
 * @example estimateSuggestion(context, { ...request, method: 'exact' }).offered
 */
export function estimateSuggestion(
  context: SuggestionContext,
  request: SuggestionRequest,
  latticeCache?: ListLatticeCache,
): ExactEstimate {
  const { prepared } = prepareRequest(context, request, latticeCache);
  // The seats objective has no exact model: nothing to estimate.
  if (request.objective === 'seats') {
    return {
      seconds: Number.POSITIVE_INFINITY,
      offered: false,
      candidates: prepared.places.length,
      demand: 0,
    };
  }
  const problem = coveringProblemOf(prepared);
  const candidates = problem.lists.sites;
  let nonzeros: number;
  let demand: number;
  if ((request.objective ?? 'coverage') === 'distance') {
    const lists = buildDistanceLists(
      prepared.points,
      prepared.weights,
      baseDistances(prepared),
      prepared.places,
    );
    demand = lists.pointCandidates.length;
    nonzeros = 3 * demand + candidates;
  } else {
    const reduced = reduceCovering(problem, { byArea: request.objective === 'count' });
    demand = reduced.groupWeights.length;
    nonzeros = reduced.groupCandidates.length + demand + candidates;
  }
  const seconds = estimateExactSeconds(nonzeros, candidates);
  return { seconds, offered: seconds <= EXACT_OFFER_SECONDS, candidates, demand };
}
