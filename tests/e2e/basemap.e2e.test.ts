/**
 * A PMTiles basemap file opened by the user: roads drawn under the schools, credited in the
 * legend, kept across a reload (IndexedDB), and nothing fetched from outside; a project backup
 * names the basemap (not the file), and restored in a browser without the file says which file
 * to open, which then draws it.
 */
import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  TINY_BASEMAP_ATTRIBUTION,
  TINY_BASEMAP_DATE,
  tinyBasemap,
} from '../fixtures-basemap/tiny-basemap.ts';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';

let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Features drawn by the basemap's road layers, and by the school symbols, in the current view. */
function drawn(session: AtlasSession) {
  return session.page.evaluate(() => ({
    roads: ['basemap-roads_major-0', 'basemap-roads_minor-0', 'basemap-roads_highway-0']
      .map((id) => window.atlasMap?.renderedCount(id) ?? 0)
      .reduce((sum, count) => sum + count, 0),
    schools: window.atlasMap?.renderedCount('school-symbol') ?? 0,
  }));
}

describe('a basemap file', () => {
  it('draws roads under the schools, credits them, and is still there after a reload', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    expect((await drawn(session)).roads).toBe(0);
    await page.getByTestId('basemap-file-input').setInputFiles({
      name: '港南区测试底图.pmtiles',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(tinyBasemap()),
    });
    await expect
      .poll(() => page.getByTestId('basemap-kept').textContent(), { timeout: 20_000 })
      .toBe('已保存在本浏览器，下次打开自动加载');
    await waitForMapIdle(page);
    await expect
      .poll(async () => (await drawn(session as AtlasSession)).roads, { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect((await drawn(session)).schools).toBeGreaterThan(100);
    // The roads are under the schools: every basemap layer comes before the school symbols.
    const order = await page.evaluate(() => window.atlasMap?.layerOrder() ?? []);
    const lastBasemap = Math.max(...order.map((id, index) => (id.startsWith('basemap-') ? index : -1)));
    expect(lastBasemap).toBeGreaterThanOrEqual(0);
    expect(lastBasemap).toBeLessThan(order.indexOf('school-symbol'));
    expect(await page.getByTestId('basemap-credit').textContent()).toBe(
      `版权：${TINY_BASEMAP_ATTRIBUTION} · 数据日期：${TINY_BASEMAP_DATE}`,
    );
    expect(await page.getByTestId('legend-basemap').textContent()).toContain(TINY_BASEMAP_ATTRIBUTION);
    await screenshot(page, 'basemap-file');

    await page.reload();
    await waitForMapIdle(page);
    await expect
      .poll(async () => (await drawn(session as AtlasSession)).roads, { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await page.getByTestId('basemap-kept').textContent()).toBe('已保存在本浏览器，下次打开自动加载');
    await screenshot(page, 'basemap-file-after-reload');

    // English, then back to none: the plain map again.
    await page.getByTestId('language-switch').click();
    await waitForMapIdle(page);
    await screenshot(page, 'basemap-file-english');
    await page.getByTestId('basemap-none').getByRole('radio').check();
    await waitForMapIdle(page);
    await expect.poll(async () => (await drawn(session as AtlasSession)).roads).toBe(0);
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('refuses a file that is not a basemap, saying so, and keeps the map as it was', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('basemap-file-input').setInputFiles({
      name: '照片.pmtiles',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('not an archive at all, just some text bytes'),
    });
    await expect
      .poll(() => page.getByTestId('basemap-message').textContent())
      .toContain('照片.pmtiles 不是可读取的 PMTiles 底图文件');
    expect(await page.getByTestId('basemap-none').getByRole('radio').isChecked()).toBe(true);
    expect(session.pageErrors).toEqual([]);
  });

  it('keeps the basemap in the backup by name; restored without the file, says which to open', async () => {
    session = await openAtlas();
    let { page } = session;
    await waitForMapIdle(page);
    const basemap = {
      name: '港南区测试底图.pmtiles',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(tinyBasemap()),
    };
    await page.getByTestId('basemap-file-input').setInputFiles(basemap);
    await expect
      .poll(async () => (await drawn(session as AtlasSession)).roads, { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.getByTestId('open-export').click();
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }) as Promise<Download>,
      page.getByTestId('export-dialog').getByTestId('export-project').click(),
    ]);
    const backup = readFileSync(await file.path());
    expect(JSON.parse(backup.toString('utf8')).settings.basemap).toEqual({
      kind: 'file',
      name: '港南区测试底图.pmtiles',
    });
    await session.close();

    // Another browser: the same backup, no basemap file kept.
    session = await openAtlas();
    page = session.page;
    await waitForMapIdle(page);
    await page.getByTestId('open-export').click();
    const exportDialog = page.getByTestId('export-dialog');
    await exportDialog.getByTestId('restore-file').setInputFiles({
      name: file.suggestedFilename(),
      mimeType: 'application/json',
      buffer: backup,
    });
    await exportDialog.getByTestId('restore-confirm').click();
    await exportDialog.getByTestId('export-close').click();
    await expect
      .poll(() => page.getByTestId('basemap-message').first().textContent(), { timeout: 20_000 })
      .toBe(
        '备份中的项目使用底图文件 港南区测试底图.pmtiles，本浏览器未保存该文件：请点击“打开底图文件”重新选择该文件。',
      );
    await page.getByTestId('basemap-message').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'basemap-restore-missing-file');
    await page.getByTestId('basemap-file-input').setInputFiles(basemap);
    await expect
      .poll(async () => (await drawn(session as AtlasSession)).roads, { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
