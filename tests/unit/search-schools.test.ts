import { describe, expect, it } from 'vitest';
import { toPinyinForms } from '../../src/analysis/pinyin-forms.ts';
import { buildSearchIndex, searchSchools } from '../../src/analysis/search-schools.ts';

const names = ['港南中学', '桥圩镇中心小学', '港南区第二中学', '木格镇云垌村教学点', '桥圩镇小太阳幼儿园'];
const entries = buildSearchIndex(names, toPinyinForms);

describe('searchSchools', () => {
  it('gives pinyin initials and spelling without tones', () => {
    expect(toPinyinForms('港南中学')).toEqual({ initials: 'gnzx', spelled: 'gangnanzhongxue' });
  });

  it('finds by Chinese substring, name prefix first', () => {
    expect(searchSchools(entries, '港南')).toEqual([0, 2]);
    expect(searchSchools(entries, '中学')).toEqual([0, 2]);
  });

  it('finds by pinyin initials, case-insensitive', () => {
    expect(searchSchools(entries, 'GNZX')).toEqual([0]);
    expect(searchSchools(entries, 'qxz')).toEqual([1, 4]);
  });

  it('finds by full pinyin', () => {
    expect(searchSchools(entries, 'yundong')).toEqual([3]);
  });

  it('returns nothing for an empty query or no match', () => {
    expect(searchSchools(entries, '  ')).toEqual([]);
    expect(searchSchools(entries, '大学')).toEqual([]);
  });
});
