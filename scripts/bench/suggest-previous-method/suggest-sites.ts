/**
 * `suggestSites` as it was before stamped lists were read as runs of slots: the same greedy
 * search over the previous covering state (./coverage-state.ts). Kept only to be timed beside
 * the current code in scripts/bench/suggest-bench.ts; never used by the atlas.
 */
import { selectGreedily } from '../../../src/analysis/optimise/select-greedily.ts';
import type { CoveringOptions, CoveringResult } from '../../../src/analysis/suggest-sites.ts';
import { CoverageState, type CoveringProblem } from './coverage-state.ts';

/**
 * Picks up to `count` candidates greedily: the forced ones first, then each round the eligible
 * candidate that covers the most population not yet covered, ties to the lower candidate index.
 * Deterministic. The rules (minimum distance, required areas, early stop) are those of
 * `selectGreedily`.
 *
 * Lazy evaluation is sound here because the gain is submodular — a candidate's gain never grows
 * as others are picked — and that holds in floating point too, so lazy and plain pick the same
 * sites.
 * @throws UnmetRequestError when k < 1, k is smaller than the number of required areas, a
 *   required area has no eligible candidate, or the minimum distance makes the required areas
 *   impossible to serve together.
 * @example suggestSites(problem, { count: 5, requiredAreas: [2, 7], minimumDistance: 1000 }).picks[0].candidate
 */
export function previousSuggestSites(problem: CoveringProblem, options: CoveringOptions): CoveringResult {
  const state = new CoverageState(problem);
  const { weights, areaOfPoint } = problem;
  const gainByArea: { area: number; population: number }[][] = [];
  const selection = selectGreedily(
    problem,
    {
      gainOf: (candidate) => state.gainOf(candidate),
      gainsOfAll: (gains) => state.gainsOfAll(gains),
      take: (candidate) => {
        const byArea = new Map<number, number>();
        state.add(candidate, (point) => {
          const area = areaOfPoint[point] ?? -1;
          byArea.set(area, (byArea.get(area) ?? 0) + (weights[point] ?? 0));
        });
        gainByArea.push(
          [...byArea]
            .filter(([, population]) => population > 0)
            .map(([area, population]) => ({ area, population }))
            .sort((a, b) => b.population - a.population || a.area - b.area),
        );
      },
    },
    { ...options, evaluation: options.evaluation ?? 'lazy' },
  );

  const covered = new Uint8Array(weights.length);
  const before = problem.coveredBefore;
  const covers = state.covers;
  let total = 0;
  let coveredBefore = 0;
  let coveredAfter = 0;
  for (let point = 0; point < weights.length; point++) {
    const weight = weights[point] ?? 0;
    total += weight;
    if (before[point]) coveredBefore += weight;
    if ((covers[point] as number) > 0) {
      covered[point] = 1;
      coveredAfter += weight;
    }
  }
  return {
    picks: selection.picks.map((candidate, rank) => ({
      candidate,
      gain: selection.gains[rank] ?? 0,
      gainByArea: gainByArea[rank] ?? [],
    })),
    total,
    coveredBefore,
    coveredAfter,
    evaluations: selection.evaluations,
    stopped: selection.stopped,
    covered,
  };
}
