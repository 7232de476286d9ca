/**
 * Scratch buffers a coverage summary reuses for one frame (one prepared population): the slots
 * of every area, the rows of every area and the district, a list of (slot, segment) pairs. Read
 * within one summary only; made once per frame.
 */
import type { NearestSites } from './find-nearest-sites.ts';
import { type CoverageFrame, PERCENTILE_BUCKETS, STRIDE } from './prepare-coverage.ts';

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

/** The slots of every area (and last, of no area), ascending: a township's points without a pass over all. */
export function slotsByArea(frame: CoverageFrame): { start: Int32Array; slots: Int32Array } {
  const known = areaSlots.get(frame);
  if (known) return known;
  const { slotAreas, areaCount } = frame;
  const count = slotAreas.length;
  const start = new Int32Array(areaCount + 2);
  for (let slot = 0; slot < count; slot++) {
    const area = slotAreas[slot] ?? areaCount;
    start[area + 1] = (start[area + 1] ?? 0) + 1;
  }
  for (let area = 0; area <= areaCount; area++) start[area + 1] = (start[area + 1] ?? 0) + (start[area] ?? 0);
  const fill = start.slice(0, areaCount + 1);
  const slots = new Int32Array(count);
  for (let slot = 0; slot < count; slot++) {
    const area = slotAreas[slot] ?? areaCount;
    const at = fill[area] ?? 0;
    slots[at] = slot;
    fill[area] = at + 1;
  }
  const made = { start, slots };
  areaSlots.set(frame, made);
  return made;
}
const areaSlots = new WeakMap<CoverageFrame, { start: Int32Array; slots: Int32Array }>();

/** The figures and percentile buckets of every area and the district, as rows, made once per frame. */
export function districtRows(frame: CoverageFrame): { figures: Float64Array; buckets: Float64Array } {
  let rows = districtRowsOf.get(frame);
  if (!rows) {
    rows = {
      figures: new Float64Array((frame.areaCount + 2) * STRIDE),
      buckets: new Float64Array((frame.areaCount + 2) * PERCENTILE_BUCKETS),
    };
    districtRowsOf.set(frame, rows);
  }
  return rows;
}
const districtRowsOf = new WeakMap<CoverageFrame, { figures: Float64Array; buckets: Float64Array }>();

/** A list of (slot, segment) pairs that grows as needed (its contents are not kept). */
export class SegmentPairs {
  slots = new Int32Array(1024);
  segments = new Int32Array(1024);
  count = 0;

  /** Adds a pair at the end. */
  push(slot: number, segment: number): void {
    if (this.count === this.slots.length) {
      const slots = new Int32Array(this.count * 2);
      const segments = new Int32Array(this.count * 2);
      slots.set(this.slots);
      segments.set(this.segments);
      this.slots = slots;
      this.segments = segments;
    }
    this.slots[this.count] = slot;
    this.segments[this.count] = segment;
    this.count++;
  }
}

/** The frame's list of (slot, segment) pairs, made once per frame (for the percentiles' buckets). */
export function segmentPairs(frame: CoverageFrame): SegmentPairs {
  let pairs = pairsOf.get(frame);
  if (!pairs) {
    pairs = new SegmentPairs();
    pairsOf.set(frame, pairs);
  }
  return pairs;
}
const pairsOf = new WeakMap<CoverageFrame, SegmentPairs>();
