/**
 * What the benchmark (scripts/bench/prepare-points-bench.ts) and the equality tests compare
 * between the previous and the current preparation: the prepared points' columns, to the last bit.
 */

/** The columns of the prepared points (`PreparedPoints`) compared. */
export const PREPARED_COLUMNS = [
  'coordinates',
  'unplaced',
  'order',
  'vectors',
  'nodeStart',
  'nodeEnd',
  'nodeFirstChild',
  'nodeChildren',
  'nodeCentres',
  'nodeReach',
] as const;

/**
 * Where two arrays of numbers first differ, bit for bit (NaN equal to NaN, 0 and −0 told apart),
 * or null when they are the same.
 * @example firstDifference([1, 2], [1, 3]) // '[1]: 2 against 3'
 */
export function firstDifference(actual: ArrayLike<number>, expected: ArrayLike<number>): string | null {
  if (actual.length !== expected.length) return `length ${actual.length} against ${expected.length}`;
  for (let index = 0; index < expected.length; index++)
    if (!Object.is(actual[index], expected[index]))
      return `[${index}]: ${actual[index]} against ${expected[index]}`;
  return null;
}
