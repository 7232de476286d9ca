/**
 * A basemap file on the printed page: the same A4 page exported as PNG without and with the
 * tests' tiny basemap (invented roads — not real data); with it, the map area of the page
 * changes (the basemap is drawn) and the page's legend credits it.
 */
import { readFile } from 'node:fs/promises';
import { decode } from 'fast-png';
import type { Download, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { PrintReport } from '../../src/print/print-job.ts';
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

/** Exports the print screen's page as PNG; its pixels and the report. */
async function exportPng(page: Page): Promise<{ pixels: Uint8Array; width: number; report: PrintReport }> {
  await page.getByTestId('view-print').click();
  await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, { timeout: 60_000 });
  await page.getByTestId('print-dpi-150').click();
  await page.getByTestId('print-format-png').click();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 170_000 }) as Promise<Download>,
    page.getByTestId('print-export').click(),
  ]);
  const image = decode(await readFile((await download.path()) ?? ''));
  const report = await page.evaluate(() => window.atlasPrint?.lastReport() as PrintReport);
  return { pixels: new Uint8Array(image.data.buffer), width: image.width, report };
}

describe('a basemap file on the printed page', () => {
  it('is drawn under the schools and credited on the exported PNG', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    const without = await exportPng(page);
    expect(without.report.pages[0]?.footerNote ?? '').not.toContain(TINY_BASEMAP_ATTRIBUTION);

    await page.getByTestId('view-map').click();
    await page.getByTestId('basemap-file-input').setInputFiles({
      name: '港南区测试底图.pmtiles',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(tinyBasemap()),
    });
    await expect
      .poll(() => page.getByTestId('basemap-credit').textContent(), { timeout: 20_000 })
      .toContain(TINY_BASEMAP_ATTRIBUTION);
    const withBasemap = await exportPng(page);
    // The page's footer credits the basemap with the date of its data.
    expect(withBasemap.report.pages[0]?.footerNote).toContain(`${TINY_BASEMAP_ATTRIBUTION}`);
    expect(withBasemap.report.pages[0]?.footerNote).toContain(TINY_BASEMAP_DATE);
    expect(withBasemap.width).toBe(without.width);
    // The same page, the same data: what differs is the basemap under the map.
    let differing = 0;
    for (let at = 0; at < without.pixels.length; at += 4) {
      const changed =
        Math.abs((without.pixels[at] ?? 0) - (withBasemap.pixels[at] ?? 0)) +
        Math.abs((without.pixels[at + 1] ?? 0) - (withBasemap.pixels[at + 1] ?? 0)) +
        Math.abs((without.pixels[at + 2] ?? 0) - (withBasemap.pixels[at + 2] ?? 0));
      if (changed > 30) differing += 1;
    }
    expect(differing / (without.pixels.length / 4)).toBeGreaterThan(0.05);
    await screenshot(page, 'print-basemap');
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
