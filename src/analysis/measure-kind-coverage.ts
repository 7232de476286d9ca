/**
 * Coverage of one service kind over every township at once: the nearest school of every
 * population point (`findNearestSlots`), then one pass over the points, in memory order, for the
 * sums and histograms, and a selection for the percentiles. The per-point work that does not
 * depend on the kind (unit vectors, quadtree, township of every point) is done once in
 * {@link prepareCoverage} and shared by every kind.
 */
import {
  CHORD_DISTANCE_TOLERANCE_METRES,
  findNearestSlots,
  type NearestSites,
} from './find-nearest-sites.ts';
import { haversineDistance } from './haversine-distance.ts';
import { type PreparedPoints, preparePoints } from './prepare-points.ts';
import type { KindCoverage } from './summarise-coverage.ts';
import { DISTANCE_BIN_EDGES, histogramBins, weightedPercentiles } from './summarise-distances.ts';

/** Figures kept per area and kind, side by side: covered, unreachable, then the histogram bins. */
const COVERED = 0;
const UNREACHABLE = 1;
const HISTOGRAM = 2;
const STRIDE = 2 + DISTANCE_BIN_EDGES.length + 1;

/**
 * Percentile buckets: ⌊√metres⌋, so about 100 m wide at 2.5 km and 200 m at 10 km; the last
 * bucket takes everything from 64 km. A percentile is found exactly, by selection inside the one
 * bucket where the cumulative population reaches the share.
 */
const PERCENTILE_BUCKETS = 255;
const NOT_COUNTED = 255;
/** Marks a percentile bucket that reaches within the tolerance of a histogram edge. */
const SEVERAL_BINS = 255;
/** The histogram bin of every distance in a percentile bucket, or {@link SEVERAL_BINS}. */
const BIN_OF_BUCKET = Uint8Array.from({ length: PERCENTILE_BUCKETS }, (_, bucket) => {
  const from = bucket * bucket - CHORD_DISTANCE_TOLERANCE_METRES;
  const to =
    bucket === PERCENTILE_BUCKETS - 1
      ? Number.POSITIVE_INFINITY
      : (bucket + 1) * (bucket + 1) + CHORD_DISTANCE_TOLERANCE_METRES;
  if (DISTANCE_BIN_EDGES.some((edge) => edge >= from && edge <= to)) return SEVERAL_BINS;
  return DISTANCE_BIN_EDGES.filter((edge) => edge <= bucket * bucket).length;
});

/** Parallel distances and weights for the percentile selections, grown on demand. */
class SelectionScratch {
  distances = new Float64Array(1024);
  weights = new Float64Array(1024);

  /** Makes room for `size` pairs (the contents are not kept). */
  reserve(size: number) {
    if (size <= this.distances.length) return;
    const capacity = Math.max(size, this.distances.length * 2);
    this.distances = new Float64Array(capacity);
    this.weights = new Float64Array(capacity);
  }
}

/** Everything about the population points that every kind reuses (typed arrays, reused buffers). */
export interface CoverageFrame {
  prepared: PreparedPoints;
  /** Population of every point by position (a missing figure counts as 0). */
  weights: Float64Array;
  /** Township (area) index of every point by position, −1 for none. */
  areaOfPoint: Int32Array;
  areaCount: number;
  /** The same two by slot (the prepared Z-order), read in memory order by every kind; a point in no area has area `areaCount`. */
  slotWeights: Float64Array;
  slotAreas: Int32Array;
  /** Positions of the points without coordinates (in no slot): no school is near them. */
  unplaced: Int32Array;
  /** Per area (and, last, the points in no area), whatever the kind: points, population, population of the points with people. */
  areaPoints: Int32Array;
  areaPopulation: Float64Array;
  areaTotal: Float64Array;
  /** Buffers reused by every kind. */
  nearest: NearestSites;
  bucketOfSlot: Uint8Array;
  areaFigures: Float64Array;
  areaBuckets: Float64Array;
  radiusOfArea: Float64Array;
  /** Per kind, the slot of every gap point by position (−1: not a gap; −2: a gap without coordinates). */
  gapSlotOfPosition: Int32Array;
  scratch: SelectionScratch;
}

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
 * Prepares the population points once for every kind.
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

/**
 * Coverage of one kind. A point is covered when its nearest site is within the radius of its
 * area (`radiusOfArea`, NaN = district-wide; points in no area use `outsideRadius`). Sums run
 * over the points in Z-order (exact for whole-number populations, whatever the order).
 * @example measureKindCoverage(frame, primarySchools, radii, 2500).district.share
 */
export function measureKindCoverage(
  frame: CoverageFrame,
  sites: readonly { lon: number; lat: number }[],
  radiusOfArea: Float64Array,
  outsideRadius: number,
): KindCoverageResult {
  const { prepared, slotWeights, slotAreas, areaCount, bucketOfSlot, areaFigures, areaBuckets } = frame;
  const { gapSlotOfPosition } = frame;
  const { coordinates, order } = prepared;
  const { distances, nearest, exact } = findNearestSlots(prepared, sites, frame.nearest);

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
