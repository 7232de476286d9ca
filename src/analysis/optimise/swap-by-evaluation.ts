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
 * Deterministic: picks in turn, the largest change, ties to the lower index.
 * @param gainBound an upper bound on what a candidate adds to any set, when the objective knows
 *   one (the seats a site could fill): trials that cannot beat the best so far are skipped, with
 *   the same answer
 * @param prepareAround told the set every trial of a pick builds on (the picks without it), before
 *   the trials, for an objective that answers "that set plus one candidate" faster when prepared
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
  gainBound?: (candidate: number) => number,
  prepareAround?: (set: readonly number[]) => void,
): ExchangeResult & { evaluations: number } {
  const rules = new ExchangeRules(places, constraints, near, start);
  const picks = [...start];
  let current = value(picks);
  let evaluations = 1;
  const everyCandidate = Array.from({ length: places.candidates.length }, (_, candidate) => candidate);
  // With a bound, the candidates that could add most come first, so the rest can be skipped.
  const order = gainBound
    ? [...everyCandidate].sort((a, b) => gainBound(b) - gainBound(a) || a - b)
    : everyCandidate;
  const bestExchange = (pick: number): Exchange => {
    let best: Exchange = { pick, candidate: -1, change: Number.NEGATIVE_INFINITY };
    if (!rules.mayLeave(pick)) return best;
    const position = picks.indexOf(pick);
    const others = picks.filter((_, at) => at !== position);
    prepareAround?.(others);
    const without = gainBound ? value(others) : 0;
    for (const candidate of order) {
      if (!rules.mayReplace(pick, candidate)) continue;
      if (gainBound) {
        // value(picks − pick + candidate) ≤ value(picks − pick) + the candidate's bound.
        const most = without + gainBound(candidate) - current;
        if (most < best.change || (most === best.change && candidate > best.candidate)) continue;
      }
      const trial = [...picks];
      trial[position] = candidate;
      const change = value(trial) - current;
      evaluations++;
      // The largest change, ties to the lower index, whatever the order of the candidates.
      if (change > best.change || (change === best.change && candidate < best.candidate))
        best = { pick, candidate, change };
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
