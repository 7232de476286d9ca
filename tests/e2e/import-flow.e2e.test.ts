/**
 * The import flow's reports in the browser: 全部替换 counts what it adds as well as what it
 * removes; a roster brought again without its codes lists its schools as likely duplicates
 * instead of doubling them; a backup with a broken part is refused whole, naming what is wrong,
 * and nothing changes. Files are built here from the sample roster.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { School } from '../../src/domain/school.ts';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';
import { legendTotal, openImport, totalText } from './import-helpers.ts';
import { sampleSchools } from './sample-roster.ts';

const schools = sampleSchools();
const base = schools.length;
let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** A roster CSV of these schools, with their codes (each with a prefix) or without a code column. */
function rosterCsv(list: readonly School[], codes: 'prefixed' | 'none'): Buffer {
  const header = ['学校名称', '学校类型', '经度', '纬度', '所属乡镇'];
  const lines = [(codes === 'none' ? header : ['学校代码', ...header]).join(',')];
  for (const school of list) {
    const cells = [school.name, school.type, String(school.lon), String(school.lat), school.township];
    lines.push((codes === 'none' ? cells : [`X${school.code}`, ...cells]).join(','));
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

describe('the import flow’s reports', () => {
  it('全部替换 with a roster of new codes counts every school added and every one removed', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    const dialog = await openImport(page);
    await dialog.getByTestId('import-roster-file').setInputFiles({
      name: '新名录.csv',
      mimeType: 'text/csv',
      buffer: rosterCsv(schools, 'prefixed'),
    });
    await expect.poll(() => dialog.getByTestId('count-accepted').textContent()).toBe(String(base));
    await dialog.getByTestId('merge-replace').check();
    await expect.poll(() => dialog.getByTestId('merge-added').textContent()).toBe(`新增 ${base} 所`);
    expect(await dialog.getByTestId('merge-removed').textContent()).toBe(`将从现有名录中移除 ${base} 所学校`);
    await screenshot(page, 'import-replace-report');
    await dialog.getByTestId('import-commit').click();
    await expect
      .poll(() => dialog.getByTestId('import-done').textContent())
      .toContain(`新增 ${base} 所，更新 0 所，移除 ${base} 所；名录现有 ${base} 所学校`);
    await dialog.getByTestId('import-close').click();
    await expect.poll(() => legendTotal(page)).toBe(totalText(base));
  });

  it('a roster without codes brought again lists its schools as likely duplicates and adds none of them', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    const again = schools.slice(0, 20);
    const dialog = await openImport(page);
    await dialog.getByTestId('import-roster-file').setInputFiles({
      name: '无代码名录.csv',
      mimeType: 'text/csv',
      buffer: rosterCsv(again, 'none'),
    });
    await expect.poll(() => dialog.getByTestId('count-accepted').textContent()).toBe('20');
    const list = dialog.getByTestId('likely-duplicates');
    await expect.poll(() => list.getByRole('row').count()).toBe(21);
    expect(await dialog.getByTestId('merge-added').textContent()).toBe('新增 0 所');
    expect(await dialog.getByTestId('merge-dropped').textContent()).toBe('疑似重复未导入 20 所');
    const first = again[0] as School;
    expect(await dialog.getByTestId('duplicate-row-2').textContent()).toContain(first.code);
    await screenshot(page, 'import-likely-duplicates');
    // One kept as a new school, by its own choice; then all merged at once and back to one kept.
    await dialog.getByTestId('duplicate-decision-2').selectOption('keep');
    await expect.poll(() => dialog.getByTestId('merge-added').textContent()).toBe('新增 1 所');
    await dialog.getByTestId('duplicates-all-merge').click();
    await expect.poll(() => dialog.getByTestId('merge-merged').textContent()).toBe('并入现有学校 20 所');
    await dialog.getByTestId('duplicate-decision-2').selectOption('keep');
    await expect.poll(() => dialog.getByTestId('merge-added').textContent()).toBe('新增 1 所');
    await dialog.getByTestId('import-commit').click();
    await expect.poll(() => dialog.getByTestId('import-done').isVisible()).toBe(true);
    await dialog.getByTestId('import-close').click();
    await expect.poll(() => legendTotal(page)).toBe(totalText(base + 1));
    // One undo step takes the whole import back.
    await page.getByTestId('undo').click();
    await expect.poll(() => legendTotal(page)).toBe(totalText(base));
  });

  it('shows the likely duplicates in English', async () => {
    session = await openAtlas('#lang=en');
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('open-import').click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.getByTestId('import-roster-file').setInputFiles({
      name: 'roster-without-codes.csv',
      mimeType: 'text/csv',
      buffer: rosterCsv(schools.slice(0, 5), 'none'),
    });
    const list = dialog.getByTestId('likely-duplicates');
    await expect.poll(() => list.getByRole('row').count()).toBe(6);
    expect(await list.textContent()).toContain('Same name, same township');
    expect(await dialog.getByTestId('merge-dropped').textContent()).toBe('5 likely duplicates not imported');
    await screenshot(page, 'import-likely-duplicates-en');
  });

  it('refuses a backup with a population of −1e308 whole, naming it, and changes nothing', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    const backup = {
      format: 'school-layout-atlas-project',
      schemaVersion: 1,
      savedAt: '2026-01-01T00:00:00.000Z',
      roster: [],
      townships: null,
      population: {
        source: 'settlement-points',
        label: '居民点',
        points: [
          {
            lon: 109.6,
            lat: 23.1,
            population: -1e308,
            schoolAgePopulation: null,
            name: '甲村',
            townshipCode: '',
          },
        ],
        townships: [],
      },
      rules: null,
      settings: { districtCode: '450803', districtName: '港南区' },
      candidates: [],
    };
    await page.getByTestId('open-export').click();
    const exportDialog = page.getByTestId('export-dialog');
    await exportDialog.getByTestId('restore-file').setInputFiles({
      name: '坏备份.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    const refused = exportDialog.getByTestId('restore-refused');
    await expect.poll(() => refused.isVisible()).toBe(true);
    expect(await refused.textContent()).toContain(
      '坏备份.json 未能恢复，现有数据未作任何改动。文件中有 1 处问题：',
    );
    expect(await exportDialog.getByTestId('restore-problems').textContent()).toBe(
      '人口第 1 个居民点：“人口”应为不小于 0 的有限数值，实际为 -1e+308',
    );
    expect(await exportDialog.getByTestId('restore-summary').count()).toBe(0);
    await screenshot(page, 'restore-refused');
    await exportDialog.getByTestId('export-close').click();
    expect(await legendTotal(page)).toBe(totalText(base));
  });
});
