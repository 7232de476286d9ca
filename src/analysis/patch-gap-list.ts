/**
 * A coverage summary's gap list (positions of the points beyond their radius, ascending, and
 * their distances) patched from the previous one after an edit, and how: what was made from the
 * previous list (the gap points' columns) can be patched the same way.
 */

/** A gap list, as a kind's coverage result holds it. */
export interface GapList {
  gapPositions: Int32Array;
  gapDistances: Float64Array;
}

/**
 * How a gap list was made from the previous one: runs copied (previous index, new index, length,
 * in threes) and the new indices written anew — to patch what was made from the previous list.
 */
export interface GapPatch {
  previous: GapList;
  runs: Int32Array;
  fresh: Int32Array;
}
const gapPatches = new WeakMap<GapList, GapPatch>();

/** How the gap list of `result` was patched from a previous one, if it was. */
export function gapPatchOf(result: GapList): GapPatch | undefined {
  return gapPatches.get(result);
}

/** Notes how the gap list of `result` was patched. */
export function recordGapPatch(result: GapList, patch: GapPatch): void {
  gapPatches.set(result, patch);
}

/** The first index from `from` in ascending `values` whose value is not below `value`. */
function lowerBound(values: Int32Array, value: number, from: number): number {
  let low = from;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The gap list from the previous one, for the positions that were or are gaps among those
 * counted again (`changes`, ascending; `gapSlotOfPosition`: −1 not a gap, −2 a gap without
 * coordinates, else its slot, whose distance is in `distances`): the runs between them copied,
 * they written anew.
 */
export function patchGaps(
  gapSlotOfPosition: Int32Array,
  distances: Float64Array,
  gapCount: number,
  previous: GapList,
  changes: Int32Array,
) {
  const before = previous.gapPositions;
  const beforeDistances = previous.gapDistances;
  const gapPositions = new Int32Array(gapCount);
  const gapDistances = new Float64Array(gapCount);
  const runs: number[] = [];
  const fresh: number[] = [];
  let from = 0;
  let at = 0;
  const copy = (to: number) => {
    if (to <= from) return;
    gapPositions.set(before.subarray(from, to), at);
    gapDistances.set(beforeDistances.subarray(from, to), at);
    runs.push(from, at, to - from);
    at += to - from;
    from = to;
  };
  for (const position of changes) {
    copy(lowerBound(before, position, from));
    if (before[from] === position) from++;
    const slot = gapSlotOfPosition[position] ?? -1;
    if (slot === -1) continue;
    gapPositions[at] = position;
    gapDistances[at] = slot >= 0 ? (distances[slot] ?? 0) : Number.POSITIVE_INFINITY;
    fresh.push(at);
    at++;
  }
  copy(before.length);
  return { gapPositions, gapDistances, runs: Int32Array.from(runs), fresh: Int32Array.from(fresh) };
}
