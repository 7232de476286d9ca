/**
 * `prepareCoverage` as it was on main at 3f19a31 (before the point objects were read once for the
 * whole analysis and the slots' townships kept in 16 bits), on the copies of that preparePoints
 * and quadtree beside it; the frame class is the app's. For the benchmark
 * (scripts/bench/prepare-points-bench.ts) and the equality tests; not used by the app.
 */
import { type CoverageFrame, PreparedFrame } from '../../../src/analysis/prepare-coverage.ts';
import { preparePointsWithSlotColumns } from './prepare-points.ts';

/**
 * Prepares the population points once for every kind: the prepared points, the population and
 * township of every slot and the figures of every township that do not depend on the kind. The
 * buffers of a count in the frame (`nearest`, `gapSlotOfPosition`, …) are made on first use.
 * @param weights population of every point
 * @param areaOfPoint township index of every point (−1: none)
 * @example const frame = prepareCoverage(points, populations, areaOfPoint, townships.length)
 */
export function prepareCoverage(
  points: readonly { lon: number; lat: number }[],
  weights: Float64Array,
  areaOfPoint: Int32Array,
  areaCount: number,
): CoverageFrame {
  const count = points.length;
  // The population and township of every slot are gathered in the unit vectors' pass.
  const { prepared, slotWeights, slotAreas } = preparePointsWithSlotColumns(
    points,
    weights,
    areaOfPoint,
    areaCount,
  );
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
  return new PreparedFrame(
    prepared,
    weights,
    areaOfPoint,
    areaCount,
    slotWeights,
    slotAreas,
    areaPoints,
    areaPopulation,
    areaTotal,
  );
}
