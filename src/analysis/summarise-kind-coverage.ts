/**
 * The figures of one kind from the nearest school of every point (already in `frame.nearest`):
 * one pass over the points, in memory order, for the sums and histograms, and a selection for
 * the percentiles. Split from the search so that a search kept from an earlier analysis, updated
 * for the schools an edit changed, can be summarised again without searching every point.
 */
import { CHORD_DISTANCE_TOLERANCE_METRES } from './find-nearest-sites.ts';
import { haversineDistance } from './haversine-distance.ts';
import {
  BIN_OF_BUCKET,
  COVERED,
  type CoverageFrame,
  HISTOGRAM,
  NOT_COUNTED,
  PERCENTILE_BUCKETS,
  SEVERAL_BINS,
  STRIDE,
  UNREACHABLE,
} from './prepare-coverage.ts';
import type { KindCoverage } from './summarise-coverage.ts';
import { DISTANCE_BIN_EDGES, histogramBins, weightedPercentiles } from './summarise-distances.ts';

/** Coverage of one kind: the district, every area, and the points beyond the radius. */
export interface KindCoverageResult {
  district: KindCoverage;
  /** By area index. */
  areas: KindCoverage[];
  /** Positions of the points with population beyond their radius (none for district-wide kinds), ascending. */
  gapPositions: Int32Array;
  /**
   * Metres from each gap point to its nearest school (Infinity: none), same order. Within
   * {@link CHORD_DISTANCE_TOLERANCE_METRES} of `haversineDistance`.
   */
  gapDistances: Float64Array;
}

/**
 * The coverage figures of one kind from `frame.nearest` (distances, nearest sites and their
 * exactness by slot, as `findNearestSlots` leaves them for `sites`). Distances within a
 * micrometre of a threshold are replaced there by the exact haversine value.
 * @example findNearestSlots(frame.prepared, sites, frame.nearest); summariseKindCoverage(frame, sites, radii, 2500)
 */
export function summariseKindCoverage(
  frame: CoverageFrame,
  sites: readonly { lon: number; lat: number }[],
  radiusOfArea: Float64Array,
  outsideRadius: number,
): KindCoverageResult {
  const { prepared, slotWeights, slotAreas, areaCount, bucketOfSlot, areaFigures, areaBuckets } = frame;
  const { gapSlotOfPosition } = frame;
  const { coordinates, order } = prepared;
  const { distances, nearest, exact } = frame.nearest;

  areaFigures.fill(0);
  areaBuckets.fill(0);
  const radii = frame.radiusOfArea;
  radii.set(radiusOfArea.subarray(0, areaCount));
  radii[areaCount] = outsideRadius;
  let gapCount = 0;
  const lastEdge = DISTANCE_BIN_EDGES.length;
  const tolerance = CHORD_DISTANCE_TOLERANCE_METRES;

  for (let slot = 0; slot < order.length; slot++) {
    const area = slotAreas[slot] ?? areaCount;
    const weight = slotWeights[slot] ?? 0;
    const radius = radii[area] ?? Number.NaN;
    const offset = area * STRIDE;
    let distance = distances[slot] ?? Number.POSITIVE_INFINITY;
    let bucket = NOT_COUNTED;
    let bin = 0;
    if (distance < Number.POSITIVE_INFINITY) {
      bucket = Math.min(PERCENTILE_BUCKETS - 1, Math.floor(Math.sqrt(distance)));
      bin = BIN_OF_BUCKET[bucket] ?? SEVERAL_BINS;
      if (bin === SEVERAL_BINS || Math.abs(distance - radius) <= tolerance) {
        // Near a histogram edge or the radius: a distance taken from the chord decides nothing
        // within a micrometre of a threshold; there, the exact haversine value is used, and kept.
        bin = 0;
        while (bin < lastEdge && !(distance < (DISTANCE_BIN_EDGES[bin] ?? 0))) bin++;
        const nearThreshold =
          Math.abs(distance - radius) <= tolerance ||
          (bin > 0 && distance - (DISTANCE_BIN_EDGES[bin - 1] ?? 0) <= tolerance) ||
          (bin < lastEdge && (DISTANCE_BIN_EDGES[bin] ?? 0) - distance <= tolerance);
        if (nearThreshold && exact[slot] === 0) {
          const position = order[slot] ?? 0;
          const site = sites[nearest[slot] ?? 0] as { lon: number; lat: number };
          distance = haversineDistance(
            [coordinates[position * 2] ?? 0, coordinates[position * 2 + 1] ?? 0],
            [site.lon, site.lat],
          );
          distances[slot] = distance;
          exact[slot] = 1;
          bucket = Math.min(PERCENTILE_BUCKETS - 1, Math.floor(Math.sqrt(distance)));
          bin = 0;
          while (bin < lastEdge && !(distance < (DISTANCE_BIN_EDGES[bin] ?? 0))) bin++;
        }
      }
    }
    if (distance <= radius) areaFigures[offset + COVERED] = (areaFigures[offset + COVERED] ?? 0) + weight;
    else if (weight > 0 && !Number.isNaN(radius)) {
      gapSlotOfPosition[order[slot] ?? 0] = slot;
      gapCount++;
    }
    if (!(weight > 0)) bucket = NOT_COUNTED;
    else if (bucket === NOT_COUNTED) {
      areaFigures[offset + UNREACHABLE] = (areaFigures[offset + UNREACHABLE] ?? 0) + weight;
    } else {
      areaFigures[offset + HISTOGRAM + bin] = (areaFigures[offset + HISTOGRAM + bin] ?? 0) + weight;
      const index = area * PERCENTILE_BUCKETS + bucket;
      areaBuckets[index] = (areaBuckets[index] ?? 0) + weight;
    }
    bucketOfSlot[slot] = bucket;
  }
  // Points without coordinates: no school is near them.
  for (const position of frame.unplaced) {
    const found = frame.areaOfPoint[position] ?? -1;
    const area = found >= 0 ? found : areaCount;
    const weight = frame.weights[position] ?? 0;
    if (!(weight > 0)) continue;
    areaFigures[area * STRIDE + UNREACHABLE] = (areaFigures[area * STRIDE + UNREACHABLE] ?? 0) + weight;
    if (!Number.isNaN(radii[area] ?? Number.NaN)) {
      gapSlotOfPosition[position] = -2;
      gapCount++;
    }
  }

  const gapPositions = new Int32Array(gapCount);
  const gapDistances = new Float64Array(gapCount);
  for (let position = 0, gap = 0; gap < gapCount; position++) {
    const slot = gapSlotOfPosition[position] ?? -1;
    if (slot === -1) continue;
    gapSlotOfPosition[position] = -1;
    gapPositions[gap] = position;
    gapDistances[gap] = slot >= 0 ? (distances[slot] ?? 0) : Number.POSITIVE_INFINITY;
    gap++;
  }

  // The district: every area and the points in none.
  const groups = areaCount + 1;
  const district = areaCount + 1; // its figures and buckets go after the last group
  const figures = new Float64Array((groups + 1) * STRIDE);
  figures.set(areaFigures.subarray(0, groups * STRIDE));
  const buckets = new Float64Array((groups + 1) * PERCENTILE_BUCKETS);
  buckets.set(areaBuckets.subarray(0, groups * PERCENTILE_BUCKETS));
  for (let area = 0; area < groups; area++) {
    for (let figure = 0; figure < STRIDE; figure++) {
      const index = district * STRIDE + figure;
      figures[index] = (figures[index] ?? 0) + (areaFigures[area * STRIDE + figure] ?? 0);
    }
    for (let bucket = 0; bucket < PERCENTILE_BUCKETS; bucket++) {
      const index = district * PERCENTILE_BUCKETS + bucket;
      buckets[index] = (buckets[index] ?? 0) + (areaBuckets[area * PERCENTILE_BUCKETS + bucket] ?? 0);
    }
  }
  let districtPopulation = 0;
  let districtTotal = 0;
  let districtWithRadius = 0;
  let districtMeasured = false;
  for (let area = 0; area < groups; area++) {
    districtPopulation += frame.areaPopulation[area] ?? 0;
    districtTotal += frame.areaTotal[area] ?? 0;
    if (!Number.isNaN(radii[area] ?? Number.NaN) && (frame.areaPoints[area] ?? 0) > 0) {
      districtMeasured = true;
      districtWithRadius += frame.areaPopulation[area] ?? 0;
    }
  }

  // Percentiles: for every area (and the district) the bucket where the cumulative population
  // reaches 50 % and 90 %, then the points of just those buckets, gathered in one pass, and an
  // exact selection among them.
  const totalOf = (group: number) => (group === district ? districtTotal : (frame.areaTotal[group] ?? 0));
  const crossing = new Int32Array((groups + 1) * 2).fill(PERCENTILE_BUCKETS);
  const below = new Float64Array((groups + 1) * 2);
  for (let group = 0; group <= groups; group++) {
    if (group === areaCount) continue; // the points in no area have no figures of their own
    const total = totalOf(group);
    if (!(total > 0)) continue;
    let cumulative = 0;
    let bucket = 0;
    for (const [share, target] of [
      [0.5, group * 2],
      [0.9, group * 2 + 1],
    ] as const) {
      const needed = share * total;
      while (
        bucket < PERCENTILE_BUCKETS &&
        cumulative + (buckets[group * PERCENTILE_BUCKETS + bucket] ?? 0) < needed
      ) {
        cumulative += buckets[group * PERCENTILE_BUCKETS + bucket] ?? 0;
        bucket++;
      }
      crossing[target] = bucket;
      below[target] = cumulative;
    }
  }
  // Segments: 2·group for the median's bucket, 2·group + 1 for the 90th percentile's when it is another.
  const segmentStart = new Int32Array((groups + 1) * 2 + 1);
  // Two passes over the slots: count the points of each segment, then place them. Most points
  // are in no segment: the tests are ordered so that they fail fast.
  const districtMedian = crossing[district * 2] ?? PERCENTILE_BUCKETS;
  const districtP90 = crossing[district * 2 + 1] ?? PERCENTILE_BUCKETS;
  const medianSegment = district * 2;
  const p90Segment = district * 2 + 1;
  for (let slot = 0; slot < order.length; slot++) {
    const bucket = bucketOfSlot[slot] ?? NOT_COUNTED;
    if (bucket === NOT_COUNTED) continue;
    const area = slotAreas[slot] ?? areaCount;
    const segment =
      bucket === crossing[area * 2] ? area * 2 : bucket === crossing[area * 2 + 1] ? area * 2 + 1 : -1;
    if (segment >= 0) segmentStart[segment + 1] = (segmentStart[segment + 1] ?? 0) + 1;
    if (bucket === districtMedian)
      segmentStart[medianSegment + 1] = (segmentStart[medianSegment + 1] ?? 0) + 1;
    else if (bucket === districtP90) segmentStart[p90Segment + 1] = (segmentStart[p90Segment + 1] ?? 0) + 1;
  }
  for (let segment = 0; segment < segmentStart.length - 1; segment++) {
    segmentStart[segment + 1] = (segmentStart[segment + 1] ?? 0) + (segmentStart[segment] ?? 0);
  }
  const scratch = frame.scratch;
  scratch.reserve(segmentStart[segmentStart.length - 1] ?? 0);
  const scratchDistances = scratch.distances;
  const scratchWeights = scratch.weights;
  const fill = segmentStart.slice(0, segmentStart.length - 1);
  for (let slot = 0; slot < order.length; slot++) {
    const bucket = bucketOfSlot[slot] ?? NOT_COUNTED;
    if (bucket === NOT_COUNTED) continue;
    const area = slotAreas[slot] ?? areaCount;
    const segment =
      bucket === crossing[area * 2] ? area * 2 : bucket === crossing[area * 2 + 1] ? area * 2 + 1 : -1;
    const other = bucket === districtMedian ? medianSegment : bucket === districtP90 ? p90Segment : -1;
    if (segment < 0 && other < 0) continue;
    const distance = distances[slot] ?? 0;
    const weight = slotWeights[slot] ?? 0;
    if (segment >= 0) {
      const at = fill[segment] ?? 0;
      scratchDistances[at] = distance;
      scratchWeights[at] = weight;
      fill[segment] = at + 1;
    }
    if (other >= 0) {
      const at = fill[other] ?? 0;
      scratchDistances[at] = distance;
      scratchWeights[at] = weight;
      fill[other] = at + 1;
    }
  }
  const select = (group: number, which: 0 | 1): number | null => {
    const target = group * 2 + which;
    const bucket = crossing[target] ?? PERCENTILE_BUCKETS;
    if (bucket === PERCENTILE_BUCKETS) return null;
    // The 90th percentile's bucket may be the median's: then its points are in the median's segment.
    const segment = which === 1 && bucket === crossing[group * 2] ? group * 2 : target;
    const from = segmentStart[segment] ?? 0;
    const to = segmentStart[segment + 1] ?? 0;
    const needed = (which === 0 ? 0.5 : 0.9) * totalOf(group) - (below[target] ?? 0);
    return (
      weightedPercentiles(
        scratchDistances.subarray(from, to),
        scratchWeights.subarray(from, to),
        to - from,
        needed,
        [1],
      )[0] ?? null
    );
  };

  const coverageOf = (
    group: number,
    population: number,
    measured: boolean,
    withRadius: number,
  ): KindCoverage => {
    const covered = figures[group * STRIDE + COVERED] ?? 0;
    return {
      population,
      covered: measured ? covered : null,
      uncovered: measured ? withRadius - covered : null,
      share: measured && withRadius > 0 ? covered / withRadius : null,
      distance: {
        median: select(group, 0),
        p90: select(group, 1),
        histogram: histogramBins(figures, group * STRIDE + HISTOGRAM),
        unreachable: figures[group * STRIDE + UNREACHABLE] ?? 0,
      },
    };
  };
  const areas: KindCoverage[] = [];
  for (let area = 0; area < areaCount; area++) {
    const measured = !Number.isNaN(radii[area] ?? Number.NaN) && (frame.areaPoints[area] ?? 0) > 0;
    const population = frame.areaPopulation[area] ?? 0;
    areas.push(coverageOf(area, population, measured, measured ? population : 0));
  }
  return {
    district: coverageOf(district, districtPopulation, districtMeasured, districtWithRadius),
    areas,
    gapPositions,
    gapDistances,
  };
}
