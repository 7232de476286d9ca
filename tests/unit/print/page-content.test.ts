import { describe, expect, it } from 'vitest';
import { message } from '../../../src/domain/message.ts';
import {
  buildLegendEntries,
  defaultSource,
  defaultSubtitle,
  defaultTitle,
  exportFileName,
  formatPrintDate,
  overviewPageTable,
  printedScenarioTitle,
  townshipPageTable,
} from '../../../src/print/page-content.ts';
import { school, smallAnalysis } from './print-fixtures.ts';

const SCHOOLS = [
  school({ code: '1', type: '小学' }),
  school({ code: '2', type: '小学', projectType: '新建', projectStatus: '规划' }),
  school({ code: '3', type: '幼儿园' }),
  school({ code: '4', type: '高中', projectType: '改扩建' }),
];

describe('buildLegendEntries', () => {
  it('lists the drawn school types and states with their counts, and leaves out zeros', () => {
    const entries = buildLegendEntries({
      schools: SCHOOLS,
      indices: [0, 1, 2],
      approximate: true,
      analysis: null,
      kind: 'primary',
      language: 'zh-CN',
    });
    const schoolRows = entries.filter((entry) => entry.kind === 'school');
    expect(schoolRows.map((entry) => [entry.label, entry.count])).toEqual([
      ['幼儿园', 1],
      ['小学', 2],
      ['现有', 2],
      ['规划新建·未开工', 1],
    ]);
    expect(entries.filter((entry) => entry.kind === 'heading').map((entry) => entry.label)).toEqual([
      '学校类型',
      '建设状态',
      '界线',
    ]);
    expect(entries.at(-1)).toEqual({ kind: 'line', line: 'township-approximate', label: '乡镇界线（示意）' });
  });

  it('adds the analysis layers that are on', () => {
    const entries = buildLegendEntries({
      schools: SCHOOLS,
      indices: [0],
      approximate: false,
      analysis: { circles: true, gaps: false, ruleFill: true, flags: true },
      kind: 'primary',
      language: 'zh-CN',
    });
    const swatches = entries.flatMap((entry) => (entry.kind === 'swatch' ? [entry.swatch] : []));
    expect(swatches).toEqual(['circle', 'pass', 'fail-one', 'fail-many', 'flag']);
    expect(entries).toContainEqual({ kind: 'swatch', swatch: 'circle', label: '小学服务半径' });
    expect(entries).toContainEqual({ kind: 'line', line: 'township', label: '乡镇界线' });
  });

  it('speaks English behind the switch', () => {
    const entries = buildLegendEntries({
      schools: SCHOOLS,
      indices: [3],
      approximate: true,
      analysis: null,
      kind: 'primary',
      language: 'en',
    });
    expect(entries).toContainEqual({
      kind: 'school',
      type: 'high',
      state: 'existing',
      label: 'High school',
      count: 1,
    });
  });
});

describe('page tables', () => {
  it("shows a township's rules with 达标 / 未达标 / 不适用, its coverage and its schools", () => {
    const analysis = smallAnalysis();
    const township = analysis.townships[1];
    if (!township) throw new Error('fixture');
    const table = townshipPageTable(township, analysis, 'zh-CN');
    expect(table.title).toBe('乙镇规则检查（现状）');
    expect(table.rows[0]).toEqual({
      cells: ['每个乡镇至少1所寄宿制小学', '未达标', '0 / 1'],
      status: 'fail',
    });
    expect(table.rows[1]?.cells).toEqual(['小学服务半径内人口覆盖率', '未达标', '62.0% / 90.0%']);
    expect(table.rows[2]).toMatchObject({ cells: ['人口大镇新建2所公办幼儿园', '不适用', ''], status: 'na' });
    expect(table.rows.map((row) => row.cells[0])).toContain('小学覆盖（半径 2.5 km）');
    expect(table.rows.at(-1)?.cells).toEqual(['学校', '3 所', '幼儿园 1，小学 2']);
    // High schools and special education serve the whole district: no coverage row for them.
    expect(table.rows.some((row) => row.cells[0]?.startsWith('高中'))).toBe(false);
  });

  it('speaks English behind the switch, but for the names the data gives', () => {
    const analysis = smallAnalysis();
    const township = analysis.townships[1];
    if (!township) throw new Error('fixture');
    const table = townshipPageTable(township, analysis, 'en');
    expect(table.title).not.toMatch(/现状/);
    expect(table.title).toContain('Current');
    expect(table.rows[0]?.cells.slice(0, 2)).toEqual([
      'A boarding primary school in every township',
      'not met',
    ]);
    expect(table.rows.map((row) => row.cells[0])).toContain('primary school coverage (radius 2.5 km)');
    expect(table.rows.at(-1)?.cells[2]).toBe('Kindergarten 1, Primary school 2');
    const overview = overviewPageTable(analysis, 'primary', 'en');
    expect(overview.title).toContain('Current');
  });

  it('sums up each township on the overview page', () => {
    const table = overviewPageTable(smallAnalysis(), 'primary', 'zh-CN');
    expect(table.columns).toEqual(['乡镇', '学校', '达标规则', '小学覆盖率']);
    expect(table.rows.map((row) => [row.cells, row.status])).toEqual([
      [['甲镇', '3', '2 / 2', '95.0%'], 'pass'],
      [['乙镇', '3', '0 / 2', '62.0%'], 'fail'],
    ]);
    expect(table.statusColumn).toBe(2);
  });
});

describe('default texts and file names', () => {
  it('titles the map from the view', () => {
    expect(defaultTitle('港南区', { kind: 'current', year: null }, 'zh-CN')).toBe('港南区学校布局现状图');
    expect(defaultTitle('港南区', { kind: 'planned', year: null }, 'zh-CN')).toBe('港南区学校布局规划图');
    expect(defaultSubtitle({ kind: 'planned', year: 2019 }, null, 'zh-CN')).toBe('规划完成后（截至2019年）');
    expect(defaultSubtitle({ kind: 'current', year: null }, 'primary', 'zh-CN')).toBe(
      '现状 · 小学服务半径分析',
    );
  });

  it('names the scenario and dates the page as each language writes them', () => {
    expect(printedScenarioTitle({ kind: 'current', year: 2019 }, 'zh-CN')).toBe('现状（截至2019年）');
    expect(printedScenarioTitle({ kind: 'planned', year: 2019 }, 'en')).toBe(
      'After the plan (by the end of 2019)',
    );
    expect(defaultTitle('港南区', { kind: 'current', year: null }, 'en')).not.toMatch(/[\u3400-\u9fff]{2}图/);
    expect(defaultSubtitle({ kind: 'current', year: null }, 'primary', 'en')).not.toMatch(/[\u3400-\u9fff]/);
    expect(formatPrintDate(new Date(2026, 2, 5), 'zh-CN')).toBe('2026年3月5日');
    expect(formatPrintDate(new Date(2026, 2, 5), 'en')).toBe('5 March 2026');
  });

  it('names the roster, marks sample data and names the population in the page language', () => {
    const model = message('populationModelBrief');
    expect(defaultSource('schools.sample.csv', true, model, 'zh-CN')).toBe(
      '学校名录 schools.sample.csv（示例数据）；人口 2020年人口普查区级总数、模型估算分布',
    );
    expect(defaultSource('schools.sample.csv', true, model, 'en')).toBe(
      'school roster schools.sample.csv (sample data); population district total from the 2020 census, distribution modelled',
    );
    // A population saved before its file was recorded is named by its own label (data).
    expect(defaultSource('名录.xlsx', false, '人口.csv', 'en')).toBe(
      'school roster 名录.xlsx; population 人口.csv',
    );
    expect(defaultSource('名录.xlsx', false, null, 'zh-CN')).toBe('学校名录 名录.xlsx');
  });

  it('puts the title and the date in the file name and replaces what file systems refuse', () => {
    const date = new Date(2026, 10, 28);
    expect(exportFileName('港南区学校布局现状图', date, 'pdf')).toBe('港南区学校布局现状图_2026-11-28.pdf');
    expect(exportFileName('甲/乙:丙*?', date, 'png')).toBe('甲_乙_丙___2026-11-28.png');
    expect(exportFileName('   ', date, 'png')).toBe('map_2026-11-28.png');
  });
});
