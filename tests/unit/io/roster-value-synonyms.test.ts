import { describe, expect, it } from 'vitest';
import {
  readNumberText,
  readOwnership,
  readProjectStatus,
  readSchoolType,
  readYesNo,
} from '../../../src/io/roster-value-synonyms.ts';

describe('readSchoolType', () => {
  it.each([
    ['幼儿园', '幼儿园'],
    ['幼', '幼儿园'],
    ['学前', '幼儿园'],
    ['完小', '小学'],
    ['村小', '小学'],
    ['中心小学', '小学'],
    ['教学点', '教学点'],
    ['初级中学', '初中'],
    ['九年制', '九年一贯制'],
    ['高级中学', '高中'],
    ['完中', '完全中学'],
    ['特教', '特殊教育学校'],
    ['Kindergarten', '幼儿园'],
    ['nine-year', '九年一贯制'],
  ])('reads %s as %s without a warning', (value, type) => {
    expect(readSchoolType(value)).toEqual({ type, guessed: false });
  });

  it('reads fragments as guesses: 中学 is 初中 unless it says 高中 or 完全', () => {
    expect(readSchoolType('乡镇中学')).toEqual({ type: '初中', guessed: true });
    expect(readSchoolType('某某高级中学分校')).toEqual({ type: '高中', guessed: true });
    expect(readSchoolType('石门小学教学点')).toEqual({ type: '教学点', guessed: true });
    expect(readSchoolType('九年一贯制学校（含初中部）')).toEqual({ type: '九年一贯制', guessed: true });
  });

  it('refuses what the plan does not cover', () => {
    expect(readSchoolType('职业中学')).toBeNull();
    expect(readSchoolType('大学')).toBeNull();
    expect(readSchoolType('')).toBeNull();
  });
});

describe('other value synonyms', () => {
  it('reads yes/no in its many spellings', () => {
    for (const yes of ['是', 'Y', 'yes', 'TRUE', '1', '√', '有']) expect(readYesNo(yes)).toBe(true);
    for (const no of ['否', 'n', 'No', 'false', '0', '×', '无']) expect(readYesNo(no)).toBe(false);
    expect(readYesNo('也许')).toBeNull();
  });

  it('reads ownership and project status', () => {
    expect(readOwnership('公立')).toBe('公办');
    expect(readOwnership('私立')).toBe('民办');
    expect(readProjectStatus('施工中')).toBe('在建');
    expect(readProjectStatus('已完工')).toBe('竣工');
  });

  it('reads hand-written numbers with separators, full-width digits and units', () => {
    expect(readNumberText('１,２３４人')).toBe(1234);
    expect(readNumberText('330万元')).toBe(330);
    expect(readNumberText('2019年')).toBe(2019);
    expect(readNumberText('1000Mbps')).toBe(1000);
    expect(readNumberText('很多')).toBeNull();
    expect(readNumberText('12a')).toBeNull();
  });
});
