/** Whole children from exact figures, keeping the total. */

/**
 * Whole numbers from non-negative exact figures by cumulative rounding: the i-th gets
 * round(sum of the first i + 1) − round(sum of the first i). The parts add up to the rounded total
 * and each is within one of its exact figure; whole figures come back unchanged. Negative and
 * non-finite figures count as zero. The same rule the population model spreads people with.
 * @example roundCumulatively([0.4, 0.4, 0.4]) // Int32Array [0, 1, 0]
 */
export function roundCumulatively(exact: ArrayLike<number>): Int32Array {
  const whole = new Int32Array(exact.length);
  let running = 0;
  let given = 0;
  for (let position = 0; position < exact.length; position++) {
    const value = exact[position] ?? 0;
    if (value > 0 && Number.isFinite(value)) running += value;
    const upTo = Math.round(running);
    whole[position] = upTo - given;
    given = upTo;
  }
  return whole;
}
