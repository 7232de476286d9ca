/**
 * Headers as column names are compared: the normal form and the key a mapping is remembered by.
 * A module of its own, without the synonym lists, so the store can remember mappings without
 * loading the column guesser (which stays out of the first load).
 */

/**
 * A header in the form names are compared in: full-width to half-width (NFKC), lower case,
 * without spaces, underscores, hyphens and dots.
 * @example normaliseHeader(' Ｌａｔ_itude ') // 'latitude'
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.·:：]/g, '');
}

/**
 * A key for remembering a mapping per header set (e.g. in localStorage): the same headers in
 * any order, case or width give the same key.
 * @example mappingKey(['名称', 'LNG', 'lat']) === mappingKey(['lat', 'lng', '名称']) // true
 */
export function mappingKey(headers: readonly string[]): string {
  return [...headers.map(normaliseHeader)].sort().join('|');
}
