/**
 * Scratch buffers a coverage summary reuses for one frame (one prepared population): the slots
 * of every area, the rows of every area and the district, the bin and coverage
 * of every slot, the points of the percentiles' buckets. Read within one summary only; made once
 * per frame.
 */
import { type CoverageFrame, PERCENTILE_BUCKETS, STRIDE } from './prepare-coverage.ts';

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

/** The histogram bin and coverage of every slot, for a summary that keeps neither (made once per frame). */
export function slotMarks(frame: CoverageFrame): { bins: Uint8Array; covered: Uint8Array } {
  let marks = slotMarksOf.get(frame);
  if (!marks) {
    const slots = frame.prepared.order.length;
    marks = { bins: new Uint8Array(slots), covered: new Uint8Array(slots) };
    slotMarksOf.set(frame, marks);
  }
  return marks;
}
const slotMarksOf = new WeakMap<CoverageFrame, { bins: Uint8Array; covered: Uint8Array }>();

/**
 * The points of the percentiles' buckets, as (slot, segment) pairs in the order they are taken:
 * grown on demand (most points are in no such bucket), one per frame.
 */
export class SegmentHits {
  slots = new Int32Array(256);
  segments = new Int32Array(256);
  count = 0;

  /** Adds a pair. */
  push(slot: number, segment: number): void {
    if (this.count === this.slots.length) {
      const slots = new Int32Array(this.count * 2);
      slots.set(this.slots);
      this.slots = slots;
      const segments = new Int32Array(this.count * 2);
      segments.set(this.segments);
      this.segments = segments;
    }
    this.slots[this.count] = slot;
    this.segments[this.count] = segment;
    this.count++;
  }
}

/** The frame's {@link SegmentHits}, emptied. */
export function segmentHits(frame: CoverageFrame): SegmentHits {
  let hits = segmentHitsOf.get(frame);
  if (!hits) {
    hits = new SegmentHits();
    segmentHitsOf.set(frame, hits);
  }
  hits.count = 0;
  return hits;
}
const segmentHitsOf = new WeakMap<CoverageFrame, SegmentHits>();
