/**
 * The previous method, as it stood before the typed-array quick paths (kept only to be timed
 * beside the current one in scripts/bench/travel-province-steps.ts; never used by the atlas).
 *
 * Whether a straight leg between a place and the road crosses a barrier line. Only roads cross
 * barriers: an off-road leg that crosses a river is no way to school.
 */
import type { SegmentIndex } from './build-segment-index.ts';

/** Twice the signed area of the triangle a, b, c: > 0 when c lies left of a → b. */
function orientation(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

/** Whether c, on the line through a and b, lies strictly between them. */
function strictlyBetween(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean {
  const along = (cx - ax) * (bx - ax) + (cy - ay) * (by - ay);
  const length = (bx - ax) * (bx - ax) + (by - ay) * (by - ay);
  return along > 0 && along < length;
}

/**
 * Whether the leg p → q meets a barrier anywhere but at its own two ends. A leg may start on a
 * barrier (a house on the bank) and may end on one (the point of a bridge above the river's
 * centreline), but it may not pass through a barrier line, nor through one of its vertices,
 * nor run along it. The test works on the degrees themselves: whether two straight segments
 * meet does not change under the local, nearly affine, map from degrees to metres.
 * @param stamps one number per barrier segment, used to test each segment once per call
 * @param stamp a number not yet used in `stamps`
 * @example crossesBarrier(index, 109.6, 23.05, 109.6, 23.15, stamps, 1) // true when a river runs between
 */
export function crossesBarrier(
  index: SegmentIndex,
  px: number,
  py: number,
  qx: number,
  qy: number,
  stamps: Int32Array,
  stamp: number,
): boolean {
  if (index.count === 0) return false;
  const { columns, rows, west, south, cellLongitude, cellLatitude, cellStart, items } = index;
  const { startLongitudes, startLatitudes, endLongitudes, endLatitudes } = index;
  const columnFrom = Math.max(0, Math.floor((Math.min(px, qx) - west) / cellLongitude));
  const columnTo = Math.min(columns - 1, Math.floor((Math.max(px, qx) - west) / cellLongitude));
  const rowFrom = Math.max(0, Math.floor((Math.min(py, qy) - south) / cellLatitude));
  const rowTo = Math.min(rows - 1, Math.floor((Math.max(py, qy) - south) / cellLatitude));
  for (let row = rowFrom; row <= rowTo; row++) {
    for (let column = columnFrom; column <= columnTo; column++) {
      const cell = row * columns + column;
      const end = cellStart[cell + 1] ?? 0;
      for (let slot = cellStart[cell] ?? 0; slot < end; slot++) {
        const segment = items[slot] ?? 0;
        if (stamps[segment] === stamp) continue;
        stamps[segment] = stamp;
        const ax = startLongitudes[segment] ?? 0;
        const ay = startLatitudes[segment] ?? 0;
        const bx = endLongitudes[segment] ?? 0;
        const by = endLatitudes[segment] ?? 0;
        const a = orientation(px, py, qx, qy, ax, ay);
        const b = orientation(px, py, qx, qy, bx, by);
        const p = orientation(ax, ay, bx, by, px, py);
        const q = orientation(ax, ay, bx, by, qx, qy);
        // A proper crossing: each segment's ends lie on both sides of the other.
        if (((a < 0 && b > 0) || (a > 0 && b < 0)) && ((p < 0 && q > 0) || (p > 0 && q < 0))) return true;
        // A barrier vertex on the leg, strictly between its ends (through a vertex, or along the line).
        if (a === 0 && strictlyBetween(px, py, qx, qy, ax, ay)) return true;
        if (b === 0 && strictlyBetween(px, py, qx, qy, bx, by)) return true;
      }
    }
  }
  return false;
}
