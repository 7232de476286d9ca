/**
 * Final picks in the order that explains them best: the one that adds most first, then the one
 * that adds most to it, and so on — so each pick's gain is what it adds to the ones before, and the
 * gains add up to the whole. (Swap and exact answer with a set; greedy's own order is this one.)
 */

/** What ordering asks of an objective's state. */
export interface OrderingState {
  gainOf(candidate: number): number;
  take(candidate: number): void;
}

/**
 * The picks ordered by what each adds, ties to the lower index, with those gains.
 * @example orderPicks([7, 2, 9], new CoverageState(problem)) // { picks: [9, 2, 7], gains: [540, 310, 120] }
 */
export function orderPicks(
  picks: readonly number[],
  state: OrderingState,
): { picks: number[]; gains: number[] } {
  const left = [...picks].sort((a, b) => a - b);
  const ordered: number[] = [];
  const gains: number[] = [];
  while (left.length > 0) {
    let best = 0;
    let bestGain = Number.NEGATIVE_INFINITY;
    left.forEach((candidate, position) => {
      const gain = state.gainOf(candidate);
      if (gain > bestGain) {
        bestGain = gain;
        best = position;
      }
    });
    const [candidate] = left.splice(best, 1);
    if (candidate === undefined) break;
    state.take(candidate);
    ordered.push(candidate);
    gains.push(bestGain);
  }
  return { picks: ordered, gains };
}
