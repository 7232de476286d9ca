import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';
import {
  gcj02Roster,
  officialBoundaryGeoJson,
  shapefileWithoutPrj,
} from './fixtures/build-import-fixtures.ts';
import { dropOnMap, legendTotal, openImport, totalText } from './import-helpers.ts';
import { sampleSchools } from './sample-roster.ts';

const schools = sampleSchools();
const base = schools.length;
const GB18030_ROSTER = 'tests/e2e/fixtures/roster-gb18030.csv';
let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Clicks and returns the download it starts, with its bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { file, bytes: readFileSync(await file.path()) };
}

async function openSchool(page: Page, name: string): Promise<void> {
  await page.getByTestId('search-input').fill(name);
  await page.getByTestId('search-results').getByRole('button').first().click();
  await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe(name);
}

describe('importing and exporting the bureau’s own data', () => {
  it('reads a GB18030 CSV dropped on the map, reports what it rejects, adds the rest as one undo step', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    expect(await legendTotal(page)).toBe(totalText(base));
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));

    await dropOnMap(page, 'roster-gb18030.csv', readFileSync(GB18030_ROSTER));
    const dialog = page.getByTestId('import-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // The file is read off the main thread, in the import worker.
    await expect.poll(() => workers.some((url) => url.includes('import'))).toBe(true);
    // The encoding is guessed and the preview shows the file's Chinese as written.
    await expect.poll(() => dialog.getByTestId('import-preview').textContent()).toContain('桥圩镇新村小学');
    expect(await dialog.getByTestId('import-encoding').locator('option:checked').textContent()).toContain(
      'GB18030',
    );
    expect(await dialog.getByTestId('import-preview').textContent()).toContain('东经一百零九度');
    expect(await dialog.getByTestId('mapping-学校名称').inputValue()).toBe('校名');
    expect(await dialog.getByTestId('count-total').textContent()).toBe('6');
    expect(await dialog.getByTestId('count-accepted').textContent()).toBe('4');
    expect(await dialog.getByTestId('count-rejected').textContent()).toBe('2');
    const badCoordinate = await dialog.getByTestId('issue-row-6').textContent();
    expect(badCoordinate).toContain('第 6 行');
    expect(badCoordinate).toContain('经度');
    expect(badCoordinate).toContain('“东经一百零九度”不是可识别的坐标');
    const unknownType = await dialog.getByTestId('issue-row-7').textContent();
    expect(unknownType).toContain('类型');
    expect(unknownType).toContain('“托管班”不是可识别的学校类型');
    await screenshot(page, 'import-roster-report');

    const rejected = await download(page, () => dialog.getByTestId('download-rejected').click());
    expect(rejected.file.suggestedFilename()).toBe('roster-gb18030_未导入的行.csv');
    const rejectedText = rejected.bytes.toString('utf8');
    expect(rejectedText.startsWith('\uFEFF代码,校名,类型,经度,纬度,乡镇,性质,在校生,备注,问题\r\n')).toBe(
      true,
    );
    expect(rejectedText).toContain('E2E0005,瓦塘镇大圩小学,小学,东经一百零九度,22.8985,瓦塘镇,公办,410,');
    expect(rejectedText).toContain('E2E0006,湛江镇托管中心,托管班,109.7956,22.9071,湛江镇,民办,60,');

    // The user fixes the mapping: 备注 is not to be imported. The choice is remembered on commit.
    await dialog.getByTestId('mapping-备注').selectOption('');
    expect(await dialog.getByTestId('merge-add').isChecked()).toBe(true);
    expect(await dialog.getByTestId('merge-report').textContent()).toContain('新增 4 所');
    await dialog.getByTestId('import-commit').click();
    await expect.poll(() => dialog.getByTestId('import-done').textContent()).toContain('新增 4 所');
    await dialog.getByTestId('import-close').click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => legendTotal(page)).toBe(totalText(base + 4));
    await waitForMapIdle(page);
    await screenshot(page, 'import-roster-added');

    await page.getByTestId('undo').click();
    await expect.poll(() => legendTotal(page)).toBe(totalText(base));

    // The next file with the same columns opens with the mapping the user used.
    const again = await openImport(page);
    await again.getByTestId('import-roster-file').setInputFiles({
      name: 'roster-gb18030.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(GB18030_ROSTER),
    });
    await expect.poll(() => again.getByTestId('count-accepted').textContent()).toBe('4');
    // The remembered mapping is applied once the file's header is known: a second read follows.
    await expect.poll(() => again.getByTestId('mapping-备注').inputValue()).toBe('');
    expect(await again.getByTestId('mapping-学校名称').inputValue()).toBe('校名');
    expect(await again.textContent()).toContain('已套用上次对这组列名使用的对应关系');
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('converts GCJ-02 coordinates when the user says the file uses them', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    const roster = gcj02Roster();
    const dialog = await openImport(page);
    await dialog.getByTestId('import-roster-file').setInputFiles({
      name: '高德坐标.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(roster.text, 'utf8'),
    });
    await expect.poll(() => dialog.getByTestId('count-accepted').textContent()).toBe('3');
    await dialog.getByTestId('import-coords').selectOption('gcj02');
    await dialog.getByTestId('import-commit').click();
    await dialog.getByTestId('import-close').click();
    await expect.poll(() => legendTotal(page)).toBe(totalText(base + 3));

    const [school] = roster.schools;
    if (!school) throw new Error('no GCJ-02 school');
    // The conversion moves the point by hundreds of metres: the written value must not survive.
    expect(school.written[0].toFixed(6)).not.toBe(school.wgs84[0].toFixed(6));
    await openSchool(page, school.name);
    const attributes = await page.getByTestId('detail-attributes').textContent();
    expect(attributes).toContain(`经度${school.wgs84[0].toFixed(6)}`);
    expect(attributes).toContain(`纬度${school.wgs84[1].toFixed(6)}`);
    expect(session.outsideRequests).toEqual([]);
  });

  it('exports the roster as CSV and reads it back with 全部替换 to the same schools', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    const sample = schools.find((school) => school.name === '港南中学');
    if (!sample) throw new Error('港南中学 missing');
    await openSchool(page, sample.name);
    const before = await page.getByTestId('detail-attributes').textContent();

    await page.getByTestId('open-export').click();
    const exportDialog = page.getByTestId('export-dialog');
    const exported = await download(page, () => exportDialog.getByTestId('export-csv').click());
    expect(exported.file.suggestedFilename()).toMatch(/^港南区学校名录_\d{4}-\d{2}-\d{2}\.csv$/);
    expect(exported.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(await exportDialog.getByTestId('export-status').textContent()).toContain(`${base} 所学校`);
    await screenshot(page, 'export-dialog');
    await exportDialog.getByTestId('export-close').click();

    const dialog = await openImport(page);
    await dialog.getByTestId('import-roster-file').setInputFiles({
      name: exported.file.suggestedFilename(),
      mimeType: 'text/csv',
      buffer: exported.bytes,
    });
    await expect.poll(() => dialog.getByTestId('count-total').textContent()).toBe(String(base));
    expect(await dialog.getByTestId('count-rejected').textContent()).toBe('0');
    await dialog.getByTestId('merge-replace').check();
    // The export of the data read back is the same data: nothing added, changed or removed.
    const report = await dialog.getByTestId('merge-report').textContent();
    expect(report).toContain('新增 0 所');
    expect(report).toContain('更新 0 所');
    expect(report).toContain(`${base} 所与现有记录相同`);
    await dialog.getByTestId('import-commit').click();
    await dialog.getByTestId('import-close').click();
    await expect.poll(() => legendTotal(page)).toBe(totalText(base));
    await openSchool(page, sample.name);
    expect(await page.getByTestId('detail-attributes').textContent()).toBe(before);
    expect(session.outsideRequests).toEqual([]);
  });

  it('imports official boundaries from GeoJSON, lists schools outside their township, drops 示意', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    expect(await page.getByTestId('approximate-note').count()).toBe(1);
    // A school that says 东津镇 but stands in 木格镇, as a slip in a bureau's roster would.
    let dialog = await openImport(page);
    await dialog.getByTestId('import-roster-file').setInputFiles({
      name: '错填乡镇.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '学校名称,学校类型,经度,纬度,所属乡镇\n错填乡镇测试小学,小学,109.7235,22.8460,东津镇\n',
      ),
    });
    await expect.poll(() => dialog.getByTestId('count-accepted').textContent()).toBe('1');
    await dialog.getByTestId('import-commit').click();
    await dialog.getByTestId('import-close').click();

    dialog = await openImport(page, 'boundaries');
    await dialog.getByTestId('import-boundary-file').setInputFiles({
      name: '港南区乡镇界线.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(officialBoundaryGeoJson(), 'utf8'),
    });
    await expect.poll(() => dialog.getByTestId('boundary-matched').textContent()).toBe('9 / 9');
    expect(await dialog.getByTestId('boundary-name-field').inputValue()).toBe('乡镇名称');
    await screenshot(page, 'import-boundaries-report');
    await dialog.getByTestId('import-commit').click();
    const done = dialog.getByTestId('import-done');
    await expect.poll(() => done.textContent()).toContain('已导入 9 个乡镇的官方界线');
    const mismatch = done.getByTestId('mismatches').getByRole('row', { name: /错填乡镇测试小学/ });
    expect(await mismatch.textContent()).toContain('东津镇');
    expect(await mismatch.textContent()).toContain('木格镇');
    await screenshot(page, 'import-boundaries-done');
    await dialog.getByTestId('import-close').click();
    await expect.poll(() => page.getByTestId('approximate-note').count()).toBe(0);
    expect(await page.getByTestId('legend').textContent()).not.toContain('示意');
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('approximate-note').count()).toBe(1);
    expect(session.outsideRequests).toEqual([]);
  });

  it('asks for the projection of a zipped Shapefile without .prj, offering the zone its eastings carry', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    const dialog = await openImport(page, 'boundaries');
    await dialog.getByTestId('import-boundary-file').setInputFiles({
      name: '乡镇界线.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(shapefileWithoutPrj()),
    });
    const question = dialog.getByTestId('projection-question');
    await expect.poll(() => question.isVisible()).toBe(true);
    expect(await question.textContent()).toContain('没有坐标系文件（.prj）');
    expect(await question.textContent()).toContain('CGCS2000 3度带 第37带（中央经线111°，带号前缀）');
    // Nothing is chosen for the user.
    expect(await dialog.getByTestId('projection-apply').isDisabled()).toBe(true);
    await screenshot(page, 'import-boundaries-projection');
    await question.locator('input[value="EPSG:4525"]').check();
    await dialog.getByTestId('projection-apply').click();
    await expect.poll(() => dialog.getByTestId('boundary-matched').textContent()).toBe('9 / 9');
    expect(await dialog.getByTestId('boundary-facts').textContent()).toContain('您的选择');
    expect(await dialog.getByTestId('boundary-name-field').inputValue()).toBe('XZQMC');
    expect(await dialog.getByTestId('boundary-code-field').inputValue()).toBe('XZQDM');
    expect(session.outsideRequests).toEqual([]);
  });

  it('backs the project up, and restores the backup after the data changed and the page reloaded', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    let dialog = await openImport(page);
    await dialog.getByTestId('import-roster-file').setInputFiles({
      name: 'roster-gb18030.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(GB18030_ROSTER),
    });
    await expect.poll(() => dialog.getByTestId('count-accepted').textContent()).toBe('4');
    await dialog.getByTestId('import-commit').click();
    await dialog.getByTestId('import-close').click();
    await expect.poll(() => legendTotal(page)).toBe(totalText(base + 4));

    await page.getByTestId('open-export').click();
    let exportDialog = page.getByTestId('export-dialog');
    const backup = await download(page, () => exportDialog.getByTestId('export-project').click());
    expect(backup.file.suggestedFilename()).toMatch(/^港南区项目备份_\d{4}-\d{2}-\d{2}\.json$/);
    await exportDialog.getByTestId('export-close').click();

    // Replace everything by a three-school roster; the autosave keeps it across the reload.
    dialog = await openImport(page);
    await dialog.getByTestId('import-roster-file').setInputFiles({
      name: '高德坐标.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(gcj02Roster().text, 'utf8'),
    });
    await expect.poll(() => dialog.getByTestId('count-accepted').textContent()).toBe('3');
    await dialog.getByTestId('merge-replace').check();
    await dialog.getByTestId('import-commit').click();
    await dialog.getByTestId('import-close').click();
    await expect.poll(() => legendTotal(page)).toBe(totalText(3));
    await expect.poll(() => page.getByTestId('save-status').textContent()).toContain('已自动保存');
    await page.reload();
    await waitForMapIdle(page);
    expect(await legendTotal(page)).toBe(totalText(3));

    await page.getByTestId('open-export').click();
    exportDialog = page.getByTestId('export-dialog');
    await exportDialog.getByTestId('restore-file').setInputFiles({
      name: '另一个文件.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"type":"FeatureCollection","features":[]}'),
    });
    await expect
      .poll(() => exportDialog.getByTestId('restore-refused').textContent())
      .toBe('另一个文件.json 不是“学校布局一张图”的项目文件');
    await exportDialog.getByTestId('restore-file').setInputFiles({
      name: backup.file.suggestedFilename(),
      mimeType: 'application/json',
      buffer: backup.bytes,
    });
    await expect
      .poll(() => exportDialog.getByTestId('restore-summary').textContent())
      .toContain(`${base + 4} 所学校`);
    await screenshot(page, 'export-restore-summary');
    await exportDialog.getByTestId('restore-confirm').click();
    await expect.poll(() => legendTotal(page)).toBe(totalText(base + 4));
    expect(await exportDialog.getByTestId('export-status').textContent()).toContain('已从');
    await exportDialog.getByTestId('export-close').click();
    await page.getByTestId('undo').click();
    await expect.poll(() => legendTotal(page)).toBe(totalText(3));
    expect(session.outsideRequests).toEqual([]);
  });

  it('refuses an .xls with the message to re-save it, and imports a township population table', async () => {
    session = await openAtlas('#view=analysis');
    const { page } = session;
    await waitForMapIdle(page);
    const dialog = await openImport(page);
    await dialog.getByTestId('import-roster-file').setInputFiles({
      name: '名录.xls',
      mimeType: 'application/vnd.ms-excel',
      buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    });
    await expect
      .poll(() => dialog.getByTestId('import-file-error').textContent())
      .toContain('旧版 Excel（.xls）文件，无法直接读取；请在 Excel 或 WPS 中「另存为」.xlsx');
    expect(await dialog.getByTestId('import-commit').count()).toBe(0);

    await dialog.getByTestId('import-tab-population').click();
    const table = [
      '乡镇,常住人口',
      '江南街道,120000',
      '八塘街道,50000',
      '桥圩镇,90000',
      '木格镇,60000',
      '木梓镇,40000',
      '湛江镇,55000',
      '东津镇,65000',
      '新塘镇,30000',
      '瓦塘镇,35000',
      '火星镇,1',
    ].join('\n');
    await dialog.getByTestId('import-population-file').setInputFiles({
      name: '乡镇人口.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(table, 'utf8'),
    });
    await expect.poll(() => dialog.getByTestId('count-accepted').textContent()).toBe('9');
    expect(await dialog.getByTestId('issue-row-11').textContent()).toContain('“火星镇”不是本区的乡镇');
    expect(await dialog.getByTestId('population-label').textContent()).toBe(
      '导入：乡镇人口.csv（乡镇人口表，9 个乡镇，合计 545,000 人）',
    );
    await screenshot(page, 'import-population-report');
    await dialog.getByTestId('import-commit').click();
    await dialog.getByTestId('import-close').click();
    await expect
      .poll(() => page.getByTestId('analysis-panel').textContent())
      .toContain('导入：乡镇人口.csv（乡镇人口表');
    expect(session.outsideRequests).toEqual([]);
  });
});
