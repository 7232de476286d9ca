/**
 * The seam where the optimiser's coverage lists are built: by straight-line distance within each
 * point's radius, or through the road model within each point's minutes. Suggestion and
 * consolidation ask here, so the user's 直线距离 / 道路时间 choice reaches them and nothing else
 * in their searches changes.
 */

import { buildCostCoverageLists } from './build-cost-coverage-lists.ts';
import { buildCoverageLists, type CoverageListOptions, type CoverageLists } from './build-coverage-lists.ts';
import type { CostModel, Place } from './prepare-cost-model.ts';

/** The points the lists refer to, each with its threshold, and the road model when there is one. */
export interface CoveragePoints {
  points: readonly Place[];
  /** Metres (straight line) or minutes (road model) that apply at each point; NaN: none. */
  radiusOfPoint: ArrayLike<number>;
  /** The road model built for `points`; null for the straight line. */
  costModel: CostModel | null;
}

/**
 * For every site, the points it covers under the distance model in use.
 * @throws MessageError when the lists would pass their limit of pairs
 * @example buildSiteCoverage(prepared, prepared.places, { include }).start
 */
export function buildSiteCoverage(
  coverage: CoveragePoints,
  sites: readonly Place[],
  options: CoverageListOptions = {},
): CoverageLists {
  return coverage.costModel
    ? buildCostCoverageLists(coverage.costModel, coverage.radiusOfPoint, sites, options)
    : buildCoverageLists(coverage.points, coverage.radiusOfPoint, sites, options);
}
