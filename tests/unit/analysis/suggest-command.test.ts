/** `atlas suggest`: JSON on the embedded data and on a candidate file, the townships searched, the exit codes. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../scripts/cli/suggest-command.ts';
import { runCommand } from '../command-streams.ts';

interface JsonOutput {
  kind: string;
  radius: number | null;
  count: number;
  scenario: { kind: string; year: number | null };
  picks: {
    rank: number;
    name: string;
    lon: number;
    lat: number;
    township: string;
    townshipCode: string;
    gain: number;
    rulesFixed: { ruleId: string; townshipName: string }[];
  }[];
  population: number;
  coveredBefore: number;
  coveredAfter: number;
  stopped: string | null;
  comparison: { label: string; covered: number }[];
  messages: string[];
}

const temporary = mkdtempSync(join(tmpdir(), 'suggest-command-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));
function temporaryFile(name: string, text: string): string {
  const path = join(temporary, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

const suggest = (args: string[]) => runCommand(run, args);

describe('suggest command', () => {
  it('suggests sites on the embedded data into JSON with the documented fields', async () => {
    const args = [
      '--kind',
      '小学',
      '--count',
      '3',
      '--require-rule',
      'coverage-primary',
      '--min-distance=1000',
    ];
    const { status, stdout, stderr } = await suggest(args);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as JsonOutput;
    expect(output).toMatchObject({
      kind: 'primary',
      radius: null,
      count: 3,
      scenario: { kind: 'current', year: null },
    });
    expect(output.picks.map((pick) => pick.rank)).toEqual([1, 2, 3]);
    expect(output.picks.map((pick) => pick.township)).toEqual(expect.arrayContaining(['江南街道', '木梓镇']));
    expect(output.coveredAfter - output.coveredBefore).toBe(
      output.picks.reduce((sum, pick) => sum + pick.gain, 0),
    );
    expect(output.comparison.map((figures) => figures.label)).toEqual([
      '现状',
      '规划完成后（规划新增小学 3 所）',
      '现状 + 建议点 3 个',
    ]);
    expect(output.comparison[2]?.covered).toBe(output.coveredAfter);
    expect(stderr).toMatch(/^选址完成（现状，小学）：3 个建议点，服务半径内人口 440,869 → /m);
    // Greedy, lazily and plainly: the same JSON, more gains summed plainly.
    const lazy = await suggest([...args, '--method', 'greedy']);
    const plain = await suggest([...args, '--method', 'greedy', '--evaluation', 'plain']);
    expect(plain.stdout).toBe(lazy.stdout);
    const evaluations = (text: string) => Number(/增益计算 (\d+) 次/.exec(text)?.[1]);
    expect(evaluations(plain.stderr)).toBeGreaterThan(evaluations(lazy.stderr));
    // Two searches of the whole district: a loaded machine needs more than the 5 s default.
  }, 60_000);

  it('reads candidate sites from a file, reporting the rows it refuses, and a single radius', async () => {
    const candidates = temporaryFile(
      '候选地块.csv',
      '地块名称,经度,纬度\n木格东地块,109.7490,22.8070\n坏地块,abc,22.9\n木梓南地块,109.5537,22.8025\n',
    );
    const out = join(temporary, '建议.json');
    const { status, stdout, stderr } = await suggest([
      '--kind',
      'primary',
      '--count',
      '2',
      '--radius',
      '2000',
      '--candidates',
      candidates,
      '--out',
      out,
    ]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('候选地块.csv 第 3 行「经度」：“abc”不是可识别的坐标');
    const output = JSON.parse(readFileSync(out, 'utf8')) as JsonOutput;
    expect(output.radius).toBe(2000);
    expect(output.picks.map((pick) => [pick.name, pick.township])).toEqual([
      ['木格东地块', '木格镇'],
      ['木梓南地块', '木梓镇'],
    ]);
  });

  it('searches only the townships named, by code or name, and puts a boarding school where the rule fails', async () => {
    const { status, stdout } = await suggest([
      '--kind',
      'primary',
      '--count',
      '1',
      '--scenario',
      'planned',
      '--require-rule',
      'boarding-primary',
      '--include',
      '江南街道,450803103',
      '--spacing',
      '1000',
      '--method',
      'greedy',
      '--evaluation',
      'plain',
    ]);
    expect(status).toBe(0);
    const output = JSON.parse(stdout) as JsonOutput;
    expect(output.picks[0]?.township).toBe('江南街道');
    expect(output.picks[0]?.rulesFixed.map((rule) => [rule.ruleId, rule.townshipName])).toContainEqual([
      'boarding-primary',
      '江南街道',
    ]);
  });

  it('exits 2 with a Chinese reason on a usage mistake or a request that cannot be met', async () => {
    const missing = await suggest(['--count', '2']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('缺少选项 --kind（学段）');
    expect(missing.stderr).toContain('用法: npm run atlas -- suggest');
    const kind = await suggest(['--kind', '大学', '--count', '1']);
    expect(kind.stderr).toContain(
      '选项 --kind 应为 kindergarten、primary、middle、high、special 或 幼儿园、小学、初中、高中、特殊教育 之一，实际为 大学',
    );
    expect((await suggest(['--kind', 'primary', '--count', '0'])).stderr).toContain(
      '选项 --count 应为正整数，实际为 0',
    );
    expect((await suggest(['--kind', 'primary', '--count', '1', '--radius', '-5'])).stderr).toContain(
      '选项 --radius 应为正数（米），实际为 -5',
    );
    const districtWide = await suggest(['--kind', '高中', '--count', '1']);
    expect(districtWide.status).toBe(2);
    expect(districtWide.stderr).toBe('高中按全区服务，没有服务半径；请给出服务半径（米）后再选址\n');
    const tooFew = await suggest(['--kind', 'primary', '--count', '1', '--require-rule', 'coverage-primary']);
    expect(tooFew.status).toBe(2);
    expect(tooFew.stderr).toContain(
      '有 2 个乡镇未通过（江南街道、木梓镇），每个乡镇至少要一个建议点，但只要 1 个',
    );
    const township = await suggest(['--kind', 'primary', '--count', '1', '--exclude', '火星镇']);
    expect(township.status).toBe(2);
    expect(township.stderr).toMatch(/^选项 --exclude 中的“火星镇”不是乡镇界线中的乡镇/);
    const seats = await suggest([
      '--kind',
      'primary',
      '--count',
      '1',
      '--objective',
      'seats',
      '--method',
      'exact',
    ]);
    expect(seats.status).toBe(2);
    expect(seats.stderr).toContain('“新增入学儿童最多”不提供精确求解：学位按就近入学规则逐一分配');
    const special = await suggest([
      '--kind',
      '特殊教育',
      '--count',
      '1',
      '--objective',
      'seats',
      '--radius',
      '5000',
    ]);
    expect(special.status).toBe(2);
    expect(special.stderr).toContain('特殊教育学校不按学位测算');
    const help = await suggest(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--min-distance');
  });

  it('answers every objective with its quality, and proves a small instance optimal with exact', async () => {
    const base = ['--kind', '小学', '--spacing', '1500', '--include', '木梓镇'];
    const coverage = JSON.parse((await suggest([...base, '--count', '2', '--method', 'exact'])).stdout);
    expect(coverage).toMatchObject({ objective: 'coverage', method: 'exact', optimal: true, gap: 0 });
    expect(coverage.objectiveValue).toBe(coverage.coveredAfter - coverage.coveredBefore);
    expect(coverage.bound).toBe(coverage.objectiveValue);
    expect(coverage.picks[0].runnerUp).toMatchObject({ township: '木梓镇' });
    const swap = JSON.parse((await suggest([...base, '--count', '2'])).stdout);
    expect(swap.method).toBe('swap');
    expect(swap.objectiveValue).toBeLessThanOrEqual(coverage.objectiveValue);
    expect(swap.bound).toBeGreaterThanOrEqual(coverage.objectiveValue);
    const distance = JSON.parse((await suggest([...base, '--count', '2', '--objective', 'distance'])).stdout);
    expect(distance.objective).toBe('distance');
    expect(distance.objectiveValue).toBe(distance.meanDistanceAfter);
    expect(distance.objectiveValue).toBeLessThan(distance.meanDistanceBefore);
    expect(distance.bound).toBeLessThanOrEqual(distance.objectiveValue);
    const count = await suggest([...base, '--objective', 'count', '--target', '0.6']);
    expect(count.status).toBe(0);
    const counted = JSON.parse(count.stdout);
    expect(counted.objective).toBe('count');
    expect(counted.objectiveValue).toBe(counted.picks.length);
    expect(counted.targets.find((target: { name: string }) => target.name === '木梓镇')).toBeDefined();
    const seats = JSON.parse((await suggest([...base, '--count', '2', '--objective', 'seats'])).stdout);
    expect(seats).toMatchObject({ objective: 'seats', method: 'swap', optimal: false, boundSource: 'flow' });
    expect(seats.objectiveValue).toBe(seats.seats.seatedAfter - seats.seats.seatedBefore);
    expect(seats.objectiveValue).toBeGreaterThan(0);
    expect(seats.bound).toBeGreaterThanOrEqual(seats.objectiveValue);
    expect(seats.gap).toBeCloseTo((seats.bound - seats.objectiveValue) / seats.bound, 12);
    expect(
      seats.picks.map((pick: { gain: number }) => pick.gain).reduce((a: number, b: number) => a + b),
    ).toBe(seats.objectiveValue);
    expect(seats.picks[0].runnerUp).not.toBeNull();
    expect(seats.messages).toContainEqual(expect.stringMatching(/^学位按 2020 年小学适龄儿童 [\d,]+ 人测算/));
  }, 120_000);

  it('exits 1 when the candidate file cannot be read or holds no usable site', async () => {
    const noFile = await suggest([
      '--kind',
      'primary',
      '--count',
      '1',
      '--candidates',
      join(temporary, '无.csv'),
    ]);
    expect(noFile.status).toBe(1);
    expect(noFile.stderr).toContain('无法读取文件');
    const noColumns = temporaryFile('地块.csv', '地块,面积\n东,12\n');
    const unusable = await suggest(['--kind', 'primary', '--count', '1', '--candidates', noColumns]);
    expect(unusable.status).toBe(1);
    expect(unusable.stderr).toContain('地块.csv：找不到经度、纬度列');
  });
});
