/** Finds schools by name, pinyin initials (e.g. gnzx for 港南中学) or full pinyin. */

/** Pinyin of a name: initials and full spelling, lower case, without tones or spaces. */
export interface PinyinForms {
  initials: string;
  spelled: string;
}

/** One searchable school. */
export interface SearchEntry {
  index: number;
  name: string;
  initials: string;
  spelled: string;
}

/**
 * Builds the search entries. The pinyin converter is passed in so the large pinyin dictionary
 * loads only when the user first searches.
 */
export function buildSearchIndex(
  names: readonly string[],
  toPinyin: (name: string) => PinyinForms,
): SearchEntry[] {
  return names.map((name, index) => ({ index, name, ...toPinyin(name) }));
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s'·]/g, '');
}

/**
 * Indices of the best matches, best first: name prefix, name substring, initials prefix,
 * initials substring, spelled-out pinyin substring; ties keep roster order.
 */
export function searchSchools(entries: readonly SearchEntry[], query: string, limit = 10): number[] {
  const needle = normalise(query);
  if (needle === '') return [];
  const ranked: { index: number; rank: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    const name = normalise(entry.name);
    let rank = -1;
    if (name.startsWith(needle)) rank = 0;
    else if (name.includes(needle)) rank = 1;
    else if (entry.initials.startsWith(needle)) rank = 2;
    else if (entry.initials.includes(needle)) rank = 3;
    else if (entry.spelled.includes(needle)) rank = 4;
    if (rank >= 0) ranked.push({ index: entry.index, rank, order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.slice(0, limit).map((item) => item.index);
}
