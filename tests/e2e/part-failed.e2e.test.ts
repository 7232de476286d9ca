/**
 * A part of the page that fails to draw says why in its place, and the rest of the page goes on:
 * the 学位 screen's code fails to download (a dropped connection, or a deployment updated under an
 * open tab), its panel shows the reason with "重试" and "重新加载页面", while the map, the top bar,
 * the seat table and the other screens keep working; reloading with the connection back shows the
 * screen. Before, any such error left the page blank.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';

let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

const SEATS_PANEL_CODE = /\/assets\/SeatsPanel-[^/]*\.js$/;

describe('a part of the page that fails to draw', () => {
  it('shows why in its place while the rest of the page works, and comes back on reload', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    let refused = 0;
    await page.route(SEATS_PANEL_CODE, async (route) => {
      refused++;
      await route.abort('connectionfailed');
    });

    await page.getByTestId('view-seats').click();
    const failed = page.getByTestId('part-failed');
    await expect.poll(() => failed.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(refused).toBeGreaterThan(0);
    expect(await failed.textContent()).toContain('这一部分未能显示');
    expect(await page.getByTestId('part-failed-reason').textContent()).toMatch(/^原因：.+/);
    expect(await page.getByTestId('part-retry').textContent()).toBe('重试');
    expect(await page.getByTestId('part-reload').textContent()).toBe('重新加载页面');
    // In the left panel's place, where the screen's panel would be.
    const box = await failed.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(260);
    // The rest of the page: the map still draws and answers, the seat table beside the panel is shown.
    await waitForMapIdle(page);
    expect(await page.locator('.map-panel canvas.maplibregl-canvas').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.view-seats').count()).toBe(1);
    await screenshot(page, 'part-failed-seats');

    // Trying again while the code still cannot load fails again, in the same place.
    await page.getByTestId('part-retry').click();
    await expect.poll(() => failed.isVisible()).toBe(true);

    // Another screen is drawn as usual: the failure stays with the part that failed.
    await page.getByTestId('view-map').click();
    await expect.poll(() => failed.count()).toBe(0);
    await expect.poll(() => page.getByTestId('search-input').isVisible()).toBe(true);

    // The connection back: reloading shows the screen.
    await page.unroute(SEATS_PANEL_CODE);
    await page.getByTestId('view-seats').click();
    await expect.poll(() => failed.isVisible()).toBe(true);
    await page.getByTestId('part-reload').click();
    await waitForMapIdle(page);
    await expect.poll(() => page.getByTestId('seat-year').isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await failed.count()).toBe(0);
  });
});
