/**
 * A kind's summary kept by an analysis session for the next edit: its own buffers (a copy of the
 * search with distances corrected near a threshold, what every cell added, the sums per
 * township), brought up to date for the cells an edit changed — taken out of the sums and counted
 * in again — with the percentiles selected again only in the townships those cells lie in.
 */

import { countEverything, countSlot, type SummaryBuffers } from './count-summary-slots.ts';
import { CHORD_DISTANCE_TOLERANCE_METRES, type NearestSites } from './find-nearest-sites.ts';
import {
  COVERED,
  type CoverageFrame,
  HISTOGRAM,
  NOT_COUNTED,
  PERCENTILE_BUCKETS,
  STRIDE,
  UNREACHABLE,
} from './prepare-coverage.ts';
import { finishSummary, type KindCoverageResult } from './summarise-kind-coverage.ts';

/** A summary kept for the next edit of the same kind: its buffers and the figures made from them. */
export interface KeptSummary {
  buffers: SummaryBuffers;
  result: KindCoverageResult;
  /**
   * Per block of {@link BLOCK} slots, bounds on the distances a radius change reads (the search's
   * and the summary's own), so that it passes over the blocks that can hold a cell between the
   * two radii only: made on the first radius change, then kept with the search they were read
   * from; the blocks of slots counted again since are marked and their bounds made again.
   */
  bounds: DistanceBounds | null;
}

/** Slots per block of {@link DistanceBounds}: neighbours in the quadtree's order, so near in distance. */
const BLOCK_SHIFT = 6;
const BLOCK = 1 << BLOCK_SHIFT;

/** The least and greatest distance of each block's slots (NaN left out), and the blocks to read again. */
interface DistanceBounds {
  /** The search's distances the bounds were read from (with the summary's own). */
  searched: Float64Array;
  low: Float64Array;
  high: Float64Array;
  stale: Uint8Array;
  /** Whether any block is stale. */
  anyStale: boolean;
}

/** Marks the block of `slot` to be read again. */
function markStale(bounds: DistanceBounds | null, slot: number): void {
  if (!bounds) return;
  bounds.stale[slot >> BLOCK_SHIFT] = 1;
  bounds.anyStale = true;
}

/** Bounds of every block (`stale`: of the marked blocks only) from both lists of distances. */
function readBounds(bounds: DistanceBounds, kept: Float64Array, every: boolean): void {
  const { searched, low, high, stale } = bounds;
  const slots = searched.length;
  for (let block = 0; block < low.length; block++) {
    if (!every && stale[block] === 0) continue;
    stale[block] = 0;
    let least = Number.POSITIVE_INFINITY;
    let greatest = Number.NEGATIVE_INFINITY;
    const end = Math.min(slots, (block + 1) << BLOCK_SHIFT);
    for (let slot = block << BLOCK_SHIFT; slot < end; slot++) {
      const first = searched[slot] as number;
      const second = kept[slot] as number;
      if (first < least) least = first;
      if (first > greatest) greatest = first;
      if (second < least) least = second;
      if (second > greatest) greatest = second;
    }
    low[block] = least;
    high[block] = greatest;
  }
  bounds.anyStale = false;
}

/** The bounds of a summary for the search `searched`: kept ones brought up to date, or made. */
function boundsFor(kept: KeptSummary, searched: Float64Array): DistanceBounds {
  const known = kept.bounds;
  if (known && known.searched === searched) {
    if (known.anyStale) readBounds(known, kept.buffers.nearest.distances, false);
    return known;
  }
  const blocks = (searched.length + BLOCK - 1) >> BLOCK_SHIFT;
  const bounds: DistanceBounds = {
    searched,
    low: new Float64Array(blocks),
    high: new Float64Array(blocks),
    stale: new Uint8Array(blocks),
    anyStale: false,
  };
  readBounds(bounds, kept.buffers.nearest.distances, true);
  return bounds;
}

/** Takes out what {@link countSlot} added for `slot` (exact for whole-number populations). */
function uncountSlot(frame: CoverageFrame, buffers: SummaryBuffers, slot: number): void {
  const area = frame.slotAreas[slot] ?? frame.areaCount;
  const weight = frame.slotWeights[slot] ?? 0;
  const offset = area * STRIDE;
  const { areaFigures, areaBuckets } = buffers;
  const position = frame.prepared.order[slot] ?? 0;
  if (buffers.coveredOfSlot[slot] === 1)
    areaFigures[offset + COVERED] = (areaFigures[offset + COVERED] ?? 0) - weight;
  else if (buffers.gapSlotOfPosition[position] === slot) {
    buffers.gapSlotOfPosition[position] = -1;
    buffers.gapCount--;
  }
  const bucket = buffers.bucketOfSlot[slot] ?? NOT_COUNTED;
  if (!(weight > 0)) return;
  if (bucket === NOT_COUNTED) {
    areaFigures[offset + UNREACHABLE] = (areaFigures[offset + UNREACHABLE] ?? 0) - weight;
  } else {
    const bin = buffers.binOfSlot[slot] ?? 0;
    areaFigures[offset + HISTOGRAM + bin] = (areaFigures[offset + HISTOGRAM + bin] ?? 0) - weight;
    const index = area * PERCENTILE_BUCKETS + bucket;
    areaBuckets[index] = (areaBuckets[index] ?? 0) - weight;
  }
}

/**
 * Counts `slot` (at `position`) covered or not covered where it was the other: the covered
 * population, the gap mark and count as {@link uncountSlot} then {@link countSlot} would leave
 * them for a distance that stays as it is and a radius that is a number.
 */
function flipCovered(
  frame: CoverageFrame,
  buffers: SummaryBuffers,
  slot: number,
  position: number,
  covered: boolean,
): void {
  const area = frame.slotAreas[slot] ?? frame.areaCount;
  const weight = frame.slotWeights[slot] ?? 0;
  const index = area * STRIDE + COVERED;
  const { areaFigures } = buffers;
  if (covered) {
    areaFigures[index] = (areaFigures[index] ?? 0) + weight;
    if (buffers.gapSlotOfPosition[position] === slot) {
      buffers.gapSlotOfPosition[position] = -1;
      buffers.gapCount--;
    }
  } else {
    areaFigures[index] = (areaFigures[index] ?? 0) - weight;
    if (weight > 0) {
      buffers.gapSlotOfPosition[position] = slot;
      buffers.gapCount++;
    }
  }
  buffers.coveredOfSlot[slot] = covered ? 1 : 0;
}

/**
 * A summary kept for the next edit: buffers of its own, counted from the search `nearest` (copied).
 * @example const kept = startKeptSummary(frame, search, sites, radii, 2500); kept.result.district.share
 */
export function startKeptSummary(
  frame: CoverageFrame,
  nearest: NearestSites,
  sites: readonly { lon: number; lat: number }[],
  radiusOfArea: Float64Array,
  outsideRadius: number,
  reuse?: KeptSummary,
): KeptSummary {
  const slots = frame.prepared.order.length;
  const { areaCount } = frame;
  const buffers: SummaryBuffers = reuse?.buffers ?? {
    nearest: {
      distances: new Float64Array(slots),
      nearest: new Int32Array(slots),
      exact: new Uint8Array(slots),
    },
    bucketOfSlot: new Uint8Array(slots),
    binOfSlot: new Uint8Array(slots),
    coveredOfSlot: new Uint8Array(slots),
    gapSlotOfPosition: new Int32Array(frame.weights.length),
    areaFigures: new Float64Array((areaCount + 1) * STRIDE),
    areaBuckets: new Float64Array((areaCount + 1) * PERCENTILE_BUCKETS),
    radii: new Float64Array(areaCount + 1),
    gapCount: 0,
  };
  // The summary corrects distances near a threshold: on its copy, so the search stays its own.
  buffers.nearest.distances.set(nearest.distances);
  buffers.nearest.nearest.set(nearest.nearest);
  buffers.nearest.exact.set(nearest.exact);
  buffers.gapSlotOfPosition.fill(-1);
  countEverything(frame, buffers, sites, radiusOfArea, outsideRadius);
  return { buffers, result: finishSummary(frame, buffers, null, false), bounds: null };
}

/**
 * Whether a kept summary may be updated slot by slot with the same figures as a fresh one: sums
 * taken out and put back are exact when every population is a whole number (and all of them
 * together stay below 2⁵³); otherwise the order of the additions could show in the last digit.
 */
export function canUpdateSummary(frame: CoverageFrame): boolean {
  let known = wholeWeights.get(frame);
  if (known === undefined) {
    let total = 0;
    known = true;
    for (const weight of frame.weights) {
      if (!Number.isInteger(weight)) {
        known = false;
        break;
      }
      total += Math.abs(weight);
    }
    known = known && total < Number.MAX_SAFE_INTEGER;
    wholeWeights.set(frame, known);
  }
  return known;
}
const wholeWeights = new WeakMap<CoverageFrame, boolean>();

/**
 * Brings a kept summary up to date for the slots whose nearest school changed (`changed`; their
 * new search answer in `nearest`), for the same sites list and radii it was made with otherwise.
 * Only those slots are counted again, and only the areas they lie in (and the district) have
 * their percentiles selected again; the other areas keep their figures. The result equals
 * `summariseKindCoverage` of the whole search (see {@link canUpdateSummary}).
 * @example updateKeptSummary(frame, kept, search.result, search.update.changed, sites)
 */
export function updateKeptSummary(
  frame: CoverageFrame,
  kept: KeptSummary,
  nearest: NearestSites,
  changed: Int32Array,
  sites: readonly { lon: number; lat: number }[],
): KeptSummary {
  const { buffers } = kept;
  const { order } = frame.prepared;
  const touched = new Uint8Array(frame.areaCount + 1);
  // The positions that were or are gaps among the changed: the gap list is the last one patched there.
  const gapChanges: number[] = [];
  for (const slot of changed) {
    const position = order[slot] ?? 0;
    const wasGap = buffers.gapSlotOfPosition[position] === slot;
    uncountSlot(frame, buffers, slot);
    buffers.nearest.distances[slot] = nearest.distances[slot] ?? Number.POSITIVE_INFINITY;
    buffers.nearest.nearest[slot] = nearest.nearest[slot] ?? -1;
    buffers.nearest.exact[slot] = nearest.exact[slot] ?? 1;
    countSlot(frame, buffers, sites, slot);
    if (wasGap || buffers.gapSlotOfPosition[position] === slot) gapChanges.push(position);
    touched[frame.slotAreas[slot] ?? frame.areaCount] = 1;
    markStale(kept.bounds, slot);
  }
  return {
    bounds: kept.bounds,
    buffers,
    result: finishSummary(
      frame,
      buffers,
      { previous: kept.result, touched, gapChanges: Int32Array.from(gapChanges).sort() },
      false,
    ),
  };
}

/**
 * Brings a kept summary up to date for new radii, the search being the same (`nearest`, the kept
 * search the summary was made from): only the cells of an area whose radius changed and whose
 * distance lies between the old and the new radius (or within the threshold tolerance of either)
 * can change — covered or a gap, a distance made exact near the radius or no longer — and only
 * those are taken out and counted in again, from the search's own distance as a fresh summary
 * would; the areas whose radius changed have their figures made again. A radius that appears or
 * goes (a kind served in an area or no longer) takes every cell of the area. The result equals
 * `summariseKindCoverage` of the search with the new radii (see {@link canUpdateSummary}).
 * @example updateKeptRadii(frame, kept, search.result, sites, radii, 2500)
 */
export function updateKeptRadii(
  frame: CoverageFrame,
  kept: KeptSummary,
  nearest: NearestSites,
  sites: readonly { lon: number; lat: number }[],
  radiusOfArea: Float64Array,
  outsideRadius: number,
): KeptSummary {
  const { buffers } = kept;
  const { areaCount, slotAreas } = frame;
  const { order } = frame.prepared;
  const groups = areaCount + 1;
  const previous = Float64Array.from(buffers.radii);
  buffers.radii.set(radiusOfArea.subarray(0, areaCount));
  buffers.radii[areaCount] = outsideRadius;
  // Per area: the distances a cell must lie within to be counted again (an empty range: unchanged).
  const low = new Float64Array(groups).fill(Number.POSITIVE_INFINITY);
  const high = new Float64Array(groups).fill(Number.NEGATIVE_INFINITY);
  // Areas whose radius changed (their covered population is made again), and those where a
  // distance or percentile bucket changed too (their percentiles are selected again).
  const covered = new Uint8Array(groups);
  const touched = new Uint8Array(groups);
  let any = false;
  for (let area = 0; area < groups; area++) {
    const before = previous[area] ?? Number.NaN;
    const now = buffers.radii[area] ?? Number.NaN;
    if (Object.is(before, now)) continue;
    covered[area] = 1;
    any = true;
    if (Number.isNaN(before) || Number.isNaN(now)) {
      low[area] = Number.NEGATIVE_INFINITY;
      high[area] = Number.POSITIVE_INFINITY;
    } else {
      low[area] = Math.min(before, now) - CHORD_DISTANCE_TOLERANCE_METRES;
      high[area] = Math.max(before, now) + CHORD_DISTANCE_TOLERANCE_METRES;
    }
  }
  if (!any) return kept;
  const gapChanges: number[] = [];
  const tolerance = CHORD_DISTANCE_TOLERANCE_METRES;
  const searched = nearest.distances;
  const keptDistances = buffers.nearest.distances;
  // Most cells lie outside every range: tested against the widest first.
  let widestLow = Number.POSITIVE_INFINITY;
  let widestHigh = Number.NEGATIVE_INFINITY;
  for (let area = 0; area < groups; area++) {
    widestLow = Math.min(widestLow, low[area] as number);
    widestHigh = Math.max(widestHigh, high[area] as number);
  }
  const bounds = boundsFor(kept, searched);
  const { low: blockLow, high: blockHigh } = bounds;
  for (let block = 0; block < blockLow.length; block++) {
    // A block whose every distance lies outside the widest range holds no cell to count again.
    if ((blockHigh[block] as number) < widestLow || (blockLow[block] as number) > widestHigh) continue;
    const end = Math.min(order.length, (block + 1) << BLOCK_SHIFT);
    for (let slot = block << BLOCK_SHIFT; slot < end; slot++) {
      // The kept distance may be the exact one made near the old radius; the search's is the chord's.
      const distance = searched[slot] as number;
      const keptDistance = keptDistances[slot] as number;
      if (
        !(distance >= widestLow && distance <= widestHigh) &&
        !(keptDistance >= widestLow && keptDistance <= widestHigh)
      )
        continue;
      const area = slotAreas[slot] ?? areaCount;
      if (covered[area] === 0) continue;
      const from = low[area] as number;
      const to = high[area] as number;
      if (!(distance >= from && distance <= to) && !(keptDistance >= from && keptDistance <= to)) continue;
      const position = order[slot] ?? 0;
      const wasGap = buffers.gapSlotOfPosition[position] === slot;
      const before = previous[area] as number;
      const now = buffers.radii[area] as number;
      if (
        Math.abs(distance - before) > tolerance &&
        Math.abs(distance - now) > tolerance &&
        Math.abs(keptDistance - before) > tolerance &&
        Math.abs(keptDistance - now) > tolerance
      ) {
        // Beyond the tolerance of both radii (both numbers), the distance stays as it is, and with
        // it the bucket and bin: only whether the cell is covered (or a gap) can change.
        const wasCovered = buffers.coveredOfSlot[slot] === 1;
        const isCovered = keptDistance <= now;
        if (wasCovered === isCovered) continue;
        flipCovered(frame, buffers, slot, position, isCovered);
        if (wasGap || buffers.gapSlotOfPosition[position] === slot) gapChanges.push(position);
        continue;
      }
      const bucket = buffers.bucketOfSlot[slot];
      const bin = buffers.binOfSlot[slot];
      uncountSlot(frame, buffers, slot);
      keptDistances[slot] = distance;
      buffers.nearest.nearest[slot] = nearest.nearest[slot] ?? -1;
      buffers.nearest.exact[slot] = nearest.exact[slot] ?? 1;
      countSlot(frame, buffers, sites, slot);
      if (wasGap || buffers.gapSlotOfPosition[position] === slot) gapChanges.push(position);
      const moved = !Object.is(keptDistances[slot], keptDistance);
      if (moved) markStale(bounds, slot);
      if (moved || buffers.bucketOfSlot[slot] !== bucket || buffers.binOfSlot[slot] !== bin)
        touched[area] = 1;
    }
  }
  // Points without coordinates are gaps wherever the kind has a radius.
  for (const position of frame.unplaced) {
    const found = frame.areaOfPoint[position] ?? -1;
    const area = found >= 0 ? found : areaCount;
    if (covered[area] === 0 || !((frame.weights[position] ?? 0) > 0)) continue;
    const gap = !Number.isNaN(buffers.radii[area] ?? Number.NaN);
    const wasGap = buffers.gapSlotOfPosition[position] === -2;
    if (gap === wasGap) continue;
    buffers.gapSlotOfPosition[position] = gap ? -2 : -1;
    buffers.gapCount += gap ? 1 : -1;
    gapChanges.push(position);
  }
  return {
    bounds,
    buffers,
    result: finishSummary(
      frame,
      buffers,
      { previous: kept.result, touched, covered, gapChanges: Int32Array.from(gapChanges).sort() },
      false,
    ),
  };
}
