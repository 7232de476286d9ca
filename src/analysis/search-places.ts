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

/**
 * The hits of each group, best first, at most `limit` each; `total` counts all of them, and
 * `all` (with `keepAll`) lists every hit's item, unranked.
 */
export type SearchResult = Record<SearchGroup, { hits: SearchHit[]; total: number; all?: number[] }>;

/** Search options. */
export interface SearchOptions {
  /** Most hits kept per group. */
  limit?: number;
  /**
   * `all` checks every item instead of the postings' candidates: the same hits, slower; for
   * the benchmark's naive row and the tests that prove the postings lose nothing.
   */
  scan?: 'postings' | 'all';
  /** Lists every hit's item too (unranked): the search box counts the hits its filters hide. */
  keepAll?: boolean;
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

/** The positions in both ascending lists. */
function intersect(left: Uint32Array, right: Uint32Array): Uint32Array {
  const kept = new Uint32Array(Math.min(left.length, right.length));
  let count = 0;
  let at = 0;
  for (const position of left) {
    while (at < right.length && (right[at] as number) < position) at += 1;
    if (at === right.length) break;
    if (right[at] === position) kept[count++] = position;
  }
  return kept.subarray(0, count);
}

const NONE = new Uint32Array(0);

/**
 * The items whose name can match at all: every name match holds each Chinese character of the
 * query's words, and each letter pair of a word typed in letters, so the postings of all of
 * them are intersected (shortest first); null when the query gives no key (check every item).
 * Codes are matched apart ({@link codeRun}).
 */
function candidatesOf(index: SearchIndex, query: Query): Uint32Array | null {
  const lists: Uint32Array[] = [];
  for (const word of query.words) {
    const characters = [...word];
    if (characters.every((character) => HAN.test(character))) {
      for (const character of characters) lists.push(index.hanPostings.get(character) ?? NONE);
    } else if (characters.every((character) => !HAN.test(character))) {
      if (characters.length === 1) lists.push(index.latinPostings.get(word) ?? NONE);
      for (let position = 0; position + 1 < characters.length; position++) {
        lists.push(index.latinPostings.get(word.slice(position, position + 2)) ?? NONE);
      }
    }
  }
  if (lists.length === 0) return null;
  lists.sort((a, b) => a.length - b.length);
  let kept = lists[0] as Uint32Array;
  for (let at = 1; at < lists.length && kept.length > 0; at++)
    kept = intersect(kept, lists[at] as Uint32Array);
  return kept;
}

/** The run of `codeOrder` whose codes start with the query: [from, to). */
function codeRun(index: SearchIndex, whole: string): [number, number] {
  const { codeOrder, entries } = index;
  const codeAt = (at: number) => entries[codeOrder[at] as number]?.code ?? '';
  let low = 0;
  let high = codeOrder.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (codeAt(middle) < whole) low = middle + 1;
    else high = middle;
  }
  let to = low;
  while (to < codeOrder.length && codeAt(to).startsWith(whole)) to += 1;
  return [low, to];
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

/** How an entry's code matches the query (only from its start), or -1. */
function codeTier(entry: SearchEntry, query: Query): number {
  if (entry.code === query.whole) return MATCH_TIERS.exact;
  if (query.latin && entry.code !== '' && entry.code.startsWith(query.whole)) return MATCH_TIERS.namePrefix;
  return -1;
}

/** How an entry matches the query by code or name, whichever is better, or -1. */
function matchTier(entry: SearchEntry, query: Query): number {
  const byCode = codeTier(entry, query);
  if (byCode === MATCH_TIERS.exact) return byCode;
  const byName = nameTier(entry, query);
  return byCode < 0 ? byName : byName < 0 ? byCode : Math.min(byCode, byName);
}

/** How an entry's name matches the query, or -1. */
function nameTier(entry: SearchEntry, query: Query): number {
  const { whole } = query;
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

/** One group's hits of one tier as they come: how many, and the `limit` best so far. */
interface TierHits {
  count: number;
  /** Shorter name first, then earlier in the index; at most `limit`. */
  best: number[];
}

/** Shorter name first, then earlier in the index. */
function rankOrder(lengths: Uint16Array): (a: number, b: number) => number {
  return (a, b) => (lengths[a] ?? 0) - (lengths[b] ?? 0) || a - b;
}

/** Above this many kept hits a tier collects them all and sorts them once at the end. */
const SORTED_AS_THEY_COME = 64;

/** Keeps a hit in its tier: counted, and among the best when it ranks there. */
function keepHit(
  hits: TierHits,
  item: number,
  limit: number,
  better: (a: number, b: number) => number,
): void {
  hits.count += 1;
  const { best } = hits;
  if (limit > SORTED_AS_THEY_COME) {
    best.push(item);
    return;
  }
  // Most hits of a long run rank below the kept ones: one comparison and they are passed over.
  if (best.length === limit && (limit === 0 || better(item, best[limit - 1] as number) >= 0)) return;
  let at = best.length;
  while (at > 0 && better(item, best[at - 1] as number) < 0) at -= 1;
  best.splice(at, 0, item);
  if (best.length > limit) best.pop();
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
  const groups = ['township', 'school', 'village'] as const;
  const all: Record<SearchGroup, number[]> = { township: [], school: [], village: [] };
  const tiers = () => Array.from({ length: TIER_COUNT }, (): TierHits => ({ count: 0, best: [] }));
  const byTier: Record<SearchGroup, TierHits[]> = { township: tiers(), school: tiers(), village: tiers() };
  // A tier's best are the group's first `limit` at most: no tier needs to keep more.
  const kept = Number.isFinite(limit) ? limit : index.entries.length;
  const better = rankOrder(index.nameLengths);
  const keep = (position: number, tier: number) => {
    const entry = index.entries[position];
    if (!entry || tier < 0) return;
    const hits = byTier[entry.group][tier];
    if (hits) keepHit(hits, position, kept, better);
    if (options.keepAll) all[entry.group].push(position);
  };
  if (options.scan === 'all') {
    for (let position = 0; position < index.entries.length; position++) {
      const entry = index.entries[position];
      if (entry) keep(position, matchTier(entry, query));
    }
  } else {
    // The names that can match, then the run of codes that start with the query; an item found
    // both ways keeps the better tier.
    const byName = new Map<number, number>();
    const candidates = candidatesOf(index, query);
    const count = candidates ? candidates.length : index.entries.length;
    for (let at = 0; at < count; at++) {
      const position = candidates ? (candidates[at] as number) : at;
      const entry = index.entries[position];
      const tier = entry ? nameTier(entry, query) : -1;
      if (tier >= 0) byName.set(position, tier);
    }
    const [from, to] = query.latin ? codeRun(index, query.whole) : [0, 0];
    const length = query.whole.length;
    for (let at = from; at < to; at++) {
      const position = index.codeOrder[at] as number;
      const entry = index.entries[position];
      if (!entry) continue;
      // In the run every code starts with the query: it is the code, or begins with it.
      const code = entry.code.length === length ? MATCH_TIERS.exact : MATCH_TIERS.namePrefix;
      const name = byName.size > 0 ? byName.get(position) : undefined;
      if (name !== undefined) byName.delete(position);
      keep(position, name === undefined ? code : Math.min(code, name));
    }
    for (const [position, tier] of byName) keep(position, tier);
  }
  for (const group of groups) {
    const hits: SearchHit[] = [];
    let total = 0;
    byTier[group].forEach((tierHits, tier) => {
      total += tierHits.count;
      const best = kept > SORTED_AS_THEY_COME ? tierHits.best.sort(better) : tierHits.best;
      for (const item of best) {
        if (hits.length >= limit) break;
        hits.push({ item, tier });
      }
    });
    result[group] = options.keepAll ? { hits, total, all: all[group] } : { hits, total };
  }
  return result;
}
