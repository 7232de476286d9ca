/**
 * The figures of one kind from the nearest school of every point (already in `frame.nearest`):
 * one pass over the points, in memory order, for the sums and histograms, and a selection for
 * the percentiles. Split from the search so that a search kept from an earlier analysis, updated
 * for the schools an edit changed, can be summarised again without searching every point — and
 * with a kept summary (kept-kind-summary.ts), only the points the edit changed are counted again
 * and only the townships they lie in have their percentiles selected again.
 */
import { countEverything, type SummaryBuffers } from './count-summary-slots.ts';
import { patchGaps, recordGapPatch } from './patch-gap-list.ts';
import {
  COVERED,
  type CoverageFrame,
  HISTOGRAM,
  NOT_COUNTED,
  PERCENTILE_BUCKETS,
  STRIDE,
  UNREACHABLE,
} from './prepare-coverage.ts';
import type { KindCoverage } from './summarise-coverage.ts';
import { histogramBins, weightedPercentiles } from './summarise-distances.ts';
import { districtRows, segmentHits, slotMarks, slotsByArea } from './summary-scratch.ts';

/** Coverage of one kind: the district, every area, and the points beyond the radius. */
export interface KindCoverageResult {
  district: KindCoverage;
  /** By area index. */
  areas: KindCoverage[];
  /** Positions of the points with population beyond their radius (none for district-wide kinds), ascending. */
  gapPositions: Int32Array;
  /**
   * Metres from each gap point to its nearest school (Infinity: none), same order. Within
   * `CHORD_DISTANCE_TOLERANCE_METRES` (find-nearest-sites.ts) of `haversineDistance`.
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
  const marks = slotMarks(frame);
  const buffers: SummaryBuffers = {
    nearest: frame.nearest,
    bucketOfSlot: frame.bucketOfSlot,
    binOfSlot: marks.bins,
    coveredOfSlot: marks.covered,
    gapSlotOfPosition: frame.gapSlotOfPosition,
    areaFigures: frame.areaFigures,
    areaBuckets: frame.areaBuckets,
    radii: frame.radiusOfArea,
    gapCount: 0,
  };
  countEverything(frame, buffers, sites, radiusOfArea, outsideRadius);
  // The frame's gap marks serve the next kind: left at −1.
  return finishSummary(frame, buffers, null, true);
}

/**
 * The figures from the counted buffers: gaps, district sums, and the percentiles by selection —
 * of every area, or with `update`, of the areas touched (the others keep the previous figures, but
 * for the covered population of the areas in `covered`: their radius changed, not their distances)
 * and the gap list patched where it changed. With an update that touched no area (new radii that
 * moved no distance, bucket or bin), the district keeps its distance figures too: its percentiles
 * and histogram are made of the areas' buckets and bins, all as they were.
 */
export function finishSummary(
  frame: CoverageFrame,
  buffers: SummaryBuffers,
  update: {
    previous: KindCoverageResult;
    touched: Uint8Array;
    gapChanges: Int32Array;
    covered?: Uint8Array;
  } | null,
  clearGapMarks: boolean,
): KindCoverageResult {
  const { slotWeights, slotAreas, areaCount } = frame;
  const { order } = frame.prepared;
  const { distances } = buffers.nearest;
  const { areaFigures, areaBuckets, radii, gapSlotOfPosition, bucketOfSlot, gapCount } = buffers;

  let gapPositions: Int32Array;
  let gapDistances: Float64Array;
  let patch: { runs: Int32Array; fresh: Int32Array } | null = null;
  if (update) {
    const patched = patchGaps(
      buffers.gapSlotOfPosition,
      distances,
      gapCount,
      update.previous,
      update.gapChanges,
    );
    ({ gapPositions, gapDistances } = patched);
    patch = patched;
  } else {
    gapPositions = new Int32Array(gapCount);
    gapDistances = new Float64Array(gapCount);
    for (let position = 0, gap = 0; gap < gapCount; position++) {
      const slot = gapSlotOfPosition[position] ?? -1;
      if (slot === -1) continue;
      if (clearGapMarks) gapSlotOfPosition[position] = -1;
      gapPositions[gap] = position;
      gapDistances[gap] = slot >= 0 ? (distances[slot] ?? 0) : Number.POSITIVE_INFINITY;
      gap++;
    }
  }
  // The district: every area and the points in none.
  const groups = areaCount + 1;
  const district = areaCount + 1; // its figures and buckets go after the last group
  // No area's distances changed: the district's distance figures are the previous ones.
  const districtKept = update && !update.touched.includes(1) ? update.previous.district.distance : null;
  // Read within this call only: the frame's scratch rows, not new arrays each time.
  const { figures, buckets } = districtRows(frame);
  figures.set(areaFigures.subarray(0, groups * STRIDE));
  figures.fill(0, groups * STRIDE);
  if (!districtKept) {
    buckets.set(areaBuckets.subarray(0, groups * PERCENTILE_BUCKETS));
    buckets.fill(0, groups * PERCENTILE_BUCKETS);
  }
  for (let area = 0; area < groups; area++) {
    for (let figure = 0; figure < STRIDE; figure++) {
      const index = district * STRIDE + figure;
      figures[index] = (figures[index] ?? 0) + (areaFigures[area * STRIDE + figure] ?? 0);
    }
    if (districtKept) continue; // the district's buckets are not read
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
    // Kept figures: not selected again.
    if (update && (group === district ? districtKept : !update.touched[group])) continue;
    const total = totalOf(group);
    if (!(total > 0)) continue;
    let cumulative = 0;
    let bucket = 0;
    // The median, then the 90th percentile (no array of pairs: its shape changed from call to
    // call, and code compiled for one was thrown away at the next).
    for (let which = 0; which < 2; which++) {
      const target = group * 2 + which;
      const needed = (which === 0 ? 0.5 : 0.9) * total;
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
  const districtMedian = crossing[district * 2] ?? PERCENTILE_BUCKETS;
  const districtP90 = crossing[district * 2 + 1] ?? PERCENTILE_BUCKETS;
  const medianSegment = district * 2;
  const p90Segment = district * 2 + 1;
  // The points of those buckets, as (slot, segment) pairs in one pass: every slot once, or the
  // touched areas' slots and then the district's slots in its percentiles' buckets (listed in one
  // pass; none when the district keeps its figures: its crossings are left at no bucket). Within
  // a segment, in slot order.
  const hits = segmentHits(frame);
  if (!update) {
    for (let slot = 0; slot < order.length; slot++) {
      const bucket = bucketOfSlot[slot] ?? NOT_COUNTED;
      if (bucket === NOT_COUNTED) continue;
      const area = slotAreas[slot] ?? areaCount;
      if (bucket === crossing[area * 2]) hits.push(slot, area * 2);
      else if (bucket === crossing[area * 2 + 1]) hits.push(slot, area * 2 + 1);
      if (bucket === districtMedian) hits.push(slot, medianSegment);
      else if (bucket === districtP90) hits.push(slot, p90Segment);
    }
  } else {
    const { start, slots } = slotsByArea(frame);
    for (let area = 0; area < areaCount; area++) {
      if (!update.touched[area]) continue;
      const median = crossing[area * 2];
      const p90 = crossing[area * 2 + 1];
      for (let at = start[area] ?? 0; at < (start[area + 1] ?? 0); at++) {
        const slot = slots[at] ?? 0;
        const bucket = bucketOfSlot[slot] ?? NOT_COUNTED;
        if (bucket === NOT_COUNTED) continue;
        if (bucket === median) hits.push(slot, area * 2);
        else if (bucket === p90) hits.push(slot, area * 2 + 1);
      }
    }
    if (!districtKept) {
      for (let slot = 0; slot < order.length; slot++) {
        const bucket = bucketOfSlot[slot] ?? NOT_COUNTED;
        if (bucket === districtMedian) hits.push(slot, medianSegment);
        else if (bucket === districtP90) hits.push(slot, p90Segment);
      }
    }
  }
  // Count the points of each segment, then place them.
  for (let hit = 0; hit < hits.count; hit++) {
    const segment = hits.segments[hit] ?? 0;
    segmentStart[segment + 1] = (segmentStart[segment + 1] ?? 0) + 1;
  }
  for (let segment = 0; segment < segmentStart.length - 1; segment++) {
    segmentStart[segment + 1] = (segmentStart[segment + 1] ?? 0) + (segmentStart[segment] ?? 0);
  }
  const scratch = frame.scratch;
  scratch.reserve(segmentStart[segmentStart.length - 1] ?? 0);
  const scratchDistances = scratch.distances;
  const scratchWeights = scratch.weights;
  const fill = segmentStart.slice(0, segmentStart.length - 1);
  for (let hit = 0; hit < hits.count; hit++) {
    const slot = hits.slots[hit] ?? 0;
    const segment = hits.segments[hit] ?? 0;
    const at = fill[segment] ?? 0;
    scratchDistances[at] = distances[slot] ?? 0;
    scratchWeights[at] = slotWeights[slot] ?? 0;
    fill[segment] = at + 1;
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

  /** Covered, not covered and the share of `group` (null where the kind has no radius). */
  const coveredOf = (group: number, measured: boolean, withRadius: number) => {
    const covered = figures[group * STRIDE + COVERED] ?? 0;
    return {
      covered: measured ? covered : null,
      uncovered: measured ? withRadius - covered : null,
      share: measured && withRadius > 0 ? covered / withRadius : null,
    };
  };
  const coverageOf = (
    group: number,
    population: number,
    measured: boolean,
    withRadius: number,
    kept?: KindCoverage['distance'] | null, // the distance figures, when they are as they were
  ): KindCoverage => ({
    population,
    ...coveredOf(group, measured, withRadius),
    distance: kept ?? {
      median: select(group, 0),
      p90: select(group, 1),
      histogram: histogramBins(figures, group * STRIDE + HISTOGRAM),
      unreachable: figures[group * STRIDE + UNREACHABLE] ?? 0,
    },
  });
  const areas: KindCoverage[] = [];
  for (let area = 0; area < areaCount; area++) {
    const previous = update && !update.touched[area] ? update.previous.areas[area] : undefined;
    const measured = !Number.isNaN(radii[area] ?? Number.NaN) && (frame.areaPoints[area] ?? 0) > 0;
    const population = frame.areaPopulation[area] ?? 0;
    const withRadius = measured ? population : 0;
    if (previous && update?.covered?.[area]) {
      // The distances as they were; the covered population for the new radius.
      areas.push(coverageOf(area, population, measured, withRadius, previous.distance));
      continue;
    }
    if (previous) {
      areas.push(previous);
      continue;
    }
    areas.push(coverageOf(area, population, measured, withRadius));
  }
  const result = {
    district: coverageOf(district, districtPopulation, districtMeasured, districtWithRadius, districtKept),
    areas,
    gapPositions,
    gapDistances,
  };
  if (update && patch)
    recordGapPatch(result, { previous: update.previous, runs: patch.runs, fresh: patch.fresh });
  return result;
}
