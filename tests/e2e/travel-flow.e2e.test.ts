/**
 * Roads and barriers through the one import flow, in the app: a barrier file's review names the
 * feature it leaves out and why, its commit is one undo step; a backup keeps the network and gives
 * it back, a backup with a malformed network is refused whole, naming the road; and the 学位 view
 * allocates seats by road time once 道路时间 is chosen — in Chinese and in English.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';

const SAMPLE_ROADS = 'docs/examples/gangnan-roads-sample.geojson';
let session: AtlasSession | undefined;
const SLOW = { timeout: 90_000 };

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Opens the import dialog on one tab. */
async function openImportTab(page: Page, tab: string) {
  await page.getByTestId('open-import').click();
  const dialog = page.getByTestId('import-dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await dialog.getByTestId(`import-tab-${tab}`).click();
  return dialog;
}

/** Imports the sample road network through the 道路 tab. */
async function importSampleRoads(page: Page): Promise<void> {
  const dialog = await openImportTab(page, 'roads');
  await dialog.getByTestId('import-road-file').setInputFiles({
    name: 'gangnan-roads-sample.geojson',
    mimeType: 'application/geo+json',
    buffer: readFileSync(SAMPLE_ROADS),
  });
  await expect.poll(() => dialog.getByTestId('road-count-lines').textContent(), SLOW).toBe('809');
  await dialog.getByTestId('import-commit').click();
  await expect.poll(() => dialog.getByTestId('import-done').textContent()).toContain('已导入 809 条道路');
  await dialog.getByTestId('import-close').click();
}

async function download(page: Page, click: () => Promise<void>): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { file, bytes: readFileSync(await file.path()) };
}

/** A barrier file: one river line, and a point that is no barrier. */
const BARRIER_FILE = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { 名称: '示例河' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [109.6, 23.0],
          [109.62, 23.05],
        ],
      },
    },
    { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [109.6, 23.0] } },
  ],
});

describe('roads and barriers through the import flow', () => {
  it('reviews a barrier file with the feature left out and why, adds it as one undo step', async () => {
    session = await openAtlas('#view=analysis');
    const { page } = session;
    await page.waitForSelector('.township-table tbody tr');
    const barriers = page.locator('.travel-barriers li');
    const before = await barriers.count();
    const dialog = await openImportTab(page, 'barriers');
    await dialog.getByTestId('import-barrier-file').setInputFiles({
      name: '河流.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(BARRIER_FILE),
    });
    const report = dialog.getByTestId('barrier-report');
    await expect.poll(() => report.isVisible(), SLOW).toBe(true);
    expect(await report.textContent()).toContain('河流.geojson 第 2 个要素未读入');
    expect(await report.textContent()).toContain('读入 1 条线');
    await screenshot(page, 'travel-barrier-review-zh');
    await dialog.getByTestId('barrier-commit').click();
    await expect
      .poll(() => dialog.getByTestId('barrier-done').textContent())
      .toContain('已加入阻隔线：河流.geojson');
    await dialog.getByTestId('import-close').click();
    await expect.poll(() => barriers.count()).toBe(before + 1);
    await page.getByTestId('undo').click();
    await expect.poll(() => barriers.count()).toBe(before);
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('keeps the network in a backup, restores it, and refuses a backup with a malformed network', async () => {
    session = await openAtlas('#view=analysis');
    const { page } = session;
    await page.waitForSelector('.township-table tbody tr');
    await importSampleRoads(page);
    await page.getByTestId('open-export').click();
    const exportDialog = page.getByTestId('export-dialog');
    const backup = await download(page, () => exportDialog.getByTestId('export-project').click());
    await exportDialog.getByTestId('export-close').click();
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('travel-no-roads').isVisible()).toBe(true);

    // A broken copy first: refused whole, naming the road; nothing changes.
    const broken = JSON.parse(backup.bytes.toString('utf8'));
    broken.roads.lines[0].roadClass = '高速';
    await page.getByTestId('open-export').click();
    await exportDialog.getByTestId('restore-file').setInputFiles({
      name: '坏路网备份.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await expect.poll(() => exportDialog.getByTestId('restore-refused').isVisible()).toBe(true);
    expect(await exportDialog.getByTestId('restore-problems').textContent()).toContain(
      '路网第 1 条道路：道路等级“高速”不是以下之一：国道、省道、县道、乡道、村道、其他',
    );
    await screenshot(page, 'travel-restore-refused-zh');
    expect(await page.getByTestId('travel-no-roads').isVisible()).toBe(true);

    await exportDialog.getByTestId('restore-file').setInputFiles({
      name: backup.file.suggestedFilename(),
      mimeType: 'application/json',
      buffer: backup.bytes,
    });
    await expect.poll(() => exportDialog.getByTestId('restore-summary').isVisible()).toBe(true);
    await exportDialog.getByTestId('restore-confirm').click();
    await exportDialog.getByTestId('export-close').click();
    await expect
      .poll(() => page.getByTestId('travel-network').textContent())
      .toContain('gangnan-roads-sample.geojson');
    expect(session.outsideRequests).toEqual([]);
  });

  it('allocates seats by road time once 道路时间 is chosen', async () => {
    session = await openAtlas('#view=seats&stage=primary');
    const { page } = session;
    const noSchool = page.getByTestId('seat-figure-no-school');
    await expect.poll(() => noSchool.isVisible(), SLOW).toBe(true);
    const straight = await noSchool.textContent();
    expect(await page.getByTestId('seat-distance').textContent()).toBe('按直线距离');
    await importSampleRoads(page);
    await page.getByTestId('view-analysis').click();
    await page.getByText('道路时间', { exact: true }).click();
    await page.getByTestId('view-seats').click();
    await expect.poll(() => page.getByTestId('seat-distance').textContent(), SLOW).toBe('按步行道路时间');
    await expect.poll(() => noSchool.textContent(), SLOW).not.toBe(straight);
    expect(await page.getByTestId('seat-summary').textContent()).toContain('其中道路时间内无学校');
    await waitForMapIdle(page);
    await screenshot(page, 'travel-seats-road-zh');
    await page.getByTestId('language-switch').click();
    await expect
      .poll(() => page.getByTestId('seat-distance').textContent(), SLOW)
      .toBe('by walking time on roads');
    expect(await page.getByTestId('seat-summary').textContent()).toContain(
      'no school within the time by road',
    );
    await waitForMapIdle(page);
    await screenshot(page, 'travel-seats-road-en');
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
