/** The CLI's travel time: `travel` writes minutes per population point; `analyze --roads` reports road coverage. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { run as analyze } from '../../../scripts/cli/analyze-command.ts';
import { run as travel } from '../../../scripts/cli/travel-command.ts';
import { runCommand } from '../command-streams.ts';
import { repositoryRoot } from '../geodata/geodata-fixture.ts';

const roads = join(repositoryRoot, 'docs/examples/gangnan-roads-sample.geojson');
const temporary = mkdtempSync(join(tmpdir(), 'travel-command-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

describe('atlas travel', () => {
  it('writes one row per population point: name, longitude, latitude, minutes, nearest school code', async () => {
    const out = join(temporary, 'times.csv');
    const { status, stderr } = await runCommand(travel, [
      '--kind',
      '小学',
      '--roads',
      roads,
      '--mode',
      'walk',
      '--out',
      out,
    ]);
    expect(status).toBe(0);
    expect(stderr).toContain('读入道路 809 条（示例数据，非真实道路）');
    expect(stderr).toMatch(/出行时间计算完成（步行）：4409 个人口点，\d+ 个可到达小学/);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF名称,经度,纬度,分钟,最近学校代码\n')).toBe(true);
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, '').trim()).data.slice(1);
    expect(rows).toHaveLength(4409);
    const reached = rows.filter((row) => row[3] !== '');
    expect(reached.length).toBeGreaterThan(4000);
    for (const row of reached) {
      expect(Number(row[3])).toBeGreaterThanOrEqual(0);
      expect(row[4]).toMatch(/^\d{10}$/);
    }
    // The rows no school reaches have neither minutes nor a school.
    for (const row of rows.filter((item) => item[3] === '')) expect(row[4]).toBe('');
  }, 60_000);

  it('is faster by bus than on foot for every point', async () => {
    const times = async (mode: string) => {
      const { stdout } = await runCommand(travel, [
        '--kind',
        'middle',
        '--roads',
        roads,
        '--mode',
        mode,
        '--barriers',
        'none',
      ]);
      return Papa.parse<string[]>(stdout.replace(/^\uFEFF/, '').trim())
        .data.slice(1)
        .map((row) => Number(row[3] || Number.NaN));
    };
    const walk = await times('walk');
    const bus = await times('bus');
    walk.forEach((minutes, index) => {
      if (Number.isFinite(minutes)) expect(bus[index]).toBeLessThanOrEqual(minutes + 1e-9);
    });
  }, 60_000);

  it('refuses a command line without roads, or with an unknown kind or mode (exit 2)', async () => {
    expect((await runCommand(travel, ['--kind', '小学'])).status).toBe(2);
    expect((await runCommand(travel, ['--kind', '大学', '--roads', roads])).stderr).toContain(
      '选项 --kind 应为',
    );
    expect((await runCommand(travel, ['--kind', '小学', '--roads', roads, '--mode', 'boat'])).status).toBe(2);
  });

  it('stops with exit 1 and the reason when the road file cannot be read', async () => {
    const { status, stderr } = await runCommand(travel, [
      '--kind',
      '小学',
      '--roads',
      join(temporary, 'missing.geojson'),
    ]);
    expect(status).toBe(1);
    expect(stderr).toContain('无法读取文件');
  });
});

describe('atlas analyze with --roads', () => {
  it('reports travel-time coverage and names the model in its JSON', async () => {
    const { status, stdout, stderr } = await runCommand(analyze, ['--roads', roads, '--mode', 'walk']);
    expect(status).toBe(0);
    expect(stderr).toContain('分析完成（现状，按步行道路时间）');
    const output = JSON.parse(stdout);
    expect(output.distance).toEqual({ model: 'road', mode: 'walk' });
    expect(output.travelThresholds.primary).toEqual({ urban: 10, rural: 40 });
    expect(output.townships[0].coverage.primary.radius).toBe(10);
    expect(output.detour.primary.district.medianRatio).toBeGreaterThan(1);
    // The coverage rules' titles in the JSON say the mode's time on roads, as the CSV does.
    const titles = output.townships.flatMap(
      (township: { rules: { title: string; titleEnglish: string | null }[] }) =>
        township.rules.map((rule) => rule.title),
    );
    expect(titles).toContain('小学步行道路时间内人口覆盖率');
    expect(titles.some((title: string) => title.includes('服务半径'))).toBe(false);
  }, 60_000);

  it('says the straight line when no roads are given', async () => {
    const { stdout } = await runCommand(analyze, ['--format', 'json']);
    expect(JSON.parse(stdout).distance).toEqual({ model: 'straight' });
  }, 60_000);

  it('heads its CSV columns with minutes under road time', async () => {
    const { stdout } = await runCommand(analyze, ['--roads', roads, '--mode', 'bus', '--format', 'csv']);
    expect(stdout.split('\n')[0]).toContain('小学时间阈值(分钟)');
    // The coverage rules' titles say the mode's time on roads, not the service radius.
    expect(stdout).toContain('小学校车道路时间内人口覆盖率');
    expect(stdout).not.toContain('小学服务半径内人口覆盖率');
  }, 60_000);
});
