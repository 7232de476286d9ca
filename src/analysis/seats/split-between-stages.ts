/** Sharing a whole number between the two stages of a two-stage school by their years. */

/**
 * Splits a whole number (seats, classes, pupils) between a school's lower and higher stage in
 * proportion to their years: the higher stage gets floor(total × its share), the lower stage the
 * rest, so the parts are whole and add up to the total. A 九年一贯制 school's 900 seats split
 * 6 : 3 give 小学 600 and 初中 300; 1000 seats give 初中 floor(333.3) = 333 and 小学 667.
 * @param total a non-negative whole number
 * @returns [lower stage, higher stage]
 * @example splitBetweenStages(1000, 6, 3) // [667, 333]
 */
export function splitBetweenStages(total: number, lowerYears: number, higherYears: number): [number, number] {
  const years = lowerYears + higherYears;
  if (!(years > 0)) return [total, 0];
  const higher = Math.floor((total * higherYears) / years);
  return [total - higher, higher];
}
