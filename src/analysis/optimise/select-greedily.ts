/**
 * Greedy selection of new sites under the common rules (count, forced and eligible candidates,
 * minimum distance, required areas), for any objective that can say what a candidate would add
 * to the picks so far: each round the candidate of greatest gain, ties to the lower index.
 */
import { message } from '../../domain/message.ts';
import { BoundHeap } from './bound-heap.ts';
import { joinNames } from './join-names.ts';
import { type CandidatePlaces, NearCandidates, type SiteConstraints } from './site-constraints.ts';
import { UnmetRequestError } from './unmet-request-error.ts';

/** What greedy asks of an objective. */
export interface GreedyObjective {
  /** What adding the candidate to the picks so far would gain (≥ 0 for a useful pick). */
  gainOf(candidate: number): number;
  /** Adds the candidate to the picks (the gains that depend on it change). */
  take(candidate: number): void;
  /**
   * Optional: every candidate's gain at once, into `gains` — each equal to what `gainOf` gives
   * it. Rounds that evaluate every candidate use it instead of a call per candidate.
   */
  gainsOfAll?(gains: Float64Array): void;
}

/** How greedy runs. */
export interface GreedyOptions extends SiteConstraints {
  /**
   * 'lazy' (CELF / Minoux): gains kept in a max-heap as upper bounds, re-evaluated only at the
   * top — exact when gains never grow as picks are added (a submodular objective); 'plain':
   * every candidate every round (for objectives that are not submodular).
   */
  evaluation: 'lazy' | 'plain';
  /** Names of the areas, for messages; area numbers are shown when absent. */
  areaNames?: readonly string[];
  /** The near-candidate lists, when the caller already has them. */
  near?: NearCandidates;
  /** Called after every pick with the picks so far and k. */
  onProgress?: (picked: number, count: number) => void;
  /** Asked before every pick; true stops the search, keeping the picks so far. */
  shouldStop?: () => boolean;
}

/** The picks, in order, with the gain of each when it was made. */
export interface GreedySelection {
  picks: number[];
  gains: number[];
  /** How many times a gain was evaluated (what lazy evaluation saves). */
  evaluations: number;
  /**
   * Why fewer than k: 'cancelled' (shouldStop said so), 'no-gain' (no eligible candidate adds
   * anything and no required area is left); null when all k were picked.
   */
  stopped: null | 'cancelled' | 'no-gain';
}

/** What the search keeps between rounds. */
interface SearchState {
  /** 1 while a candidate may still be picked (eligible, not picked, not too close to a pick). */
  open: Uint8Array;
  /** Open candidates in each area. */
  openInArea: Map<number, number>;
  /** Required areas without a pick yet. */
  unsatisfied: Set<number>;
}

/**
 * The rules checked before any search: k ≥ 1, no more required areas or forced sites than k,
 * forced sites eligible and far enough apart, every required area with an eligible candidate.
 * @throws UnmetRequestError naming what cannot be met
 */
export function checkSiteConstraints(
  places: CandidatePlaces,
  constraints: SiteConstraints,
  near: NearCandidates,
  areaNames: readonly string[] = [],
): void {
  const { count } = constraints;
  if (!Number.isInteger(count) || count < 1) {
    throw new UnmetRequestError(message('optimiseCountInvalid', { count }));
  }
  const required = [...new Set(constraints.requiredAreas ?? [])];
  if (required.length > count) {
    throw new UnmetRequestError(message('optimiseTooManyRequiredAreas', { areas: required.length, count }));
  }
  const forced = [...new Set(constraints.forced ?? [])];
  if (forced.length > count) {
    throw new UnmetRequestError(message('optimiseTooManyForced', { forced: forced.length, count }));
  }
  const servedByForced = new Set(forced.map((candidate) => places.areaOfCandidate[candidate] ?? -1));
  const unserved = required.filter((area) => !servedByForced.has(area)).length;
  if (forced.length > 0 && forced.length + unserved > count) {
    throw new UnmetRequestError(
      message('optimiseForcedAndRequiredTooMany', { forced: forced.length, areas: unserved, count }),
    );
  }
  for (const candidate of forced) {
    if (constraints.eligible && !constraints.eligible[candidate]) {
      throw new UnmetRequestError(message('optimiseForcedExcluded', { candidate: candidate + 1 }));
    }
    for (const other of forced) {
      if (other > candidate && near.areNear(candidate, other)) {
        throw new UnmetRequestError(
          message('optimiseForcedTooClose', {
            first: candidate + 1,
            second: other + 1,
            distance: near.minimumDistance,
          }),
        );
      }
    }
  }
  const nameOf = (area: number) => areaNames[area] ?? String(area);
  for (const area of required) {
    let any = false;
    for (let candidate = 0; candidate < places.candidates.length && !any; candidate++) {
      if ((places.areaOfCandidate[candidate] ?? -1) !== area) continue;
      if (!constraints.eligible || constraints.eligible[candidate]) any = true;
    }
    if (!any) throw new UnmetRequestError(message('optimiseRequiredAreaEmpty', { area: nameOf(area) }));
  }
}

/**
 * Picks up to k candidates greedily: the forced ones first (in the order given), then each round
 * the eligible candidate of greatest gain, ties to the lower index. Deterministic.
 *
 * - Minimum distance: candidates closer than it to a pick drop out.
 * - Required areas: once the picks left equal the required areas without a pick (or no candidate
 *   adds anything any more), only candidates in those areas are eligible. A pick that would leave
 *   such an area without any eligible candidate (through the minimum distance) is passed over for
 *   the next best.
 * - Stops early, saying why, when cancelled or when no eligible candidate adds anything and no
 *   required area is left.
 * @throws UnmetRequestError when the rules cannot be met (see {@link checkSiteConstraints}), or the
 *   minimum distance makes the required areas impossible to serve together
 * @example selectGreedily(places, coverageObjective, { count: 5, evaluation: 'lazy' }).picks
 */
export function selectGreedily(
  places: CandidatePlaces,
  objective: GreedyObjective,
  options: GreedyOptions,
): GreedySelection {
  const candidateCount = places.candidates.length;
  const near = options.near ?? new NearCandidates(places, options.minimumDistance ?? 0);
  checkSiteConstraints(places, options, near, options.areaNames);
  const { count } = options;
  const required = [...new Set(options.requiredAreas ?? [])];
  const state: SearchState = {
    open: new Uint8Array(candidateCount),
    openInArea: new Map(),
    unsatisfied: new Set(required),
  };
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    if (options.eligible && !options.eligible[candidate]) continue;
    state.open[candidate] = 1;
    const area = places.areaOfCandidate[candidate] ?? -1;
    state.openInArea.set(area, (state.openInArea.get(area) ?? 0) + 1);
  }

  let evaluations = 0;
  const gainOf = (candidate: number): number => {
    evaluations++;
    return objective.gainOf(candidate);
  };
  const picks: number[] = [];
  const gains: number[] = [];
  const take = (candidate: number, gain: number) => {
    objective.take(candidate);
    close(candidate, state, places, near);
    picks.push(candidate);
    gains.push(gain);
    options.onProgress?.(picks.length, count);
  };
  for (const candidate of new Set(options.forced ?? [])) take(candidate, gainOf(candidate));

  let stopped: GreedySelection['stopped'] = null;
  // Set once no eligible candidate adds anything: from then on only required areas are served.
  let noGainLeft = false;
  // Every candidate at once, counted as one evaluation each (the figure lazy evaluation saves).
  const gainsOfAll = objective.gainsOfAll?.bind(objective);
  const allGains = gainsOfAll
    ? (gains: Float64Array) => {
        gainsOfAll(gains);
        evaluations += candidateCount;
      }
    : null;
  const choose =
    options.evaluation === 'plain'
      ? plainChooser(candidateCount, gainOf, allGains)
      : lazyChooser(candidateCount, state.open, gainOf, allGains);
  const nameOf = (area: number) => options.areaNames?.[area] ?? String(area);

  while (picks.length < count) {
    if (options.shouldStop?.()) {
      stopped = 'cancelled';
      break;
    }
    const remaining = count - picks.length;
    const restricted = state.unsatisfied.size > 0 && (remaining <= state.unsatisfied.size || noGainLeft);
    const allowed = (candidate: number): boolean =>
      state.open[candidate] === 1 &&
      (!restricted || state.unsatisfied.has(places.areaOfCandidate[candidate] ?? -1));
    const feasible = (candidate: number): boolean =>
      leavesRequiredAreasServable(candidate, state, places, near);
    const choice = choose(allowed, feasible, picks.length);
    if (choice === null || (!restricted && choice.gain <= 0)) {
      if (state.unsatisfied.size === 0) {
        stopped = 'no-gain';
        break;
      }
      if (restricted || choice === null) {
        throw new UnmetRequestError(
          message('optimiseRequiredAreasTooClose', {
            areas: joinNames([...state.unsatisfied].map(nameOf)),
          }),
        );
      }
      noGainLeft = true;
      continue;
    }
    take(choice.candidate, choice.gain);
  }
  return { picks, gains, evaluations, stopped };
}

/**
 * Chooses the round's pick: the allowed, feasible candidate of greatest gain (lower index on
 * ties), or null when no allowed candidate is feasible. Candidates not allowed now will never be
 * allowed again; `picked` (the picks so far) tells which gains are still up to date.
 */
type Chooser = (
  allowed: (candidate: number) => boolean,
  feasible: (candidate: number) => boolean,
  picked: number,
) => { candidate: number; gain: number } | null;

/** Plain greedy: every allowed candidate evaluated afresh every round. */
function plainChooser(
  candidateCount: number,
  gainOf: (candidate: number) => number,
  allGains: ((gains: Float64Array) => void) | null,
): Chooser {
  const gains = new Float64Array(candidateCount);
  return (allowed, feasible) => {
    const order: number[] = [];
    if (allGains) allGains(gains);
    for (let candidate = 0; candidate < candidateCount; candidate++) {
      if (!allowed(candidate)) continue;
      if (!allGains) gains[candidate] = gainOf(candidate);
      order.push(candidate);
    }
    // Usually the best is feasible at once; the sort is only for the rare pass-over.
    let best = -1;
    for (const candidate of order) {
      if (best < 0 || (gains[candidate] ?? 0) > (gains[best] ?? 0)) best = candidate;
    }
    if (best < 0) return null;
    if (feasible(best)) return { candidate: best, gain: gains[best] ?? 0 };
    order.sort((a, b) => (gains[b] ?? 0) - (gains[a] ?? 0) || a - b);
    for (const candidate of order) {
      if (feasible(candidate)) return { candidate, gain: gains[candidate] ?? 0 };
    }
    return null;
  };
}

/**
 * Lazy greedy (CELF): upper bounds in a heap, re-evaluated only at the top. Sound when a
 * candidate's gain never grows as others are picked (and in floating point too: the sums of a
 * shrinking set of non-negative terms, added in the same order, cannot grow), so lazy and plain
 * pick the same sites. Candidates that can never be picked again are dropped as they surface.
 */
function lazyChooser(
  candidateCount: number,
  open: Uint8Array,
  gainOf: (candidate: number) => number,
  allGains: ((gains: Float64Array) => void) | null,
): Chooser {
  const heap = new BoundHeap(candidateCount);
  let heaped = false;
  /** 1 + the number of picks there were when each candidate's bound was last evaluated. */
  const evaluatedAt = new Int32Array(candidateCount);
  return (allowed, feasible, picked) => {
    if (!heaped) {
      // Built at the first round, after the forced picks, so their effect is in the bounds.
      const first = allGains ? new Float64Array(candidateCount) : null;
      if (first && allGains) allGains(first);
      for (let candidate = 0; candidate < candidateCount; candidate++) {
        if (!open[candidate]) continue;
        heap.append(first ? (first[candidate] as number) : gainOf(candidate), candidate);
        evaluatedAt[candidate] = picked + 1;
      }
      heap.heapify();
      heaped = true;
    }
    const passedOver: { candidate: number; gain: number }[] = [];
    let choice: { candidate: number; gain: number } | null = null;
    while (heap.size > 0) {
      const candidate = heap.topItem();
      if (!allowed(candidate)) {
        heap.pop();
        continue;
      }
      if (evaluatedAt[candidate] !== picked + 1) {
        // A stale bound: evaluate afresh and let the heap place it again.
        heap.pop();
        evaluatedAt[candidate] = picked + 1;
        heap.push(gainOf(candidate), candidate);
        continue;
      }
      // Fresh and on top: no other candidate's bound, hence true gain, beats it.
      const gain = heap.topBound();
      heap.pop();
      if (feasible(candidate)) {
        choice = { candidate, gain };
        break;
      }
      passedOver.push({ candidate, gain });
    }
    for (const entry of passedOver) heap.push(entry.gain, entry.candidate);
    // A pick of no gain may be refused (the search then turns to the required areas): keep it.
    if (choice && choice.gain <= 0) heap.push(choice.gain, choice.candidate);
    return choice;
  };
}

/**
 * Whether picking the candidate leaves every other required area without a pick at least one
 * open candidate (the minimum distance may close the last ones).
 */
function leavesRequiredAreasServable(
  candidate: number,
  state: SearchState,
  places: CandidatePlaces,
  near: NearCandidates,
): boolean {
  if (state.unsatisfied.size === 0) return true;
  const ownArea = places.areaOfCandidate[candidate] ?? -1;
  const closing = new Map<number, number>();
  for (const other of [candidate, ...near.of(candidate)]) {
    if (!state.open[other]) continue;
    const area = places.areaOfCandidate[other] ?? -1;
    closing.set(area, (closing.get(area) ?? 0) + 1);
  }
  for (const area of state.unsatisfied) {
    if (area === ownArea) continue;
    if ((state.openInArea.get(area) ?? 0) - (closing.get(area) ?? 0) <= 0) return false;
  }
  return true;
}

/** Closes a pick and its near neighbours, and serves its area. */
function close(candidate: number, state: SearchState, places: CandidatePlaces, near: NearCandidates): void {
  for (const other of [candidate, ...near.of(candidate)]) {
    if (!state.open[other]) continue;
    state.open[other] = 0;
    const area = places.areaOfCandidate[other] ?? -1;
    state.openInArea.set(area, (state.openInArea.get(area) ?? 0) - 1);
  }
  state.unsatisfied.delete(places.areaOfCandidate[candidate] ?? -1);
}
