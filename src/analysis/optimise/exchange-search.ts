/**
 * The exchange search (Teitz–Bart) shared by the objectives whose value changes by sums over
 * lists: the best exchange of a pick is found from every candidate's gain (kept up to date by the
 * objective), the pick's loss, and the few candidates that share what the pick alone provides —
 * every other candidate's exchange value is just its gain minus the loss.
 */

import type { CandidatePlaces } from './site-constraints.ts';
import { ExchangeRules, type NearCandidates, type SiteConstraints } from './site-constraints.ts';

/** The best exchange for one pick. */
export interface Exchange {
  /** The pick that would leave. */
  pick: number;
  /** The candidate that would come in; −1 when none may. */
  candidate: number;
  /** The change of the objective (positive = better), −∞ when no candidate may come in. */
  change: number;
}

/** What an objective tells the exchange search. */
export interface ExchangeObjective {
  /**
   * What each candidate would add to the picks as they are (kept up to date by `exchange`); the
   * search reads it, never writes it.
   */
  readonly gains: Float64Array;
  /**
   * What the picks lose when `pick` leaves, and for the candidates that would win back part of
   * it, how much (the "shared" part that is not in their gain).
   */
  lossOf(pick: number): { loss: number; shared: Map<number, number> };
  /** Makes the exchange, updating the gains. */
  exchange(pick: number, candidate: number): void;
  /** The objective's value summed afresh (rounding does not build up over exchanges). */
  recount(): number;
}

/** Options of an exchange search. */
export interface ExchangeOptions {
  /** An extra test of an exchange (e.g. consolidation's township targets); all pass when absent. */
  accept?: (pick: number, candidate: number) => boolean;
  /** Asked between exchanges; true stops with the picks so far. */
  shouldStop?: () => boolean;
}

/** The picks after the exchanges. */
export interface ExchangeResult {
  picks: number[];
  /** The objective's value with the final picks (a gain: larger is better). */
  value: number;
  /** Exchanges made. */
  exchanges: number;
  /** For every final pick, its best exchange (none improves): the runner-up and its change. */
  runnersUp: Exchange[];
  cancelled: boolean;
}

/** The search state: picks, rules, and the candidates ordered by gain when asked. */
export class ExchangeSearch {
  readonly rules: ExchangeRules;
  readonly picks: number[];
  private order = new Int32Array(0);
  private orderFresh = false;

  /** Around a set of picks. */
  constructor(
    readonly objective: ExchangeObjective,
    places: CandidatePlaces,
    constraints: SiteConstraints,
    near: NearCandidates,
    picks: readonly number[],
    private readonly accept?: (pick: number, candidate: number) => boolean,
  ) {
    this.picks = [...picks];
    this.rules = new ExchangeRules(places, constraints, near, picks);
  }

  private sortedByGain(): Int32Array {
    if (!this.orderFresh) {
      const gains = this.objective.gains;
      const order = Array.from({ length: gains.length }, (_, candidate) => candidate);
      order.sort((a, b) => (gains[b] ?? 0) - (gains[a] ?? 0) || a - b);
      this.order = Int32Array.from(order);
      this.orderFresh = true;
    }
    return this.order;
  }

  /**
   * The best exchange for a pick: the candidate whose coming in (with the pick gone) adds the most;
   * change = gain(candidate) + shared(pick, candidate) − loss(pick). Ties to the lower index.
   */
  bestExchange(pick: number): Exchange {
    const none: Exchange = { pick, candidate: -1, change: Number.NEGATIVE_INFINITY };
    if (!this.rules.mayLeave(pick)) return none;
    const { loss, shared } = this.objective.lossOf(pick);
    const gains = this.objective.gains;
    const may = (candidate: number) =>
      this.rules.mayReplace(pick, candidate) && (!this.accept || this.accept(pick, candidate));
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    const sharing = [...shared].sort(
      (a, b) => b[1] + (gains[b[0]] ?? 0) - (a[1] + (gains[a[0]] ?? 0)) || a[0] - b[0],
    );
    for (const [candidate, part] of sharing) {
      if (may(candidate)) {
        best = candidate;
        bestValue = (gains[candidate] ?? 0) + part;
        break;
      }
    }
    // The others in order of gain: the first that may come in is the best of them.
    for (const candidate of this.sortedByGain()) {
      const gain = gains[candidate] ?? 0;
      if (gain < bestValue || (gain === bestValue && candidate > best && best >= 0)) break;
      if (shared.has(candidate)) continue;
      if (may(candidate)) {
        best = candidate;
        bestValue = gain;
        break;
      }
    }
    return best < 0 ? none : { pick, candidate: best, change: bestValue - loss };
  }

  /** Makes an exchange. */
  apply(pick: number, candidate: number): void {
    this.objective.exchange(pick, candidate);
    this.rules.exchange(pick, candidate);
    this.picks[this.picks.indexOf(pick)] = candidate;
    this.orderFresh = false;
  }
}

/**
 * Teitz–Bart: each pick in turn is exchanged for its best replacement when that improves the
 * value by more than `tolerance`, until a full round over the picks improves nothing. Every
 * exchange keeps the rules (forced picks stay; minimum distance; required areas). Deterministic;
 * the value never falls below the start's.
 * @example searchExchanges(new ExchangeSearch(objective, places, constraints, near, greedyPicks), 1e-6).value
 */
export function searchExchanges(
  search: ExchangeSearch,
  tolerance: number,
  shouldStop?: () => boolean,
): ExchangeResult {
  let made = 0;
  let cancelled = false;
  let sinceLast = 0;
  let position = 0;
  const { picks } = search;
  while (picks.length > 0 && sinceLast < picks.length) {
    if (shouldStop?.()) {
      cancelled = true;
      break;
    }
    const pick = picks[position] ?? 0;
    const best = search.bestExchange(pick);
    if (best.candidate >= 0 && best.change > tolerance) {
      search.apply(pick, best.candidate);
      made++;
      sinceLast = 0;
    } else {
      sinceLast++;
    }
    position = (position + 1) % picks.length;
  }
  const runnersUp = picks.map((pick) => search.bestExchange(pick));
  return { picks: [...picks], value: search.objective.recount(), exchanges: made, runnersUp, cancelled };
}
