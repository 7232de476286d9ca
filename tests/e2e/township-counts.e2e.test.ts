/** A township's school counts follow the scenario, as the legend counts them. */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AtlasSession, legendTypeCount, openAtlas, screenshot, waitForMapIdle } from './driver.ts';

let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

const WATANG = '450803107';

/** The legend's "shown" figure (显示 N / 共 M 所, or "N of M schools shown"). */
async function legendShown(page: Page): Promise<number> {
  const text = (await page.getByTestId('legend-total').textContent()) ?? '';
  return Number(/\d+/.exec(text)?.[0] ?? Number.NaN);
}

/**
 * The township panel's counts: its total, the sum of its counts by type, and whether each type's
 * count is the legend's.
 */
async function panelCounts(page: Page): Promise<{ total: number; sum: number; mismatches: string[] }> {
  const title = (await page.getByTestId('township-schools-title').textContent()) ?? '';
  const rows = page.getByTestId('township-school-counts').locator('[data-testid^="township-count-"]');
  let sum = 0;
  const mismatches: string[] = [];
  for (const row of await rows.all()) {
    const type = ((await row.getAttribute('data-testid')) ?? '').replace('township-count-', '');
    const count = Number(await row.locator('dd').textContent());
    sum += count;
    const legend = await legendTypeCount(page, type);
    if (legend !== count) mismatches.push(`${type}: panel ${count}, legend ${legend}`);
  }
  return { total: Number(/(\d+)\s*(所)?\s*$/.exec(title)?.[1] ?? Number.NaN), sum, mismatches };
}

describe('a township panel', () => {
  it('counts the schools of the scenario on screen, as the legend does with that township ticked', async () => {
    // 瓦塘镇 ticked alone in the filters and selected: the legend and the panel count the same schools.
    session = await openAtlas(`#town=${WATANG}&township=${WATANG}&scenario=current`);
    const { page } = session;
    await waitForMapIdle(page);
    await expect.poll(() => page.getByTestId('township-schools-title').textContent()).toContain('现状');
    const current = await panelCounts(page);
    expect(current.mismatches).toEqual([]);
    expect(current.total).toBe(current.sum);
    expect(current.total).toBe(await legendShown(page));
    await screenshot(page, 'township-counts-current');

    await page.getByTestId('scenario-planned').click();
    await expect.poll(() => page.getByTestId('township-schools-title').textContent()).toContain('规划完成后');
    const planned = await panelCounts(page);
    expect(planned.mismatches).toEqual([]);
    expect(planned.total).toBe(planned.sum);
    expect(planned.total).toBe(await legendShown(page));
    // 瓦塘镇 has new builds not yet completed: the plan adds schools to the count.
    expect(planned.total).toBeGreaterThan(current.total);

    await page.getByTestId('language-switch').click();
    await expect
      .poll(() => page.getByTestId('township-schools-title').textContent())
      .toContain('After the plan');
    await screenshot(page, 'township-counts-planned-en');
    expect(session.pageErrors).toEqual([]);
  });
});
