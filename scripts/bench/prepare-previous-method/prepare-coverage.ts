/**
 * `prepareCoverage` as it was before the buffers of a count in the frame (`nearest`,
 * `gapSlotOfPosition`, …) were made on first use: every buffer allocated by the preparation, on the
 * copy of the previous preparePoints beside it (prepare-points.ts), for the benchmark and the
 * equality test (tests/unit/analysis/prepare-points.test.ts). Not used by the app.
 */
import {
  type CoverageFrame,
  PERCENTILE_BUCKETS,
  SelectionScratch,
  STRIDE,
} from '../../../src/analysis/prepare-coverage.ts';
import { preparePoints } from './prepare-points.ts';

/**
 * Prepares the population points once for every kind, with the previous preparePoints.
 * @example const frame = prepareCoverage(points, populations, areaOfPoint, townships.length)
 */
export function prepareCoverage(
  points: readonly { lon: number; lat: number }[],
  weights: Float64Array,
  areaOfPoint: Int32Array,
  areaCount: number,
): CoverageFrame {
  const count = points.length;
  const prepared = preparePoints(points);
  const { order } = prepared;
  const slots = order.length;
  const slotWeights = new Float64Array(slots);
  const slotAreas = new Int32Array(slots);
  for (let slot = 0; slot < slots; slot++) {
    const position = order[slot] ?? 0;
    const area = areaOfPoint[position] ?? -1;
    slotWeights[slot] = weights[position] ?? 0;
    slotAreas[slot] = area >= 0 ? area : areaCount;
  }
  const areaPoints = new Int32Array(areaCount + 1);
  const areaPopulation = new Float64Array(areaCount + 1);
  const areaTotal = new Float64Array(areaCount + 1);
  for (let position = 0; position < count; position++) {
    const found = areaOfPoint[position] ?? -1;
    const area = found >= 0 ? found : areaCount;
    const weight = weights[position] ?? 0;
    areaPoints[area] = (areaPoints[area] ?? 0) + 1;
    areaPopulation[area] = (areaPopulation[area] ?? 0) + weight;
    if (weight > 0) areaTotal[area] = (areaTotal[area] ?? 0) + weight;
  }
  return {
    prepared,
    weights,
    areaOfPoint,
    areaCount,
    slotWeights,
    slotAreas,
    unplaced: prepared.unplaced,
    areaPoints,
    areaPopulation,
    areaTotal,
    nearest: {
      distances: new Float64Array(slots),
      nearest: new Int32Array(slots),
      exact: new Uint8Array(slots),
    },
    bucketOfSlot: new Uint8Array(slots),
    areaFigures: new Float64Array((areaCount + 1) * STRIDE),
    areaBuckets: new Float64Array((areaCount + 1) * PERCENTILE_BUCKETS),
    radiusOfArea: new Float64Array(areaCount + 1),
    gapSlotOfPosition: new Int32Array(count).fill(-1),
    scratch: new SelectionScratch(),
  };
}
