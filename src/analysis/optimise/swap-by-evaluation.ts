/**
 * Teitz–Bart exchanges for an objective known only by its value on a set of picks (the seats
 * objective, whose gain is not submodular and has no list structure to exploit): each pick in
 * turn against every candidate that may replace it, the best kept when it improves, until a full
 * round over the picks improves nothing. Slower than the list-based search, and as general.
 */
import type { Exchange, ExchangeResult } from './exchange-search.ts';
import {
  type CandidatePlaces,
  ExchangeRules,
  type NearCandidates,
  type SiteConstraints,
} from './site-constraints.ts';

/**
 * Exchanges from a starting set, evaluating `value` on every trial set (larger is better).
 * Deterministic: picks in turn, candidates by index, ties to the lower index.
 * @example swapByEvaluation(places, { count: 4 }, near, greedyPicks, (picks) => seated(picks), 1e-6).value
 */
export function swapByEvaluation(
  places: CandidatePlaces,
  constraints: SiteConstraints,
  near: NearCandidates,
  start: readonly number[],
  value: (picks: readonly number[]) => number,
  tolerance: number,
  shouldStop?: () => boolean,
): ExchangeResult & { evaluations: number } {
  const rules = new ExchangeRules(places, constraints, near, start);
  const picks = [...start];
  let current = value(picks);
  let evaluations = 1;
  const bestExchange = (pick: number): Exchange => {
    let best: Exchange = { pick, candidate: -1, change: Number.NEGATIVE_INFINITY };
    if (!rules.mayLeave(pick)) return best;
    const position = picks.indexOf(pick);
    for (let candidate = 0; candidate < places.candidates.length; candidate++) {
      if (!rules.mayReplace(pick, candidate)) continue;
      const trial = [...picks];
      trial[position] = candidate;
      const change = value(trial) - current;
      evaluations++;
      if (change > best.change) best = { pick, candidate, change };
    }
    return best;
  };
  let made = 0;
  let cancelled = false;
  let sinceLast = 0;
  let position = 0;
  while (picks.length > 0 && sinceLast < picks.length) {
    if (shouldStop?.()) {
      cancelled = true;
      break;
    }
    const pick = picks[position] ?? 0;
    const best = bestExchange(pick);
    if (best.candidate >= 0 && best.change > tolerance) {
      rules.exchange(pick, best.candidate);
      picks[position] = best.candidate;
      current += best.change;
      made++;
      sinceLast = 0;
    } else {
      sinceLast++;
    }
    position = (position + 1) % picks.length;
  }
  const runnersUp = picks.map((pick) => bestExchange(pick));
  return { picks, value: value(picks), exchanges: made, runnersUp, cancelled, evaluations };
}
