/**
 * The search index over townships, schools and villages: each name in every form people type
 * (with and without its generic words, as Chinese, pinyin initials and full pinyin), and postings
 * from each character and letter pair to the names holding it, so a keystroke checks only the
 * names that can match.
 */
import { normaliseSearchText, SEARCH_GENERIC_WORDS } from './search-text.ts';

/** The result groups, in the order the search box lists them. */
export type SearchGroup = 'township' | 'school' | 'village';

/** One thing to find. */
export interface SearchItem {
  group: SearchGroup;
  name: string;
  /** 学校代码, township or village code; found when typed. */
  code: string;
}

/** An item as search compares it. */
export interface SearchEntry {
  group: SearchGroup;
  /** The normalised name. */
  text: string;
  /** The normalised code. */
  code: string;
  /** The name's forms with and without generic words, each between `|` (the full name first). */
  hanzi: string;
  /** Pinyin initials of the same forms, each between `|`. */
  initials: string;
  /** Full pinyin of the same forms, each between `|`. */
  spelled: string;
}

/** The index: the items, their entries and postings (item positions by character or letter pair). */
export interface SearchIndex {
  items: readonly SearchItem[];
  entries: readonly SearchEntry[];
  /** Items whose name holds a Chinese character (positions ascending). */
  hanPostings: ReadonlyMap<string, Uint32Array>;
  /** Items whose pinyin holds a letter or digit, or a pair of them in a row (positions ascending). */
  latinPostings: ReadonlyMap<string, Uint32Array>;
  /**
   * Item positions ordered by code (items without a code left out): a code is only ever matched
   * from its start, so the items whose code starts with the query are one run, found by halving.
   */
  codeOrder: Uint32Array;
  /** Each item's normalised name length, for ranking without reading its entry. */
  nameLengths: Uint16Array;
}

/** Pinyin syllables of a text, one per character (non-Chinese characters as themselves). */
export type ToSyllables = (text: string) => string[];

/** At most this many generic words of one name are dropped in combination (2⁴ forms). */
const MAXIMUM_DROPPED_WORDS = 4;

const HAN = /\p{Script=Han}/u;

/** Where the generic words stand in a name: [start, end) character ranges, left to right. */
function genericRanges(characters: readonly string[]): [number, number][] {
  const ranges: [number, number][] = [];
  let position = 0;
  while (position < characters.length && ranges.length < MAXIMUM_DROPPED_WORDS) {
    const word = SEARCH_GENERIC_WORDS.find((candidate) =>
      [...candidate].every((character, offset) => characters[position + offset] === character),
    );
    if (word) {
      const length = [...word].length;
      // A name that is only a generic word (镇) keeps it: there would be nothing left to find.
      if (length < characters.length) ranges.push([position, position + length]);
      position += length;
    } else position += 1;
  }
  return ranges;
}

/** Every form of a name: each subset of its generic words left out, the full name first. */
function nameForms(characters: readonly string[], syllables: readonly string[]) {
  const ranges = genericRanges(characters);
  const forms = { hanzi: [] as string[], initials: [] as string[], spelled: [] as string[] };
  for (let mask = 0; mask < 1 << ranges.length; mask++) {
    const dropped = (index: number) =>
      ranges.some(([start, end], bit) => (mask & (1 << bit)) !== 0 && index >= start && index < end);
    let hanzi = '';
    let initials = '';
    let spelled = '';
    characters.forEach((character, index) => {
      if (dropped(index)) return;
      const syllable = syllables[index] ?? character;
      hanzi += character;
      initials += syllable.charAt(0);
      spelled += syllable;
    });
    forms.hanzi.push(hanzi);
    forms.initials.push(initials);
    forms.spelled.push(spelled);
  }
  // Bars around every form let one `includes('|…')` test "starts a form" and `|…|` "is a form".
  const joined = (list: string[]) => `|${list.join('|')}|`;
  return { hanzi: joined(forms.hanzi), initials: joined(forms.initials), spelled: joined(forms.spelled) };
}

/** Syllables of a normalised name, one per character, lower case. */
function syllablesOf(characters: readonly string[], toSyllables: ToSyllables): string[] {
  const whole = toSyllables(characters.join(''));
  // The converter reads words, so polyphones come out right; if it ever groups characters
  // differently, fall back to one character at a time.
  const syllables =
    whole.length === characters.length
      ? whole
      : characters.map((character) => toSyllables(character)[0] ?? character);
  return syllables.map((syllable) => normaliseSearchText(syllable) || syllable);
}

function addPosting(postings: Map<string, number[]>, key: string, position: number): void {
  const list = postings.get(key);
  if (!list) postings.set(key, [position]);
  else if (list[list.length - 1] !== position) list.push(position);
}

function frozen(postings: Map<string, number[]>): Map<string, Uint32Array> {
  return new Map([...postings].map(([key, list]) => [key, Uint32Array.from(list)]));
}

/**
 * Builds the index. The pinyin converter is passed in so its large dictionary loads only when
 * the user first searches (and tests can pass their own).
 * @example buildSearchIndex([{ group: 'school', name: '瓦塘镇中心小学', code: '45001' }], toSyllables)
 */
export function buildSearchIndex(items: readonly SearchItem[], toSyllables: ToSyllables): SearchIndex {
  const hanPostings = new Map<string, number[]>();
  const latinPostings = new Map<string, number[]>();
  const entries = items.map((item, position): SearchEntry => {
    const text = normaliseSearchText(item.name);
    const characters = [...text];
    const forms = nameForms(characters, syllablesOf(characters, toSyllables));
    const code = normaliseSearchText(item.code);
    for (const character of new Set(characters)) {
      if (HAN.test(character)) addPosting(hanPostings, character, position);
    }
    const keys = new Set<string>();
    for (const form of [forms.initials, forms.spelled]) {
      for (let index = 0; index < form.length; index++) {
        const character = form.charAt(index);
        if (character === '|' || HAN.test(character)) continue;
        keys.add(character);
        const next = form.charAt(index + 1);
        if (next !== '|' && next !== '' && !HAN.test(next)) keys.add(character + next);
      }
    }
    for (const key of keys) addPosting(latinPostings, key, position);
    return { group: item.group, text, code, ...forms };
  });
  const withCode: number[] = [];
  entries.forEach((entry, position) => {
    if (entry.code !== '') withCode.push(position);
  });
  withCode.sort((a, b) => {
    const left = entries[a]?.code ?? '';
    const right = entries[b]?.code ?? '';
    return left < right ? -1 : left > right ? 1 : a - b;
  });
  const nameLengths = Uint16Array.from(entries, (entry) => Math.min(entry.text.length, 0xffff));
  return {
    items,
    entries,
    hanPostings: frozen(hanPostings),
    latinPostings: frozen(latinPostings),
    codeOrder: Uint32Array.from(withCode),
    nameLengths,
  };
}
