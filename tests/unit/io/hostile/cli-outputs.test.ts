/**
 * The CLI's output paths and hostile inputs: a path that cannot be written is said in Chinese
 * with exit 1 (never a stack), by every command; a deeply nested JSON input is refused.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as runAnalyze } from '../../../../scripts/cli/analyze-command.ts';
import { run as runImport } from '../../../../scripts/cli/import-command.ts';
import { runCommand } from '../../command-streams.ts';
import { fixturePath, SMALL_DISTRICT } from '../fixtures.ts';
import { deeplyNested } from './hostile-inputs.ts';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
}

describe('output paths that cannot be written', () => {
  it('import --out into a missing folder: a Chinese reason, exit 1, no stack', async () => {
    const out = join(scratch(), 'no-such-folder', 'out.csv');
    const { status, stderr } = await runCommand(runImport, [fixturePath('roster-gbk.csv'), '--out', out]);
    expect(status).toBe(1);
    expect(stderr).toBe(`无法写入 ${out}：所在文件夹不存在。请换一个可写的位置后重试\n`);
  });

  it('import --report onto a folder: a Chinese reason, exit 1', async () => {
    const folder = scratch();
    const { status, stderr } = await runCommand(runImport, [
      fixturePath('roster-gbk.csv'),
      '--report',
      folder,
    ]);
    expect(status).toBe(1);
    expect(stderr).toBe(`无法写入 ${folder}：这是一个文件夹，请给出文件名。请换一个可写的位置后重试\n`);
  });

  it('analyze --out into a missing folder: the same words, exit 1', async () => {
    const out = join(scratch(), 'missing', 'analysis.json');
    const { status, stderr } = await runCommand(runAnalyze, ['--out', out]);
    expect(status).toBe(1);
    expect(stderr).toContain(`无法写入 ${out}：所在文件夹不存在`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('import prints row warnings to stderr', () => {
  it('as well as in the report', async () => {
    const folder = scratch();
    const district = join(folder, 'district.geojson');
    writeFileSync(district, JSON.stringify(SMALL_DISTRICT));
    const { status, stderr } = await runCommand(runImport, [
      fixturePath('roster-gcj02.csv'),
      '--district',
      district,
    ]);
    expect(status).toBe(0);
    // Read as WGS84, the GCJ-02 points fall outside the small district: each row says so.
    expect(stderr).toMatch(/第 2 行：.*区界外/);
  });
});

describe('JSON nested thousands deep given to the CLI', () => {
  it('--townships is refused with the depth named, exit 1', async () => {
    const folder = scratch();
    const townships = join(folder, 'townships.geojson');
    writeFileSync(
      townships,
      `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":${deeplyNested(6000)}},"geometry":null}]}`,
    );
    const { status, stderr } = await runCommand(runAnalyze, ['--townships', townships]);
    expect(status).toBe(1);
    expect(stderr).toContain('townships.geojson 中的数组或对象嵌套超过 100 层');
  });

  it('import --district is refused the same way, exit 2 as for any unreadable district', async () => {
    const folder = scratch();
    const district = join(folder, 'district.geojson');
    writeFileSync(district, deeplyNested(6000, 'object'));
    const { status, stderr } = await runCommand(runImport, [
      fixturePath('roster-gbk.csv'),
      '--district',
      district,
    ]);
    expect(status).toBe(2);
    expect(stderr).toContain('district.geojson 中的数组或对象嵌套超过 100 层');
  });
});
