/**
 * Which population points each site covers under a cost model (road travel time): the points
 * whose cost from the site is within their own threshold. The same lists as
 * `buildCoverageLists` gives for the straight line, so the optimiser's searches take either.
 */
import { MessageError, message } from '../domain/message.ts';
import {
  type CoverageListOptions,
  type CoverageLists,
  MAXIMUM_COVERAGE_PAIRS,
} from './build-coverage-lists.ts';
import type { CostModel, Place } from './prepare-cost-model.ts';

/**
 * For every site, the points within their own threshold of it by the model: site s covers point
 * p when `model.reach(s)` gives p a cost at most `thresholdOfPoint[p]` (minutes by road); a point
 * whose threshold is not a finite non-negative number, or that `include` leaves out, is in no
 * list. One search per site, bounded at the largest threshold; the lists are refused once they
 * pass the limit of pairs.
 * @throws MessageError when the lists would hold more than `maximumPairs` pairs
 * @example buildCostCoverageLists(model, Float64Array.from(points, () => 40), candidates).start[1]
 */
export function buildCostCoverageLists(
  model: CostModel,
  thresholdOfPoint: ArrayLike<number>,
  sites: readonly Place[],
  options: CoverageListOptions = {},
): CoverageLists {
  const { include } = options;
  const maximumPairs = options.maximumPairs ?? MAXIMUM_COVERAGE_PAIRS;
  let largest = -1;
  for (let point = 0; point < model.pointCount; point++) {
    const threshold = thresholdOfPoint[point] ?? Number.NaN;
    if (include && !include[point]) continue;
    if (Number.isFinite(threshold) && threshold > largest) largest = threshold;
  }
  const start = new Int32Array(sites.length + 1);
  if (largest < 0) return { sites: sites.length, start, points: new Int32Array(0) };
  let covered = new Int32Array(Math.max(1024, sites.length * 16));
  let length = 0;
  sites.forEach((site, index) => {
    start[index] = length;
    if (!Number.isFinite(site.lon) || !Number.isFinite(site.lat)) return;
    const { positions, costs } = model.reach(site, largest);
    positions.forEach((point, slot) => {
      if (include && !include[point]) return;
      const threshold = thresholdOfPoint[point] ?? Number.NaN;
      if (
        !(
          Number.isFinite(threshold) &&
          threshold >= 0 &&
          (costs[slot] ?? Number.POSITIVE_INFINITY) <= threshold
        )
      )
        return;
      if (length === maximumPairs) {
        throw new MessageError(
          message('coveragePairsOverLimit', {
            pairs: Math.round(((length + 1) * sites.length) / (index + 1)).toLocaleString('en-US'),
            limit: maximumPairs.toLocaleString('en-US'),
            megabytes: Math.round((length * Int32Array.BYTES_PER_ELEMENT) / 1024 / 1024).toLocaleString(
              'en-US',
            ),
          }),
        );
      }
      if (length === covered.length) {
        const grown = new Int32Array(Math.min(covered.length * 2, maximumPairs));
        grown.set(covered);
        covered = grown;
      }
      covered[length++] = point;
    });
  });
  start[sites.length] = length;
  return { sites: sites.length, start, points: covered.slice(0, length) };
}
