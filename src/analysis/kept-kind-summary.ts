/**
 * A kind's summary kept by an analysis session for the next edit: its own buffers (a copy of the
 * search with distances corrected near a threshold, what every cell added, the sums per
 * township), brought up to date for the cells an edit changed — taken out of the sums and counted
 * in again — with the percentiles selected again only in the townships those cells lie in.
 */
import type { NearestSites } from './find-nearest-sites.ts';
import {
  COVERED,
  type CoverageFrame,
  HISTOGRAM,
  NOT_COUNTED,
  PERCENTILE_BUCKETS,
  STRIDE,
  UNREACHABLE,
} from './prepare-coverage.ts';
import {
  countEverything,
  countSlot,
  finishSummary,
  type KindCoverageResult,
  type SummaryBuffers,
} from './summarise-kind-coverage.ts';

/** A summary kept for the next edit of the same kind: its buffers and the figures made from them. */
export interface KeptSummary {
  buffers: SummaryBuffers;
  result: KindCoverageResult;
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
  return { buffers, result: finishSummary(frame, buffers, null, false) };
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
  }
  return {
    buffers,
    result: finishSummary(
      frame,
      buffers,
      { previous: kept.result, touched, gapChanges: Int32Array.from(gapChanges).sort() },
      false,
    ),
  };
}
