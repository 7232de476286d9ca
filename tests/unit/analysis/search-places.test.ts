import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSyllables } from '../../../src/analysis/pinyin-forms.ts';
import { buildSearchIndex, type SearchItem } from '../../../src/analysis/search-index.ts';
import { MATCH_TIERS, searchPlaces } from '../../../src/analysis/search-places.ts';
import { normaliseSearchText } from '../../../src/analysis/search-text.ts';

const items: SearchItem[] = [
  { group: 'township', name: '瓦塘镇', code: '450803107' },
  { group: 'township', name: '桥圩镇', code: '450803100' },
  { group: 'township', name: '江南街道', code: '450803001' },
  { group: 'school', name: '瓦塘镇中心小学', code: '4508030107' },
  { group: 'school', name: '瓦塘镇上喜村小学', code: '4508030108' },
  { group: 'school', name: '港南中学', code: '4508030001' },
  { group: 'school', name: '桥圩镇中心幼儿园', code: '4508030100' },
  { group: 'school', name: '港南区第二中学', code: '4508030002' },
  { group: 'village', name: '上喜村委会', code: '450803107201' },
  { group: 'village', name: '南江社区', code: '450803001002' },
];
const index = buildSearchIndex(items, toSyllables);

/** The names of a group's hits, best first. */
function names(query: string, group: 'township' | 'school' | 'village' = 'school'): string[] {
  return searchPlaces(index, query)[group].hits.map((hit) => items[hit.item]?.name ?? '');
}

describe('normaliseSearchText', () => {
  it('reads full-width as half-width, ignores case, spaces and punctuation', () => {
    expect(normaliseSearchText('ＷＴＺＸ　xx')).toBe('wtzxxx');
    expect(normaliseSearchText('瓦塘·中心（小学）')).toBe('瓦塘中心小学');
    expect(normaliseSearchText('  Wa  Tang ', true)).toBe('wa tang');
  });
});

describe('searchPlaces', () => {
  it('finds a school by its code, exactly first', () => {
    expect(names('4508030107')[0]).toBe('瓦塘镇中心小学');
    expect(searchPlaces(index, '4508030107').school.hits[0]?.tier).toBe(MATCH_TIERS.exact);
  });

  it('finds a name without its generic words, and with them', () => {
    expect(names('瓦塘中心')[0]).toBe('瓦塘镇中心小学');
    expect(names('瓦塘镇中心小学')[0]).toBe('瓦塘镇中心小学');
    expect(names('瓦塘小学')).toEqual(['瓦塘镇中心小学', '瓦塘镇上喜村小学']);
  });

  it('takes the words in any order', () => {
    expect(names('中心 瓦塘')[0]).toBe('瓦塘镇中心小学');
    expect(names('小学瓦塘')).toContain('瓦塘镇中心小学');
    expect(names('中学 港南')).toEqual(['港南中学', '港南区第二中学']);
  });

  it('finds pinyin initials with or without the generic words', () => {
    expect(names('wtzxxx')[0]).toBe('瓦塘镇中心小学');
    expect(names('wtzzxxx')[0]).toBe('瓦塘镇中心小学');
    expect(names('wtxx')[0]).toBe('瓦塘镇中心小学');
    expect(names('GNZX')[0]).toBe('港南中学');
  });

  it('finds full pinyin with or without spaces, full-width too', () => {
    expect(names('watang zhongxin')[0]).toBe('瓦塘镇中心小学');
    expect(names('watangzhongxin')[0]).toBe('瓦塘镇中心小学');
    expect(names('ｗａｔａｎｇ　ｚｈｏｎｇｘｉｎ')[0]).toBe('瓦塘镇中心小学');
    expect(names('zhongxin watang')[0]).toBe('瓦塘镇中心小学');
  });

  it('groups townships, schools and villages', () => {
    const result = searchPlaces(index, '瓦塘');
    expect(result.township.hits.map((hit) => items[hit.item]?.name)).toEqual(['瓦塘镇']);
    expect(result.school.total).toBe(2);
    expect(names('上喜', 'village')).toEqual(['上喜村委会']);
    expect(names('nanjiang', 'village')).toEqual(['南江社区']);
    expect(names('江南', 'township')).toEqual(['江南街道']);
  });

  it('ranks a name that starts with the query before one that only contains it', () => {
    expect(names('港南')).toEqual(['港南中学', '港南区第二中学']);
    const tiers = searchPlaces(index, '中心').school.hits.map((hit) => hit.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
  });

  it('finds nothing for an empty query or a name that is not there', () => {
    expect(searchPlaces(index, '  ').school.total).toBe(0);
    expect(searchPlaces(index, '大学').school.total).toBe(0);
    expect(searchPlaces(index, 'xyz').school.total).toBe(0);
  });

  it('keeps at most `limit` hits a group and counts them all', () => {
    const result = searchPlaces(index, 'x', { limit: 1 });
    expect(result.school.hits).toHaveLength(1);
    expect(result.school.total).toBeGreaterThan(1);
  });

  it('finds the same through the postings as by checking every item (any query)', () => {
    const alphabet = [...'瓦塘镇中心小学港南桥圩幼儿园上喜村委会wtzxgnqa 4508ＷＴ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 7 }), (characters) => {
        const query = characters.join('');
        expect(searchPlaces(index, query)).toEqual(searchPlaces(index, query, { scan: 'all' }));
      }),
      { numRuns: 400 },
    );
  });

  it('finds every item by any part of its name, and by its full pinyin', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: items.length - 1 }),
        fc.nat(),
        fc.nat(),
        (position, start, length) => {
          const item = items[position] as SearchItem;
          const characters = [...item.name];
          const from = start % characters.length;
          const part = characters.slice(from, from + 1 + (length % (characters.length - from))).join('');
          const hits = searchPlaces(index, part, { limit: items.length })[item.group].hits;
          expect(hits.map((hit) => hit.item)).toContain(position);
          const pinyin = toSyllables(item.name).join(' ');
          const byPinyin = searchPlaces(index, pinyin, { limit: items.length })[item.group].hits;
          expect(byPinyin.map((hit) => hit.item)).toContain(position);
        },
      ),
      { numRuns: 200 },
    );
  });
});
