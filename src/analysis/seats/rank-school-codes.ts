/** Schools ranked by their codes, for the tie rule of the seat allocation. */

/**
 * The rank of every school's code compared as text (UTF-16 code units, as `<` compares strings:
 * `'10' < '9'`), ties (the same code twice) by position; ranks are 0 … n − 1.
 * @example rankSchoolCodes(['b', 'a', 'c']) // Int32Array [1, 0, 2]
 */
export function rankSchoolCodes(codes: readonly string[]): Int32Array {
  const positions = codes.map((_, position) => position);
  positions.sort((a, b) => {
    const codeA = codes[a] ?? '';
    const codeB = codes[b] ?? '';
    return codeA < codeB ? -1 : codeA > codeB ? 1 : a - b;
  });
  const ranks = new Int32Array(codes.length);
  positions.forEach((position, rank) => {
    ranks[position] = rank;
  });
  return ranks;
}
