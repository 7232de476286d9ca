/**
 * `prepareCoverage` as it was at 5570921, before the population and township of every slot were
 * gathered in the unit vectors' pass: on the copy of the previous preparePoints beside it
 * (prepare-points.ts), for the benchmark and the equality test
 * (tests/unit/analysis/prepare-points.test.ts). Not used by the app.
 */
import { type CoverageFrame, PreparedFrame } from '../../../src/analysis/prepare-coverage.ts';
import type { PreparedPoints } from '../../../src/analysis/prepare-points.ts';
import { preparePoints } from './prepare-points.ts';

/**
 * Prepares the population points once for every kind, with the previous preparePoints (or the
 * one given: the benchmark times the current one with the slot columns gathered apart).
 * @example const frame = prepareCoverage(points, populations, areaOfPoint, townships.length)
 */
export function prepareCoverage(
  points: readonly { lon: number; lat: number }[],
  weights: Float64Array,
  areaOfPoint: Int32Array,
  areaCount: number,
  prepare: (points: readonly { lon: number; lat: number }[]) => PreparedPoints = preparePoints,
): CoverageFrame {
  const count = points.length;
  const prepared = prepare(points);
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
