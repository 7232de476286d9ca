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

/**
 * The first index from `from` in ascending `values` whose value is not below `value`: galloping
 * from `from` (a radius change makes many changes a few gaps apart), then a binary search.
 */
function lowerBound(values: Int32Array, value: number, from: number): number {
  let low = from;
  let step = 1;
  while (low + step < values.length && (values[low + step - 1] ?? 0) < value) {
    low += step;
    step *= 2;
  }
  let high = Math.min(values.length, low + step);
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
  // At most one run before each change and one after the last; at most one fresh entry per change.
  const runs = new Int32Array(3 * (changes.length + 1));
  const fresh = new Int32Array(changes.length);
  let runCount = 0;
  let freshCount = 0;
  let from = 0;
  let at = 0;
  const copy = (to: number) => {
    if (to <= from) return;
    copyRun(before, gapPositions, from, at, to - from);
    copyRun(beforeDistances, gapDistances, from, at, to - from);
    runs[runCount++] = from;
    runs[runCount++] = at;
    runs[runCount++] = to - from;
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
    fresh[freshCount++] = at;
    at++;
  }
  copy(before.length);
  return {
    gapPositions,
    gapDistances,
    runs: runs.subarray(0, runCount),
    fresh: fresh.subarray(0, freshCount),
  };
}

/** Below this length a run is copied value by value: a view per run would cost more than the copy. */
const SHORT_RUN = 32;

/**
 * Copies `length` values of `source` from `from` into `target` at `at` (typed arrays of one kind).
 * @example copyRun(previous.gapPositions, gapPositions, 10, 8, 3)
 */
export function copyRun<T extends Int32Array | Float64Array>(
  source: T,
  target: T,
  from: number,
  at: number,
  length: number,
): void {
  if (length < SHORT_RUN) {
    for (let index = 0; index < length; index++) target[at + index] = source[from + index] as number;
  } else target.set(source.subarray(from, from + length), at);
}
