/**
 * A list as the changes since another: what crosses a worker boundary when a roster of 30,000
 * schools (or the flags of as many) changed in a few places. Items are compared by identity, so
 * the side that makes the changes must keep its items as objects that stay the same while
 * unchanged (the store's roster does: an edit replaces the records it changes).
 */

/** Replace `remove` items of the old list from position `at` (in the old list) with `insert`. */
export interface ListSplice<T> {
  at: number;
  remove: number;
  insert: T[];
}

/**
 * The splices that turn `before` into `after`, ascending and not overlapping, items compared by
 * identity: common ends are skipped, then an item of `after` found further on in `before` drops
 * the items before it, any other item is inserted. `diffList([], list)` is the whole list.
 * @example applySplices(before, diffList(before, after)) // the items of `after`, in its order
 */
export function diffList<T>(before: readonly T[], after: readonly T[]): ListSplice<T>[] {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  let beforeEnd = before.length;
  let afterEnd = after.length;
  while (beforeEnd > start && afterEnd > start && before[beforeEnd - 1] === after[afterEnd - 1]) {
    beforeEnd--;
    afterEnd--;
  }
  if (start === beforeEnd)
    return start === afterEnd ? [] : [{ at: start, remove: 0, insert: after.slice(start, afterEnd) }];
  if (start === afterEnd) return [{ at: start, remove: beforeEnd - start, insert: [] }];
  // First place of each old item between the common ends.
  const placeOf = new Map<T, number>();
  for (let index = beforeEnd - 1; index >= start; index--) placeOf.set(before[index] as T, index);
  const splices: ListSplice<T>[] = [];
  let open: ListSplice<T> | null = null;
  let old = start;
  let next = start;
  while (old < beforeEnd || next < afterEnd) {
    if (old < beforeEnd && next < afterEnd && before[old] === after[next]) {
      open = null;
      old++;
      next++;
      continue;
    }
    if (!open) {
      open = { at: old, remove: 0, insert: [] };
      splices.push(open);
    }
    if (next < afterEnd) {
      const item = after[next] as T;
      const found = placeOf.get(item);
      if (found !== undefined && found > old && found < beforeEnd) {
        open.remove += found - old;
        old = found;
      } else {
        open.insert.push(item);
        next++;
      }
    } else {
      open.remove += beforeEnd - old;
      old = beforeEnd;
    }
  }
  return splices;
}

/**
 * `before` with the splices applied (a new list; the items are shared). Throws on splices that
 * do not fit `before` (not ascending, overlapping or beyond its end).
 * @example applySplices(['a', 'b', 'c'], [{ at: 1, remove: 1, insert: ['B', 'B2'] }]) // ['a', 'B', 'B2', 'c']
 */
export function applySplices<T>(before: readonly T[], splices: readonly ListSplice<T>[]): T[] {
  const result: T[] = [];
  let position = 0;
  for (const { at, remove, insert } of splices) {
    if (at < position || remove < 0 || at + remove > before.length)
      throw new RangeError('the changes do not fit the list they are applied to');
    for (let index = position; index < at; index++) result.push(before[index] as T);
    for (const item of insert) result.push(item);
    position = at + remove;
  }
  for (let index = position; index < before.length; index++) result.push(before[index] as T);
  return result;
}

/** How many items the splices carry. */
export function insertedCount(splices: readonly ListSplice<unknown>[]): number {
  let count = 0;
  for (const splice of splices) count += splice.insert.length;
  return count;
}
