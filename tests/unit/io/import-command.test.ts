import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../../../scripts/cli/import-command.ts';
import { ROSTER_COLUMNS } from '../../../src/domain/school.ts';
import { runCommand } from '../command-streams.ts';
import { fixturePath, SMALL_DISTRICT } from './fixtures.ts';

function runImport(args: string[]) {
  return runCommand(run, args);
}

const HEADER = `\uFEFF${ROSTER_COLUMNS.join(',')}`;

describe('import command', () => {
  it('writes the canonical CSV to stdout and a summary to stderr', async () => {
    const { status, stdout, stderr } = await runImport([fixturePath('roster-gbk.csv')]);
    expect(status).toBe(0);
    expect(stdout.startsWith(`${HEADER}\r\n`)).toBe(true);
    expect(stdout).toContain('0045080002,木格镇第一初级中学,初中,109.610000,23.090000,木格镇,公办,否');
    expect(stderr).toBe('roster-gbk.csv：共 3 行，接受 3 行，拒绝 0 行（编码 gb18030，坐标系 wgs84）\n');
  });

  it('writes --out and --report files and lists each rejected row, still exiting 0', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'atlas-import-'));
    const out = join(folder, 'out.csv');
    const reportPath = join(folder, 'report.json');
    const { status, stdout, stderr } = await runImport([
      fixturePath('roster-rejects.csv'),
      '--out',
      out,
      '--report',
      reportPath,
    ]);
    expect(status).toBe(0);
    expect(stdout).toBe('');
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toBe('roster-rejects.csv：共 7 行，接受 1 行，拒绝 6 行（编码 utf-8，坐标系 wgs84）');
    expect(lines).toContain('roster-rejects.csv 第 3 行「学校名称」：不能为空');
    expect(lines).toContain('roster-rejects.csv 第 8 行「学校代码」：代码 001 与第 2 行重复');
    expect(readFileSync(out, 'utf8').split('\r\n')[1]).toBe(
      '001,好学校,小学,109.600000,23.100000,,公办,否,否,否,,,,,,,,,,,,,,,,,',
    );
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report.file).toBe('roster-rejects.csv');
    expect(report.summary).toEqual({ total: 7, accepted: 1, warned: 0, rejected: 6 });
    expect(report.rows[0]).toEqual({ row: 2, status: 'accepted', issues: [] });
    expect(report.rows[1]).toEqual({
      row: 3,
      status: 'rejected',
      issues: [{ column: '学校名称', message: '不能为空' }],
    });
  });

  it('converts with --coords and hints with --district', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'atlas-import-'));
    const district = join(folder, 'district.geojson');
    writeFileSync(district, JSON.stringify(SMALL_DISTRICT));
    const asRead = await runImport([fixturePath('roster-gcj02.csv'), '--district', district]);
    expect(asRead.stderr).toContain('可用 --coords gcj02 重新导入');
    const converted = await runImport([
      fixturePath('roster-gcj02.csv'),
      '--coords',
      'gcj02',
      '--district',
      district,
    ]);
    expect(converted.stdout).toContain(',甲小学,小学,109.600000,23.100000,');
    expect(converted.stderr).not.toContain('提示');
  });

  it('exits 1 only when the file cannot be read at all', async () => {
    expect((await runImport(['/no/such/名录.csv'])).status).toBe(1);
    expect((await runImport(['/no/such/名录.csv'])).stderr).toBe('找不到文件：/no/such/名录.csv\n');
    const folder = mkdtempSync(join(tmpdir(), 'atlas-import-'));
    const noHeader = join(folder, 'x.csv');
    writeFileSync(noHeader, '甲,乙\n1,2\n');
    const result = await runImport([noHeader]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('缺少必需的列 学校名称、学校类型、经度、纬度');
  });

  it('exits 2 for usage errors and prints help on --help', async () => {
    expect((await runImport([fixturePath('roster-gbk.csv'), '--coords', 'mars'])).status).toBe(2);
    expect((await runImport(['--bogus'])).status).toBe(2);
    expect((await runImport([])).status).toBe(2);
    const help = await runImport(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('用法: npm run atlas -- import <名录文件> [选项]');
  });

  it('runs end to end through npx tsx scripts/atlas.ts', async () => {
    const { stdout, stderr } = await promisify(execFile)(
      'npx',
      ['tsx', 'scripts/atlas.ts', 'import', fixturePath('roster-english.csv')],
      { cwd: new URL('../../../', import.meta.url).pathname, encoding: 'utf8' },
    );
    expect(stdout.split('\r\n')[1]).toBe(
      '001,Qiaoxu Central Primary,小学,109.600000,23.100000,,公办,否,否,否,,,,,,,,,,,,,,,,,',
    );
    expect(stderr).toContain('roster-english.csv：共 3 行，接受 3 行，拒绝 0 行');
  }, 30_000);
});
