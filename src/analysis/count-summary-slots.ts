/**
 * The counting pass of a kind's summary: every slot's distance (made exact near a threshold), its
 * percentile bucket, histogram bin and coverage, and the sums per area, into a summary's buffers —
 * the frame's for a one-off summary (summarise-kind-coverage.ts), a kept summary's own
 * (kept-kind-summary.ts), slot by slot after an edit.
 */
import { CHORD_DISTANCE_TOLERANCE_METRES, type NearestSites } from './find-nearest-sites.ts';
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
import { DISTANCE_BIN_EDGES } from './summarise-distances.ts';

/**
 * Where a summary counts: the nearest school of every slot (its distances corrected near a
 * threshold), what each slot added (percentile bucket, histogram bin, covered), the gap slot of
 * every position, the sums per area. The frame's buffers for a one-off summary; a kept summary's
 * own for a session, brought up to date slot by slot.
 */
export interface SummaryBuffers {
  nearest: NearestSites;
  bucketOfSlot: Uint8Array;
  binOfSlot: Uint8Array;
  coveredOfSlot: Uint8Array;
  /** −1: not a gap; −2: a gap without coordinates; else the gap's slot. */
  gapSlotOfPosition: Int32Array;
  areaFigures: Float64Array;
  areaBuckets: Float64Array;
  radii: Float64Array;
  gapCount: number;
}

/**
 * Counts `slot` in (its distance corrected near a threshold, its bucket, bin and coverage noted):
 * what a summary's pass over the slots does for each.
 */
export function countSlot(
  frame: CoverageFrame,
  buffers: SummaryBuffers,
  sites: readonly { lon: number; lat: number }[],
  slot: number,
): void {
  buffers.gapCount += countSlots(frame, buffers, sites, slot, slot + 1);
}

/**
 * {@link countSlot} for the slots `from` … `to` − 1, with what every slot reads taken once; returns
 * the gaps it marked, for the caller to add. Nothing follows the loop: code after a long loop that
 * was compiled while the loop ran (on-stack replacement) has never run, and would be thrown away
 * and entered again at the end of every call.
 */
function countSlots(
  frame: CoverageFrame,
  buffers: SummaryBuffers,
  sites: readonly { lon: number; lat: number }[],
  from: number,
  to: number,
): number {
  const { slotWeights, slotAreas, areaCount } = frame;
  const { coordinates, order } = frame.prepared;
  const { distances, nearest, exact } = buffers.nearest;
  const { areaFigures, areaBuckets, radii, gapSlotOfPosition, bucketOfSlot, binOfSlot, coveredOfSlot } =
    buffers;
  const lastEdge = DISTANCE_BIN_EDGES.length;
  const tolerance = CHORD_DISTANCE_TOLERANCE_METRES;
  let gaps = 0;
  for (let slot = from; slot < to; slot++) {
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
    const covered = distance <= radius;
    if (covered) areaFigures[offset + COVERED] = (areaFigures[offset + COVERED] ?? 0) + weight;
    else if (weight > 0 && !Number.isNaN(radius)) {
      gapSlotOfPosition[order[slot] ?? 0] = slot;
      gaps++;
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
    binOfSlot[slot] = bin;
    coveredOfSlot[slot] = covered ? 1 : 0;
  }
  return gaps;
}

/** Every slot and unplaced point counted from nothing, for these radii. */
export function countEverything(
  frame: CoverageFrame,
  buffers: SummaryBuffers,
  sites: readonly { lon: number; lat: number }[],
  radiusOfArea: Float64Array,
  outsideRadius: number,
): void {
  const { areaCount } = frame;
  const { areaFigures, areaBuckets, radii } = buffers;
  areaFigures.fill(0);
  areaBuckets.fill(0);
  buffers.gapCount = 0;
  radii.set(radiusOfArea.subarray(0, areaCount));
  radii[areaCount] = outsideRadius;
  buffers.gapCount += countSlots(frame, buffers, sites, 0, frame.prepared.order.length);
  // Points without coordinates: no school is near them.
  for (const position of frame.unplaced) {
    const found = frame.areaOfPoint[position] ?? -1;
    const area = found >= 0 ? found : areaCount;
    const weight = frame.weights[position] ?? 0;
    if (!(weight > 0)) continue;
    areaFigures[area * STRIDE + UNREACHABLE] = (areaFigures[area * STRIDE + UNREACHABLE] ?? 0) + weight;
    if (!Number.isNaN(radii[area] ?? Number.NaN)) {
      buffers.gapSlotOfPosition[position] = -2;
      buffers.gapCount++;
    }
  }
}
