/**
 * How search sees text: full-width and half-width alike, case and spacing ignored, and the
 * generic words of place and school names (镇, 乡, 中心, 学校 …) that people leave out or put in.
 */

/**
 * Words a name may carry or drop without meaning another place: people type 瓦塘中心 for
 * 瓦塘镇中心小学. Data vocabulary, longest first so 村委会 is taken before 村.
 */
export const SEARCH_GENERIC_WORDS: readonly string[] = [
  '村委会',
  '居委会',
  '街道',
  '社区',
  '中心',
  '学校',
  '镇',
  '乡',
  '村',
];

/** Full-width ASCII (！ to ～) and the ideographic space, as their half-width forms. */
function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (character) =>
    character === '\u3000' ? ' ' : String.fromCharCode(character.charCodeAt(0) - 0xfee0),
  );
}

/**
 * Text as search compares it: half-width, lower case, and only letters, digits and Chinese
 * characters; `keepSpaces` keeps single spaces between words (a query's token boundaries).
 * @example normaliseSearchText('ＷａＴａｎｇ　中心·小学') // 'watang中心小学'
 * @example normaliseSearchText(' watang  zhongxin ', true) // 'watang zhongxin'
 */
export function normaliseSearchText(text: string, keepSpaces = false): string {
  const plain = toHalfWidth(text).toLowerCase();
  if (!keepSpaces) return plain.replace(/[^\p{L}\p{N}]/gu, '');
  return plain
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
