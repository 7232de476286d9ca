import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../scripts/cli/analyze-command.ts';
import { ROSTER_COLUMNS } from '../../../src/domain/school.ts';
import { runCommand } from '../command-streams.ts';
import { repositoryRoot } from './default-inputs.ts';

function analyse(args: string[]) {
  return runCommand(run, args);
}

interface JsonTownship {
  code: string;
  name: string;
  population: number;
  counts: { kinds: Record<string, number> };
  rules: { id: string; pass: boolean | null; actual: number | null; required: number }[];
  coverage: Record<string, { share: number | null; uncovered: number | null }>;
}

const temporary = mkdtempSync(join(tmpdir(), 'analyze-command-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));
function temporaryFile(name: string, text: string): string {
  const path = join(temporary, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

describe('analyze command', () => {
  it('analyses the embedded defaults into JSON with the documented fields', async () => {
    const { status, stdout, stderr } = await analyse([]);
    expect(status).toBe(0);
    expect(stderr).toContain('分析完成（现状，按直线距离）');
    const output = JSON.parse(stdout) as { scenario: unknown; townships: JsonTownship[]; targets: unknown[] };
    expect(output.scenario).toEqual({ kind: 'current', year: null });
    expect(output.townships).toHaveLength(9);
    const zhanjiang = output.townships.find((township) => township.name === '湛江镇');
    expect(zhanjiang).toMatchObject({ code: '450803103', population: 42_049 });
    expect(zhanjiang?.counts.kinds.primary).toBeGreaterThan(0);
    expect(zhanjiang?.rules.find((rule) => rule.id === 'boarding-primary')).toMatchObject({
      pass: false,
      actual: 0,
      required: 1,
    });
    expect(zhanjiang?.coverage.primary?.share).toBeGreaterThan(0);
    expect(zhanjiang?.coverage.primary?.uncovered).toBeGreaterThan(0);
    expect(output.targets).toHaveLength(12);
    // The gap points listed as objects, their people the uncovered population of the district.
    const { gaps, district } = JSON.parse(stdout) as {
      gaps: Record<
        string,
        { lon: number; lat: number; population: number; townshipCode: string; distance: number | null }[]
      >;
      district: { coverage: Record<string, { uncovered: number | null }> };
    };
    expect(gaps.primary?.length).toBeGreaterThan(0);
    expect(gaps.primary?.[0]).toEqual({
      lon: expect.any(Number),
      lat: expect.any(Number),
      population: expect.any(Number),
      name: expect.any(String),
      townshipCode: expect.any(String),
      distance: expect.any(Number),
    });
    expect(gaps.primary?.reduce((sum, gap) => sum + gap.population, 0)).toBe(
      district.coverage.primary?.uncovered,
    );
    expect(gaps.high).toEqual([]);
  });

  it('takes the scenario and year', async () => {
    const { status, stdout } = await analyse(['--scenario', 'planned', '--year=2020']);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as { scenarioTitle: string; townships: JsonTownship[] };
    expect(output.scenarioTitle).toBe('规划完成后（截至2020年）');
    const zhanjiang = output.townships.find((township) => township.name === '湛江镇');
    expect(zhanjiang?.rules.find((rule) => rule.id === 'boarding-primary')?.pass).toBe(true);
  });

  it('writes CSV with a byte-order mark, a Chinese header and one row per township × rule', async () => {
    const out = join(temporary, 'result.csv');
    const { status, stdout } = await analyse(['--format', 'csv', '--out', out]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(
      text.startsWith(
        '\uFEFF情景,乡镇代码,乡镇名称,城区,人口,人口大镇,规则编号,规则,适用,结果,实际值,要求值,幼儿园服务半径(米),幼儿园覆盖率',
      ),
    ).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 9 * 6);
    const row = lines.find((line) => line.startsWith('现状,450803103,湛江镇,否,42049,否,boarding-primary,'));
    expect(row).toContain(',是,未通过,0,1,');
  });

  it('reports rejected roster rows on stderr with the app’s messages and still analyses the rest', async () => {
    const header = ROSTER_COLUMNS.join(',');
    const good = ['1', '甲小学', '小学', '109.76', '22.95', '桥圩镇', '公办', '是'].join(',');
    const bad = ['2', '乙小学', '小学', '不是数', '22.95', '桥圩镇', '公办', '否'].join(',');
    const schools = temporaryFile('bad-roster.csv', `${header}\n${good}\n${bad}\n`);
    const { status, stderr, stdout } = await analyse(['--schools', schools]);
    expect(status).toBe(0);
    expect(stderr).toMatch(/bad-roster\.csv 第 3 行「经度」：/);
    const output = JSON.parse(stdout) as { district: { schools: number } };
    expect(output.district.schools).toBe(1);
  });

  it('exits 1 when an input file cannot be read at all', async () => {
    const missing = await analyse(['--schools', join(temporary, 'no-such-file.csv')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('无法读取文件');
    expect(missing.stdout).toBe('');
    const rules = temporaryFile(
      'rules.json',
      JSON.stringify({
        format: 'school-layout-atlas-rules',
        version: 1,
        id: 'x',
        title: 'x',
        settings: { populousTownThreshold: 1, coverageTarget: 2 },
        rules: [],
      }),
    );
    const badRules = await analyse(['--rules', rules]);
    expect(badRules.status).toBe(1);
    expect(badRules.stderr).toContain('rules.json：规则集设置 settings 字段 coverageTarget');
  });

  it('exits 2 on a usage mistake and 0 with the help text', async () => {
    expect((await analyse(['--scenario', 'someday'])).status).toBe(2);
    expect((await analyse(['--frobnicate'])).status).toBe(2);
    const help = await analyse(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--population');
  });

  it('reads population points from CSV, reporting bad rows', async () => {
    const population = temporaryFile(
      'points.csv',
      '名称,经度,纬度,人口\n桥圩镇区,109.763,22.954,5000\n坏点,abc,22.9,10\n远村,109.85,22.99,300\n',
    );
    const { status, stdout, stderr } = await analyse(['--population', population]);
    expect(status).toBe(0);
    expect(stderr).toContain('points.csv 第 3 行「经度」：');
    const output = JSON.parse(stdout) as {
      population: { points: number; source: string };
      district: { population: number };
    };
    expect(output.population).toMatchObject({ points: 2, source: 'settlement-points' });
    expect(output.district.population).toBe(5300);
  });

  it('reads a township population table and spreads it over the townships', async () => {
    const table = temporaryFile('table.csv', '乡镇名称,人口\n桥圩镇,100000\n湛江镇,50000\n不存在镇,5\n');
    const { status, stdout, stderr } = await analyse(['--population', table]);
    expect(status).toBe(0);
    expect(stderr).toContain('table.csv 第 4 行「乡镇名称」：');
    const output = JSON.parse(stdout) as { townships: JsonTownship[]; district: { population: number } };
    expect(output.district.population).toBe(150_000);
    expect(output.townships.find((township) => township.name === '桥圩镇')?.population).toBe(100_000);
  });

  it('runs end to end through `npx tsx scripts/atlas.ts analyze --format json`', async () => {
    const { stdout } = await promisify(execFile)(
      'npx',
      ['tsx', 'scripts/atlas.ts', 'analyze', '--format', 'json'],
      {
        cwd: repositoryRoot,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const output = JSON.parse(stdout) as { townships: JsonTownship[] };
    expect(output.townships.map((township) => township.code)).toContain('450803100');
  }, 60_000);
});
