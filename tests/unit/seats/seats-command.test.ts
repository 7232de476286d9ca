/**
 * `atlas seats`: the JSON shape of the issue on the embedded data, the same integers as the
 * analysis functions, the forecast year and birth change, CSV, and the usage mistakes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRate, run, type SeatsJson } from '../../../scripts/cli/seats-command.ts';
import { forecastSeatBalance } from '../../../src/analysis/seats/forecast-seat-balance.ts';
import { prepareSeatAnalysis } from '../../../src/analysis/seats/prepare-seat-analysis.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import { DEFAULT_SEAT_SETTINGS } from '../../../src/domain/seats.ts';
import { defaultPopulation, defaultSchools, defaultTownships } from '../analysis/default-inputs.ts';
import { runCommand } from '../command-streams.ts';

const seats = (args: string[]) => runCommand(run, args);
const temporary = mkdtempSync(join(tmpdir(), 'seats-command-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

describe('seats command', () => {
  it('writes the JSON of the issue on the embedded data: four stages, townships and schools', async () => {
    const { status, stdout, stderr } = await seats([]);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as SeatsJson;
    expect(Object.keys(output)).toEqual(['scenario', 'distance', 'baseYear', 'forecastYear', 'stages']);
    expect(output.distance).toEqual({ model: 'straight' });
    expect(output).toMatchObject({
      scenario: { kind: 'current', year: null },
      baseYear: 2020,
      forecastYear: 2020,
    });
    expect(output.stages.map((stage) => [stage.stage, stage.stageName])).toEqual([
      ['kindergarten', '幼儿园'],
      ['primary', '小学'],
      ['middle', '初中'],
      ['high', '高中'],
    ]);
    const primary = output.stages[1];
    expect(Object.keys(primary ?? {})).toEqual([
      'stage',
      'stageName',
      'children',
      'seats',
      'seated',
      'withoutSeat',
      'withoutSeatNoSchool',
      'withoutSeatFull',
      'townships',
      'schools',
      'maximumSeated',
    ]);
    expect(Object.keys(primary?.townships[0] ?? {})).toEqual([
      'code',
      'name',
      'children',
      'seats',
      'seated',
      'withoutSeat',
    ]);
    expect(Object.keys(primary?.schools[0] ?? {})).toEqual([
      'code',
      'name',
      'seats',
      'allocated',
      'enrolled',
    ]);
    // The census's children aged 6–11 (the model's ages sum to them).
    expect(primary?.children).toBe(56_495);
    expect(primary?.townships).toHaveLength(9);
    expect(stderr).toMatch(/^学位供需计算完成（现状，2020 年，基准年 2020）/m);
  });

  it('gives the integers of the analysis functions (what the app runs) for a forecast year', async () => {
    const { stdout } = await seats(['--forecast-year', '2026', '--birth-change', '-3%']);
    const output = JSON.parse(stdout) as SeatsJson;
    const frame = prepareSeatAnalysis({
      schools: await defaultSchools(),
      townships: defaultTownships(),
      population: defaultPopulation(),
      settings: DEFAULT_SEAT_SETTINGS,
      radii: DEFAULT_SERVICE_RADII,
      scenario: CURRENT_SCENARIO,
    });
    const forecast = forecastSeatBalance(frame, { birthChange: -0.03 });
    const year = forecast.years.indexOf(2026);
    for (const stage of output.stages) {
      const expected = forecast.stages.find((entry) => entry.stage === stage.stage)?.years[year];
      expect(stage.withoutSeat, stage.stage).toBe(expected?.withoutSeat);
      expect(stage.seated, stage.stage).toBe(expected?.seated);
      expect(stage.schools.map((school) => school.allocated)).toEqual(
        expected?.schools.map((school) => school.allocated),
      );
    }
    // Fewer births from 2021 on: fewer kindergarten children in 2026 than in 2020.
    const base = JSON.parse((await seats([])).stdout) as SeatsJson;
    expect(output.stages[0]?.children).toBeLessThan(base.stages[0]?.children ?? 0);
  });

  it('takes births per year from a file, as the 学位 view’s import does, and names the rows it refused', async () => {
    const file = join(temporary, '出生人数.csv');
    writeFileSync(
      file,
      '年份,乡镇名称,出生人数\n2021,全区,3000\n2022,,3000\n2021,桥圩镇,900\n2023,大湾镇,5\n',
      'utf8',
    );
    const { status, stdout, stderr } = await seats(['--births', file, '--forecast-year', '2025']);
    expect(status).toBe(0);
    expect(stderr).toContain('出生人数.csv 第 5 行「乡镇名称」：“大湾镇”不是本区的乡镇');
    const output = JSON.parse(stdout) as SeatsJson;
    const townships = defaultTownships();
    const qiaoxu = townships.features.find((feature) => feature.properties.name === '桥圩镇');
    const frame = prepareSeatAnalysis({
      schools: await defaultSchools(),
      townships,
      population: defaultPopulation(),
      settings: DEFAULT_SEAT_SETTINGS,
      radii: DEFAULT_SERVICE_RADII,
      scenario: CURRENT_SCENARIO,
    });
    const forecast = forecastSeatBalance(frame, {
      births: { 2021: 3000, 2022: 3000 },
      townshipBirths: { [qiaoxu?.properties.code ?? '']: { 2021: 900 } },
      years: 5,
    });
    // Children born in 2021 are 4 in 2025: in kindergarten, where 桥圩镇's own figure counts.
    for (const stage of output.stages) {
      const expected = forecast.stages.find((entry) => entry.stage === stage.stage)?.years[5];
      expect(stage.children, stage.stage).toBe(expected?.children);
      expect(stage.withoutSeat, stage.stage).toBe(expected?.withoutSeat);
      expect(stage.townships.map((township) => township.children)).toEqual(
        expected?.townships.map((township) => township.children),
      );
    }
    const unread = await seats(['--births', join(temporary, 'none.csv')]);
    expect(unread.status).toBe(1);
    expect(unread.stderr).toContain('无法读取文件');
  });

  it('writes CSV with one row per stage × township and a district row', async () => {
    const out = join(temporary, 'seats.csv');
    const { status, stdout } = await seats(['--format', 'csv', '--out', out, '--scenario', 'planned']);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\n');
    expect(lines[0]).toBe(
      '情景,基准年,预测年份,学段,乡镇代码,乡镇名称,适龄儿童,学位,已分配学位,无学位,其中半径内无学校,其中学校已满,学位余缺',
    );
    expect(lines).toHaveLength(1 + 4 * 10);
    expect(lines.filter((line) => line.includes(',全区,'))).toHaveLength(4);
    expect(lines[1]?.startsWith('规划完成后,2020,2020,幼儿园,450803001,江南街道,')).toBe(true);
  });

  it('refuses a forecast year outside the forecast and a bad rate with the usage (exit 2)', async () => {
    const late = await seats(['--forecast-year', '2031']);
    expect(late.status).toBe(2);
    expect(late.stderr).toContain('选项 --forecast-year 应在 2020 到 2030 年之间');
    const rate = await seats(['--birth-change', 'fewer']);
    expect(rate.status).toBe(2);
    expect(rate.stderr).toContain('选项 --birth-change 应为大于 -1 的比率');
    expect(readRate('-3%')).toBeCloseTo(-0.03, 12);
    expect(readRate('0.01')).toBe(0.01);
  });

  it('stops with exit 1 when the population gives no children by age', async () => {
    const population = join(temporary, 'people.csv');
    writeFileSync(population, '乡镇名称,人口\n桥圩镇,80000\n木格镇,70000\n', 'utf8');
    const { status, stderr } = await seats(['--population', population]);
    expect(status).toBe(1);
    expect(stderr).toContain('人口数据没有分年龄或分学段的儿童数');
  });
  it('reads the children of a township table by single year of age, and its year as the base year', async () => {
    const population = join(temporary, 'children.csv');
    const ages = Array.from({ length: 18 }, (_, age) => `${age}岁`);
    // 100 children of every age in 桥圩镇, 50 in 木格镇, counted in 2022.
    const row = (name: string, count: number) =>
      [name, '80000', '2022', ...ages.map(() => String(count))].join(',');
    writeFileSync(
      population,
      [['乡镇名称', '人口', '年份', ...ages].join(','), row('桥圩镇', 100), row('木格镇', 50)].join('\n'),
      'utf8',
    );
    const { status, stdout } = await seats(['--population', population, '--forecast-year', '2024']);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as SeatsJson;
    expect(output.baseYear).toBe(2022);
    expect(output.forecastYear).toBe(2024);
    const primary = output.stages.find((stage) => stage.stage === 'primary');
    // Six primary ages; two years on, every primary cohort was already born and counted in 2022.
    expect(primary?.children).toBe(6 * 150);
    expect(primary?.townships.find((township) => township.name === '桥圩镇')?.children).toBe(600);
    expect(primary?.townships.find((township) => township.name === '木格镇')?.children).toBe(300);
  });
});
