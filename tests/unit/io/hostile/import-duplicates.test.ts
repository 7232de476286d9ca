/**
 * Adding rows never doubles schools silently: a roster brought again without its codes, or a
 * school under a new code with the same name in the same township or the same type within
 * 100 m, is listed — in the CLI's import report as in the dialog. Rosters are built here.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../../scripts/cli/import-command.ts';
import { runCommand } from '../../command-streams.ts';

const temporary = mkdtempSync(join(tmpdir(), 'import-duplicates-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

const TOWNSHIPS = ['桥圩镇', '木格镇', '湛江镇'];

/** `count` schools about 1 km apart, with codes or without the code column. */
function rosterCsv(count: number, withCodes: boolean): string {
  const header = withCodes
    ? '学校代码,学校名称,学校类型,经度,纬度,所属乡镇'
    : '学校名称,学校类型,经度,纬度,所属乡镇';
  const lines = [header];
  for (let index = 0; index < count; index += 1) {
    const cells = [
      `第${index + 1}小学`,
      '小学',
      (109.3 + (index % 50) * 0.01).toFixed(4),
      (23.0 + Math.floor(index / 50) * 0.01).toFixed(4),
      TOWNSHIPS[index % 3] ?? '',
    ];
    lines.push((withCodes ? [`45080300${String(index).padStart(4, '0')}`, ...cells] : cells).join(','));
  }
  return `${lines.join('\n')}\n`;
}

function file(name: string, text: string): string {
  const path = join(temporary, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

function dataRows(csvPath: string): number {
  return readFileSync(csvPath, 'utf8').trim().split(/\r?\n/).length - 1;
}

describe('import --into lists likely duplicates instead of doubling the roster', () => {
  const roster = file('roster.csv', rosterCsv(311, true));
  const again = file('again.csv', rosterCsv(311, false));

  it('re-importing the roster without codes adds nothing; the report lists every school', async () => {
    const out = join(temporary, 'merged.csv');
    const reportPath = join(temporary, 'report.json');
    const { status, stderr } = await runCommand(run, [
      again,
      '--into',
      roster,
      '--out',
      out,
      '--report',
      reportPath,
    ]);
    expect(status).toBe(0);
    expect(dataRows(out)).toBe(311);
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report.merge).toMatchObject({ mode: 'add', added: 0, dropped: 311, total: 311 });
    expect(report.merge.likelyDuplicates).toHaveLength(311);
    expect(report.merge.likelyDuplicates[0]).toMatchObject({
      row: 2,
      school: '第1小学',
      existingCode: '450803000000',
      reason: 'same-name-and-township',
    });
    expect(stderr).toContain('新增 0 所');
    expect(stderr).toContain(
      'again.csv 第 2 行：第1小学，疑似与名录中的 450803000000 为同一所学校（同一乡镇同名）',
    );
  });

  it('keeps them all as new schools only when told to, and merges them in update mode', async () => {
    const kept = join(temporary, 'kept.csv');
    await runCommand(run, [again, '--into', roster, '--duplicates', 'keep', '--out', kept]);
    expect(dataRows(kept)).toBe(622);
    const updated = join(temporary, 'updated.csv');
    const { stderr } = await runCommand(run, [again, '--into', roster, '--mode', 'update', '--out', updated]);
    expect(dataRows(updated)).toBe(311);
    expect(stderr).toContain('并入已有学校 311 所');
  });

  it('全部替换 counts what it adds and what it removes', async () => {
    const other = file('other.csv', rosterCsv(311, true).replaceAll('45080300', '45080399'));
    const reportPath = join(temporary, 'replace.json');
    await runCommand(run, [
      other,
      '--into',
      roster,
      '--mode',
      'replace',
      '--report',
      reportPath,
      '--out',
      join(temporary, 'r.csv'),
    ]);
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    expect(report.merge).toMatchObject({ added: 311, removed: 311, updated: 0, total: 311 });
  });

  it('refuses --mode without --into, and an unknown answer', async () => {
    expect((await runCommand(run, [again, '--mode', 'update'])).status).toBe(2);
    expect((await runCommand(run, [again, '--into', roster, '--duplicates', 'maybe'])).status).toBe(2);
  });
});
