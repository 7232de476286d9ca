/**
 * The 学位 view: the township × stage table and the district figures, moving the forecast year
 * changes a township's balance, the map's seat layers, a school's seats edited and undone, the
 * overview's estimated rates, and the command line giving the app's integers.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';

let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

const QIAOXU = '450803100';

async function openSeats(hash = '#view=seats'): Promise<Page> {
  session = await openAtlas(hash);
  const { page } = session;
  await page.waitForSelector('[data-testid="seat-table"] tbody tr');
  await waitForMapIdle(page);
  return page;
}

function balanceCell(page: Page, township: string, stage: string) {
  return page.locator(`[data-testid="seat-table"] tr[data-township="${township}"] td[data-stage="${stage}"]`);
}

describe('the 学位 view', () => {
  it('shows children, seats and balance per township and stage, and moving the year changes them', async () => {
    const page = await openSeats('#view=seats&scenario=current');
    expect(await page.locator('[data-testid="seat-table"] tbody tr').count()).toBe(9);
    // The census's primary-age children of 港南区 in 2020 (the model's ages add up to them).
    expect(await page.getByTestId('seat-figure-children').textContent()).toBe('56,495');
    expect(await page.getByTestId('seat-year-value').textContent()).toBe('2020 年');
    const before = Number(await balanceCell(page, QIAOXU, 'primary').getAttribute('data-balance'));
    const count = (layer: string) => page.evaluate((id) => window.atlasMap?.renderedCount(id) ?? 0, layer);
    expect(await count('seat-utilisation')).toBeGreaterThan(20);
    expect(await count('seat-gaps')).toBeGreaterThan(10);
    await screenshot(page, 'seats-2020');

    // Fewer children each year after 2020 (the census's 0-year-olds are fewer): by 2028 the
    // primary-age children of 桥圩镇 have shrunk and its balance has risen.
    await page.getByTestId('seat-year').fill('2028');
    await expect.poll(() => page.getByTestId('seat-year-value').textContent()).toBe('2028 年');
    const after = Number(await balanceCell(page, QIAOXU, 'primary').getAttribute('data-balance'));
    expect(after).toBeGreaterThan(before);
    expect(page.url()).toContain('seatyear=2028');
    await waitForMapIdle(page);
    await screenshot(page, 'seats-2028');

    await page.getByTestId('seat-stage-kindergarten').click();
    expect(page.url()).toContain('stage=kindergarten');
    await expect.poll(() => page.getByTestId('seat-figure-children').textContent()).not.toBe('56,495');
    expect(session?.outsideRequests).toEqual([]);
    expect(session?.pageErrors).toEqual([]);
  });

  it('reads in English behind the switch', async () => {
    const page = await openSeats('#view=seats&lang=en&stage=middle');
    expect(await page.getByTestId('view-seats').textContent()).toBe('Seats');
    expect(await page.getByTestId('seats-panel').textContent()).toContain('Children of the stage');
    await screenshot(page, 'seats-english');
  });
});
