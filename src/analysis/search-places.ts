/**
 * Finds townships, schools and villages as people type them: a code, a name or part of it, the
 * words in any order, with or without 镇/乡/中心/学校, pinyin initials or full pinyin (with or
 * without spaces), full-width or half-width. Results come grouped and ranked, best first.
 */
import type { SearchEntry, SearchGroup, SearchIndex } from './search-index.ts';
import { normaliseSearchText, SEARCH_GENERIC_WORDS } from './search-text.ts';

/** How well an item matched; lower is better. */
export const MATCH_TIERS = {
  exact: 0,
  namePrefix: 1,
  nameContains: 2,
  wordsInOrder: 3,
  wordsAnyOrder: 4,
  initialsPrefix: 5,
  initialsContains: 6,
  pinyinContains: 7,
  pinyinWords: 8,
  charactersAnyOrder: 9,
} as const;

/** One found item. */
export interface SearchHit {
  /** Position of the item in the index. */
  item: number;
  tier: number;
}

/** The hits of each group, best first, at most `limit` each; `total` counts all of them. */
export type SearchResult = Record<SearchGroup, { hits: SearchHit[]; total: number }>;

/** Search options. */
export interface SearchOptions {
  /** Most hits kept per group. */
  limit?: number;
  /**
   * `all` checks every item instead of the postings' candidates: the same hits, slower; for
   * the benchmark's naive row and the tests that prove the postings lose nothing.
   */
  scan?: 'postings' | 'all';
}

const HAN = /\p{Script=Han}/u;
const GENERIC_SPLIT = new RegExp(SEARCH_GENERIC_WORDS.join('|'), 'g');

/** A query in the forms the checks use. */
interface Query {
  /** The whole query, normalised, without spaces. */
  whole: string;
  /** `|whole`, `|whole|`: a form starting with it, a form equal to it. */
  formStart: string;
  formWhole: string;
  /** Its words without generic words (split at spaces and at the generic words). */
  words: string[];
  /** Its words split at spaces only (full pinyin typed with spaces). */
  spaced: string[];
  /** Whether it holds Chinese characters, and whether letters or digits. */
  han: boolean;
  latin: boolean;
  /** The Chinese characters of its words, for the loosest check. */
  characters: string[];
}

function readQuery(text: string): Query {
  const spaced = normaliseSearchText(text, true).split(' ').filter(Boolean);
  const words = spaced.flatMap((word) => word.split(GENERIC_SPLIT)).filter(Boolean);
  const whole = spaced.join('');
  const characters = [...words.join('')];
  return {
    whole,
    formStart: `|${whole}`,
    formWhole: `|${whole}|`,
    words,
    spaced,
    han: HAN.test(whole),
    latin: /[^\p{Script=Han}]/u.test(whole),
    characters: characters.every((character) => HAN.test(character)) ? characters : [],
  };
}

/**
 * The items that can match at all: every match holds each Chinese character of the query's
 * words, and each letter pair of a word typed in letters. The shortest posting list is checked.
 */
function candidatesOf(index: SearchIndex, query: Query): ArrayLike<number> | null {
  let best: Uint32Array | null = null;
  for (const word of query.words) {
    const characters = [...word];
    const keys: { map: ReadonlyMap<string, Uint32Array>; key: string }[] = [];
    if (characters.every((character) => HAN.test(character))) {
      for (const character of characters) keys.push({ map: index.hanPostings, key: character });
    } else if (characters.every((character) => !HAN.test(character))) {
      if (characters.length === 1) keys.push({ map: index.latinPostings, key: word });
      for (let position = 0; position + 1 < characters.length; position++) {
        keys.push({ map: index.latinPostings, key: word.slice(position, position + 2) });
      }
    }
    for (const { map, key } of keys) {
      const list = map.get(key) ?? new Uint32Array(0);
      if (best === null || list.length < best.length) best = list;
    }
  }
  return best;
}

/** Whether one form (between bars) holds the words in order. */
function wordsInOrder(forms: string, words: readonly string[]): boolean {
  let formStart = 1;
  while (formStart < forms.length) {
    const bar = forms.indexOf('|', formStart);
    const formEnd = bar < 0 ? forms.length : bar;
    let from = formStart;
    let found = true;
    for (const word of words) {
      const at = forms.indexOf(word, from);
      if (at < 0 || at + word.length > formEnd) {
        found = false;
        break;
      }
      from = at + word.length;
    }
    if (found) return true;
    formStart = formEnd + 1;
  }
  return false;
}

/** How an entry matches the query, or -1. */
function matchTier(entry: SearchEntry, query: Query): number {
  const { whole } = query;
  if (entry.code === whole) return MATCH_TIERS.exact;
  if (query.latin && entry.code !== '' && entry.code.startsWith(whole)) return MATCH_TIERS.namePrefix;
  if (query.han) {
    if (entry.hanzi.includes(query.formWhole)) return MATCH_TIERS.exact;
    if (entry.text.startsWith(whole)) return MATCH_TIERS.namePrefix;
    if (entry.hanzi.includes(whole)) return MATCH_TIERS.nameContains;
    const { words } = query;
    if (words.length > 0) {
      if (wordsInOrder(entry.hanzi, words)) return MATCH_TIERS.wordsInOrder;
      if (words.every((word) => entry.hanzi.includes(word))) return MATCH_TIERS.wordsAnyOrder;
    }
    const { characters } = query;
    if (characters.length > 1 && characters.every((character) => entry.text.includes(character)))
      return MATCH_TIERS.charactersAnyOrder;
    if (!query.latin) return -1;
  }
  if (entry.text === whole) return MATCH_TIERS.exact;
  if (entry.initials.includes(query.formStart)) return MATCH_TIERS.initialsPrefix;
  if (entry.initials.includes(whole)) return MATCH_TIERS.initialsContains;
  if (entry.spelled.includes(whole)) return MATCH_TIERS.pinyinContains;
  const { spaced } = query;
  if (
    spaced.length > 1 &&
    spaced.every((word) => entry.spelled.includes(word) || entry.initials.includes(word))
  )
    return MATCH_TIERS.pinyinWords;
  return -1;
}

const TIER_COUNT = Object.keys(MATCH_TIERS).length;

/** The `limit` best of one tier's hits: shorter name first, then earlier in the index. */
function bestOf(index: SearchIndex, items: number[], limit: number): number[] {
  const length = (item: number) => index.entries[item]?.text.length ?? 0;
  const better = (a: number, b: number) => length(a) - length(b) || a - b;
  if (items.length <= limit * 4) return items.sort(better).slice(0, limit);
  // Many hits (every code starts 4508…): keep a small sorted list instead of sorting them all.
  const kept: number[] = [];
  for (const item of items) {
    if (kept.length === limit && better(item, kept[limit - 1] as number) >= 0) continue;
    let at = kept.length;
    while (at > 0 && better(item, kept[at - 1] as number) < 0) at -= 1;
    kept.splice(at, 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

/**
 * Searches the index: hits grouped (乡镇, 学校, 村), each group ranked by how well the item
 * matched, then by shorter name, then by its position in the index.
 * @example searchPlaces(index, 'wtzxxx').school.hits[0] // the hit for 瓦塘镇中心小学
 */
export function searchPlaces(index: SearchIndex, text: string, options: SearchOptions = {}): SearchResult {
  const limit = options.limit ?? 10;
  const query = readQuery(text);
  const result: SearchResult = {
    township: { hits: [], total: 0 },
    school: { hits: [], total: 0 },
    village: { hits: [], total: 0 },
  };
  if (query.whole === '') return result;
  const candidates = options.scan === 'all' ? null : candidatesOf(index, query);
  const count = candidates ? candidates.length : index.entries.length;
  const groups = ['township', 'school', 'village'] as const;
  const byTier: Record<SearchGroup, number[][]> = {
    township: Array.from({ length: TIER_COUNT }, () => []),
    school: Array.from({ length: TIER_COUNT }, () => []),
    village: Array.from({ length: TIER_COUNT }, () => []),
  };
  for (let at = 0; at < count; at++) {
    const position = candidates ? (candidates[at] as number) : at;
    const entry = index.entries[position];
    if (!entry) continue;
    const tier = matchTier(entry, query);
    if (tier >= 0) byTier[entry.group][tier]?.push(position);
  }
  for (const group of groups) {
    const hits: SearchHit[] = [];
    let total = 0;
    byTier[group].forEach((items, tier) => {
      total += items.length;
      if (hits.length >= limit || items.length === 0) return;
      for (const item of bestOf(index, items, limit - hits.length)) hits.push({ item, tier });
    });
    result[group] = { hits, total };
  }
  return result;
}
