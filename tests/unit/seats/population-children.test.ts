/** Population files with children columns: single-year ages or stage counts, and one base year. */
import { describe, expect, it } from 'vitest';
import { formatRowIssue } from '../../../src/io/import-result.ts';
import {
  readSettlementPopulationBytes,
  readTownshipPopulationBytes,
} from '../../../src/io/read-population.ts';
import type { KnownTownship } from '../../../src/io/to-townships.ts';
import { utf8 } from '../io/fixtures.ts';
import { zhAll } from '../messages.ts';

const KNOWN: KnownTownship[] = [
  { code: '450803100', name: '桥圩镇' },
  { code: '450803101', name: '木格镇' },
  { code: '450803102', name: '木梓镇' },
];

const AGES = Array.from({ length: 18 }, (_, age) => `${age}岁`);

describe('a township table with children by single year of age', () => {
  const row = (name: string, year: string, first: number) =>
    [name, '10000', year, ...AGES.map((_, age) => String(first + age))].join(',');
  const text = [
    ['乡镇', '人口', '年份', ...AGES].join(','),
    row('桥圩镇', '2022', 100),
    row('木格镇', '2022年', 50),
    row('木梓镇', '2023', 10),
  ].join('\n');

  it('keeps every age on its township, takes the file’s year as the base year and refuses a row of another year', async () => {
    const result = await readTownshipPopulationBytes(utf8(text), '人口.csv', { knownTownships: KNOWN });
    expect(result.population?.baseYear).toBe(2022);
    expect(
      result.population?.townships.map((township) => [
        township.name,
        township.ages?.[0],
        township.ages?.[17],
      ]),
    ).toEqual([
      ['桥圩镇', 100, 117],
      ['木格镇', 50, 67],
    ]);
    expect(result.rejected.map((rejected) => zhAll(rejected.errors.map(formatRowIssue)))).toEqual([
      ['人口.csv 第 4 行「年份」：年份 2023 与第 2 行的 2022 不同：一个人口文件只能有一个基准年，本行未导入'],
    ]);
    expect(zhAll(result.fileWarnings ?? [])).toContain('人口.csv：识别到单岁儿童数列 18 列（0岁…17岁）');
  });
});

describe('settlement points with children by stage', () => {
  it('reads the stage counts by their synonyms, warns about a count that is not one, and leaves the year unset', async () => {
    const text = [
      '名称,经度,纬度,人口,学前适龄,小学适龄,初中适龄,高中适龄',
      '甲村,109.6,23.1,1200,40,80,41,38',
      '乙村,109.61,23.12,900,约三十,60,,20',
    ].join('\n');
    const result = await readSettlementPopulationBytes(utf8(text), '村.csv', { knownTownships: KNOWN });
    expect(result.population?.baseYear).toBeUndefined();
    expect(result.population?.points.map((point) => point.stageChildren)).toEqual([
      { kindergarten: 40, primary: 80, middle: 41, high: 38 },
      { kindergarten: 0, primary: 60, middle: 0, high: 20 },
    ]);
    expect(result.accepted[1]?.warnings.map((warning) => zhAll([formatRowIssue(warning)])[0])).toEqual([
      '村.csv 第 3 行「学前适龄」：“约三十”不是非负数，按 0 人计',
    ]);
    expect(zhAll(result.fileWarnings ?? [])).toContain(
      '村.csv：识别到分学段儿童数列 学前适龄、小学适龄、初中适龄、高中适龄',
    );
  });

  it('adds nothing to a file without children columns', async () => {
    const result = await readSettlementPopulationBytes(
      utf8('名称,经度,纬度,人口\n甲村,109.6,23.1,1200'),
      '村.csv',
    );
    expect(result.population?.points[0]).not.toHaveProperty('ages');
    expect(result.population?.points[0]).not.toHaveProperty('stageChildren');
    expect(result.population?.baseYear).toBeUndefined();
  });
});
