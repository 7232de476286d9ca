/**
 * Greedy maximal covering: pick k candidate sites one at a time, each covering the most
 * population not yet covered — the method of ArcGIS "Choose Best Facilities" (maximise coverage)
 * and of AccessMod's scaling-up analysis. Plain typed arrays in, plain data out.
 */
import { CoverageState, type CoveringProblem } from './optimise/coverage-state.ts';
import { type GreedyOptions, selectGreedily } from './optimise/select-greedily.ts';

/** How to pick: the common rules, and lazy or plain evaluation. */
export type CoveringOptions = Omit<GreedyOptions, 'evaluation'> & {
  /**
   * 'lazy' (default): CELF / Minoux accelerated greedy, stale upper bounds in a max-heap;
   * 'plain': every candidate re-evaluated every round. Both pick the same sites.
   */
  evaluation?: 'lazy' | 'plain';
};

/** One pick. */
export interface CoveringPick {
  /** Index of the candidate. */
  candidate: number;
  /** Population newly covered by this pick, given the earlier picks. */
  gain: number;
  /** The gain by area, largest first, zeros left out; area −1 = outside every area. */
  gainByArea: { area: number; population: number }[];
}

/** The picks and the figures around them. */
export interface CoveringResult {
  /** In the order picked. */
  picks: CoveringPick[];
  /** Population of all points. */
  total: number;
  /** Population covered before any pick. */
  coveredBefore: number;
  /** Population covered with every pick (summed afresh over the points, not from the gains). */
  coveredAfter: number;
  /** How many times a candidate's gain was summed over its list (what lazy evaluation saves). */
  evaluations: number;
  /**
   * Why fewer than k picks: 'cancelled' (shouldStop said so), 'no-gain' (no eligible candidate
   * adds population and no required area is left); null when all k were picked.
   */
  stopped: null | 'cancelled' | 'no-gain';
  /** 1 where a point is covered before or by the picks. */
  covered: Uint8Array;
}

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
export function suggestSites(problem: CoveringProblem, options: CoveringOptions): CoveringResult {
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
