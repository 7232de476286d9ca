/**
 * A reference layer as a user brings one in: a KML file of roads (with one placemark that has no
 * geometry) imported through the import dialog's 参考图层 tab (opened from the layers panel),
 * which names what it left out, drawn on the map and listed
 * in the legend, carried onto the printed page's legend, and taken away again by one undo.
 */
import type { Download, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { PrintReport } from '../../src/print/print-job.ts';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';

/** Two invented roads across the district and one placemark without a place — TEST DATA. */
const ROADS_KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>测试道路</name>
<Placemark><name>测试一号路</name><LineString><coordinates>109.55,23.05 109.65,22.98 109.75,22.92</coordinates></LineString></Placemark>
<Placemark><name>测试二号路</name><LineString><coordinates>109.60,22.85 109.66,22.95 109.70,23.08</coordinates></LineString></Placemark>
<Placemark><name>没有坐标的地物</name></Placemark>
</Document></kml>`;

let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Ids of the drawn layers of the imported (not the default) reference layers. */
function importedLineLayers(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window.atlasMap?.layerOrder() ?? []).filter(
      (id) => id.startsWith('reference-') && id.endsWith('-line') && id !== 'reference-ref-1-line',
    ),
  );
}

describe('a reference layer', () => {
  it('is imported with what it left out named, drawn, printed in the legend, and undone in one step', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('reference-import').click();
    await expect
      .poll(() => page.getByTestId('import-tab-reference').getAttribute('aria-selected'))
      .toBe('true');
    await page.getByTestId('reference-file-input').setInputFiles({
      name: '测试道路.kml',
      mimeType: 'application/vnd.google-earth.kml+xml',
      buffer: Buffer.from(ROADS_KML),
    });
    const dialog = page.getByTestId('reference-dialog');
    await expect
      .poll(() => dialog.getByTestId('reference-counts').textContent(), { timeout: 20_000 })
      .toBe('读取 2 个要素（点 0、线 2、面 0），1 个未导入');
    expect(await dialog.getByTestId('reference-rejected').textContent()).toContain('没有坐标的地物');
    await dialog.getByTestId('reference-name').fill('测试道路');
    await screenshot(page, 'reference-import-dialog');
    await dialog.getByTestId('reference-add').click();
    await expect
      .poll(() => dialog.getByTestId('reference-done').textContent())
      .toBe('已添加参考图层“测试道路”：2 个要素，1 个未导入。如需撤回，请点「撤销」。');
    await page.getByTestId('import-close').click();
    await expect.poll(() => page.getByTestId('import-dialog').count()).toBe(0);

    await expect.poll(() => importedLineLayers(page)).toHaveLength(1);
    const [line] = await importedLineLayers(page);
    await waitForMapIdle(page);
    await expect
      .poll(() => page.evaluate((id) => window.atlasMap?.renderedCount(id) ?? 0, line ?? ''))
      .toBeGreaterThan(0);
    expect(await page.getByTestId('legend-reference').textContent()).toContain('测试道路');
    // The new layer is drawn under the school symbols.
    const order = await page.evaluate(() => window.atlasMap?.layerOrder() ?? []);
    expect(order.indexOf(line ?? '')).toBeLessThan(order.indexOf('school-symbol'));
    await screenshot(page, 'reference-layer-map');

    // Printed: the page's legend lists it, in the preview and in the exported file.
    await page.getByTestId('view-print').click();
    await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, { timeout: 60_000 });
    await expect.poll(() => page.getByTestId('print-legend').textContent()).toContain('测试道路');
    await page.getByTestId('print-dpi-150').click();
    await page.getByTestId('print-format-png').click();
    await Promise.all([
      page.waitForEvent('download', { timeout: 170_000 }) as Promise<Download>,
      page.getByTestId('print-export').click(),
    ]);
    const report = await page.evaluate(() => window.atlasPrint?.lastReport() as PrintReport);
    expect(report.pages[0]?.legendLabels).toContain('测试道路');
    await screenshot(page, 'reference-layer-print');

    // One undo takes the whole layer away, from the map and the legend.
    await page.getByTestId('view-map').click();
    await page.getByTestId('undo').click();
    await expect.poll(() => importedLineLayers(page)).toEqual([]);
    expect(await page.getByTestId('legend-reference').textContent()).not.toContain('测试道路');
    expect(await page.getByTestId('legend-reference').textContent()).toContain('郁江');
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
