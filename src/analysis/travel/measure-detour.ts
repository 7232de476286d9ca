/**
 * How much the roads lengthen the way to school compared with the straight line: per township,
 * the population-weighted median of road time ÷ straight-line time, and the people whom the
 * straight line counts as covered but the road does not.
 */
import { weightedPercentiles } from '../summarise-distances.ts';

/** The detour figures of one area (a township, or the district). */
export interface DetourFigures {
  /**
   * Population-weighted median of (minutes by road to the nearest school) ÷ (minutes to cover
   * the straight-line distance to the nearest school at the mode's reference speed); null when
   * no point has both.
   */
  medianRatio: number | null;
  /** Population within the straight-line radius of a school but beyond the time threshold by road. */
  hiddenGapPopulation: number;
}

/** Detour figures per area and for the district, and the points behind the hidden gaps. */
export interface DetourResult {
  district: DetourFigures;
  /** By area index. */
  areas: DetourFigures[];
  /** Positions of the points covered by the straight line but not by road, ascending. */
  hiddenGapPositions: Int32Array;
}

/**
 * Measures the detour of every area.
 * @param roadMinutes minutes by road to the nearest school, per point (Infinity: unreachable)
 * @param straightMetres metres in a straight line to the nearest school, per point
 * @param thresholdOfArea minutes, per area (NaN: district-wide); `radiusOfArea` metres, likewise
 * @param referenceMetresPerMinute the mode's reference speed (see `referenceSpeed`) in metres per minute
 * @example measureDetour(minutes, metres, weights, areaOfPoint, 9, thresholds, 40, radii, 2500, 75).areas[0].medianRatio
 */
export function measureDetour(
  roadMinutes: Float64Array,
  straightMetres: Float64Array,
  weights: Float64Array,
  areaOfPoint: Int32Array,
  areaCount: number,
  thresholdOfArea: Float64Array,
  outsideThreshold: number,
  radiusOfArea: Float64Array,
  outsideRadius: number,
  referenceMetresPerMinute: number,
): DetourResult {
  const count = roadMinutes.length;
  const groups = areaCount + 1;
  const ratios = new Float64Array(count);
  const ratioWeights = new Float64Array(count);
  const ratioArea = new Int32Array(count);
  const totals = new Float64Array(groups);
  const hidden = new Float64Array(groups);
  const hiddenPositions: number[] = [];
  let withRatio = 0;
  for (let position = 0; position < count; position++) {
    const weight = weights[position] ?? 0;
    if (!(weight > 0)) continue;
    const found = areaOfPoint[position] ?? -1;
    const area = found >= 0 ? found : areaCount;
    const minutes = roadMinutes[position] ?? Number.POSITIVE_INFINITY;
    const metres = straightMetres[position] ?? Number.POSITIVE_INFINITY;
    const radius = area === areaCount ? outsideRadius : (radiusOfArea[area] ?? Number.NaN);
    const threshold = area === areaCount ? outsideThreshold : (thresholdOfArea[area] ?? Number.NaN);
    if (metres <= radius && !(minutes <= threshold) && !Number.isNaN(threshold)) {
      hidden[area] = (hidden[area] ?? 0) + weight;
      hiddenPositions.push(position);
    }
    // A school at the point itself has no ratio; an unreachable point has an infinite one, kept
    // in the population total so that it pulls the median up as it should.
    if (!(metres > 0) || !Number.isFinite(metres)) continue;
    totals[area] = (totals[area] ?? 0) + weight;
    if (!Number.isFinite(minutes)) continue;
    ratios[withRatio] = minutes / (metres / referenceMetresPerMinute);
    ratioWeights[withRatio] = weight;
    ratioArea[withRatio] = area;
    withRatio++;
  }
  // The ratios of each area together, then one selection per area.
  const start = new Int32Array(groups + 1);
  for (let index = 0; index < withRatio; index++) {
    const area = ratioArea[index] ?? 0;
    start[area + 1] = (start[area + 1] ?? 0) + 1;
  }
  for (let area = 0; area < groups; area++) start[area + 1] = (start[area + 1] ?? 0) + (start[area] ?? 0);
  const sortedRatios = new Float64Array(withRatio);
  const sortedWeights = new Float64Array(withRatio);
  const fill = start.slice(0, groups);
  for (let index = 0; index < withRatio; index++) {
    const area = ratioArea[index] ?? 0;
    const at = fill[area] ?? 0;
    sortedRatios[at] = ratios[index] ?? 0;
    sortedWeights[at] = ratioWeights[index] ?? 0;
    fill[area] = at + 1;
  }
  const medianOf = (values: Float64Array, valueWeights: Float64Array, size: number, total: number) =>
    weightedPercentiles(values, valueWeights, size, total, [0.5])[0] ?? null;
  const areas: DetourFigures[] = [];
  for (let area = 0; area < areaCount; area++) {
    const from = start[area] ?? 0;
    const to = start[area + 1] ?? 0;
    areas.push({
      medianRatio: medianOf(
        sortedRatios.slice(from, to),
        sortedWeights.slice(from, to),
        to - from,
        totals[area] ?? 0,
      ),
      hiddenGapPopulation: hidden[area] ?? 0,
    });
  }
  let districtTotal = 0;
  let districtHidden = 0;
  for (let area = 0; area < groups; area++) {
    districtTotal += totals[area] ?? 0;
    districtHidden += hidden[area] ?? 0;
  }
  return {
    district: {
      medianRatio: medianOf(
        ratios.slice(0, withRatio),
        ratioWeights.slice(0, withRatio),
        withRatio,
        districtTotal,
      ),
      hiddenGapPopulation: districtHidden,
    },
    areas,
    hiddenGapPositions: Int32Array.from(hiddenPositions),
  };
}
