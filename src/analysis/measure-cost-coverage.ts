/**
 * Coverage of one service kind from each point's cost to its nearest school under any cost
 * model (road minutes, say): the same figures as `measureKindCoverage` gives for the straight
 * line, for every area and the district, and the points beyond their threshold.
 */
import type { KindCoverageResult } from './measure-kind-coverage.ts';
import { summariseCoverage } from './summarise-coverage.ts';

/**
 * Sums coverage per area. A point is covered when its cost is within the threshold of its area
 * (`thresholdOfArea`, NaN = district-wide; points in no area use `outsideThreshold`); an
 * unreachable point (cost Infinity) is never covered and counts as unreachable in the figures.
 * @param costs cost of every point to its nearest school, in the model's unit
 * @param areaOfPoint area (township index) of every point, −1 for none
 * @param edges the histogram's bin edges, in the model's unit
 * @example measureCostCoverage(minutes, weights, areaOfPoint, 9, thresholds, 40, MINUTE_BIN_EDGES).district.share
 */
export function measureCostCoverage(
  costs: Float64Array,
  weights: Float64Array,
  areaOfPoint: Int32Array,
  areaCount: number,
  thresholdOfArea: Float64Array,
  outsideThreshold: number,
  edges: readonly number[],
): KindCoverageResult {
  const count = costs.length;
  const thresholds: (number | null)[] = new Array(count);
  // Points by area (counting sort), the points in no area last.
  const areaStart = new Int32Array(areaCount + 2);
  for (let position = 0; position < count; position++) {
    const found = areaOfPoint[position] ?? -1;
    const area = found >= 0 ? found : areaCount;
    areaStart[area + 1] = (areaStart[area + 1] ?? 0) + 1;
    const threshold = area === areaCount ? outsideThreshold : (thresholdOfArea[area] ?? Number.NaN);
    thresholds[position] = Number.isNaN(threshold) ? null : threshold;
  }
  for (let area = 0; area <= areaCount; area++) {
    areaStart[area + 1] = (areaStart[area + 1] ?? 0) + (areaStart[area] ?? 0);
  }
  const byArea = new Int32Array(count);
  const fill = areaStart.slice(0, areaCount + 1);
  const gaps: number[] = [];
  for (let position = 0; position < count; position++) {
    const found = areaOfPoint[position] ?? -1;
    const area = found >= 0 ? found : areaCount;
    byArea[fill[area] ?? 0] = position;
    fill[area] = (fill[area] ?? 0) + 1;
    const threshold = thresholds[position] ?? null;
    if (threshold !== null && (weights[position] ?? 0) > 0 && !((costs[position] ?? 0) <= threshold)) {
      gaps.push(position);
    }
  }
  const areas = Array.from({ length: areaCount }, (_, area) =>
    summariseCoverage(
      byArea.subarray(areaStart[area] ?? 0, areaStart[area + 1] ?? 0),
      weights,
      costs,
      thresholds,
      edges,
    ),
  );
  const everyPoint = new Int32Array(count);
  for (let position = 0; position < count; position++) everyPoint[position] = position;
  return {
    district: summariseCoverage(everyPoint, weights, costs, thresholds, edges),
    areas,
    gapPositions: Int32Array.from(gaps),
    gapDistances: Float64Array.from(gaps, (position) => costs[position] ?? Number.POSITIVE_INFINITY),
  };
}
