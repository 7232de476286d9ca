/**
 * Scratch buffers a coverage summary reuses for one frame (one prepared population): the slots
 * of every area, the rows of every area and the district, a list of slots. Read within one
 * summary only; made once per frame.
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

/** A list of slots as long as the frame's, made once per frame (for the district's percentile buckets). */
export function districtScratch(frame: CoverageFrame): Int32Array {
  let list = districtLists.get(frame);
  if (!list) {
    list = new Int32Array(frame.prepared.order.length);
    districtLists.set(frame, list);
  }
  return list;
}
const districtLists = new WeakMap<CoverageFrame, Int32Array>();
