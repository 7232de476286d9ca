import { describe, expect, it } from 'vitest';
import { describePopulation } from '../../../src/domain/population.ts';
import { translateValue } from '../../../src/i18n/index.ts';
import { formatRowIssue } from '../../../src/io/import-result.ts';
import {
  readSettlementPopulationBytes,
  readTownshipPopulationBytes,
} from '../../../src/io/read-population.ts';
import type { KnownTownship } from '../../../src/io/to-townships.ts';
import { zhAll } from '../messages.ts';
import { readFixture, utf8 } from './fixtures.ts';

const KNOWN: KnownTownship[] = [
  { code: '450803001', name: '江南街道' },
  { code: '450803100', name: '桥圩镇' },
  { code: '450803101', name: '木格镇' },
  { code: '450803102', name: '木梓镇' },
  { code: '450803103', name: '湛江镇' },
];

describe('readTownshipPopulationBytes', () => {
  it('reads a GBK township table by name or code into PopulationData', async () => {
    const result = await readTownshipPopulationBytes(readFixture('population-townships.csv'), '人口.csv', {
      knownTownships: KNOWN,
    });
    expect(result.encoding).toBe('gb18030');
    expect(result.population?.source).toBe('township-table');
    expect(result.population && translateValue('zh-CN', describePopulation(result.population))).toBe(
      '导入：人口.csv（乡镇人口表，3 个乡镇，合计 350,000 人）',
    );
    expect(result.population?.townships).toEqual([
      { code: '450803100', name: '桥圩镇', population: 120000, schoolAgePopulation: 18000 },
      { code: '450803101', name: '木格镇', population: 80000, schoolAgePopulation: null },
      { code: '450803001', name: '江南街道', population: 150000, schoolAgePopulation: 160000 },
    ]);
    expect(zhAll(result.accepted[2]?.warnings.map(formatRowIssue))).toEqual([
      '人口.csv 第 4 行「学龄人口」：学龄人口 160000 大于人口 150000，请核对',
    ]);
    expect(result.rejected.map((row) => zhAll(row.errors.map(formatRowIssue)))).toEqual([
      ['人口.csv 第 5 行「乡镇」：“大圩镇”不是本区的乡镇'],
      ['人口.csv 第 6 行「乡镇」：桥圩镇 与第 2 行重复'],
      ['人口.csv 第 7 行「总人口」：“很多”不是非负数'],
    ]);
    expect(zhAll(result.fileWarnings)).toEqual(['人口.csv：以下乡镇没有人口数据：木梓镇、湛江镇']);
  });

  it('passes over a title row and leaves out a 合计 row, with notes', async () => {
    const text = '各乡镇人口（2020年）\n\n乡镇,人口\n桥圩镇,120000\n木格镇,80000\n合计,200000\n';
    const result = await readTownshipPopulationBytes(utf8(text), 'p.csv', { knownTownships: KNOWN });
    expect(result.population?.townships.map((township) => township.population)).toEqual([120000, 80000]);
    expect(result.rejected).toEqual([]);
    expect(zhAll(result.fileWarnings)).toEqual([
      'p.csv：表头取自第 3 行；上面的第 1 行（“各乡镇人口（2020年）”）看作标题，未导入',
      'p.csv：第 6 行是合计行（“合计”），已跳过',
      'p.csv：以下乡镇没有人口数据：江南街道、木梓镇、湛江镇',
    ]);
  });

  it('needs a township column and a population column', async () => {
    const result = await readTownshipPopulationBytes(utf8('名称,面积\n桥圩镇,1\n'), 'p.csv', {
      knownTownships: KNOWN,
    });
    expect(zhAll(result.fileErrors)).toEqual(['p.csv：缺少必需的列 人口']);
    expect(result.population).toBeNull();
  });
});

describe('readSettlementPopulationBytes', () => {
  it('reads settlement points with the roster coordinate rules', async () => {
    const result = await readSettlementPopulationBytes(readFixture('population-settlements.csv'), '村.csv', {
      knownTownships: KNOWN,
    });
    expect(result.population?.source).toBe('settlement-points');
    expect(result.population && translateValue('zh-CN', describePopulation(result.population))).toBe(
      '导入：村.csv（居民点人口，2 个点，合计 4,100 人）',
    );
    expect(result.population?.points).toEqual([
      {
        lon: 109.62,
        lat: 23.08,
        population: 2300,
        schoolAgePopulation: 410,
        name: '石门村',
        townshipCode: '450803103',
      },
      {
        lon: 109.61,
        lat: 23.09,
        population: 1800,
        schoolAgePopulation: null,
        name: '新村',
        townshipCode: '',
      },
    ]);
    expect(zhAll(result.accepted[1]?.warnings.map((warning) => warning.message))[0]).toContain('填反了');
    expect(zhAll(result.rejected[0]?.errors.map(formatRowIssue))).toEqual([
      '村.csv 第 4 行「人口」：“-5”不是非负数',
    ]);
  });

  it('converts GCJ-02 settlement points', async () => {
    const text = '名称,经度,纬度,人口\n甲,109.60419055085603,23.097094142301458,10\n';
    const result = await readSettlementPopulationBytes(utf8(text), 'g.csv', { coords: 'gcj02' });
    const [point] = result.population?.points ?? [];
    expect(Math.abs((point?.lon ?? 0) - 109.6)).toBeLessThan(1e-5);
    expect(Math.abs((point?.lat ?? 0) - 23.1)).toBeLessThan(1e-5);
  });
});
