/**
 * The top bar at the common screen sizes, in Chinese and in English: every tab and action on
 * screen, and the language switch and settings always reachable.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';

let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Everything the top bar offers, by test id. */
const ITEMS = [
  'view-map',
  'view-analysis',
  'view-planning',
  'view-overview',
  'view-print',
  'scenario-current',
  'scenario-planned',
  'scenario-year',
  'search-input',
  'open-import',
  'open-export',
  'undo',
  'redo',
  'edit-mode',
  'language-switch',
  'open-settings',
];

/**
 * The items not wholly shown: outside the window, clipped by the bar's row, or covered where a
 * click would land (the element at their centre is not them).
 */
function hiddenItems(page: Page): Promise<string[]> {
  return page.evaluate((ids) => {
    const row = document.querySelector('.top-main')?.getBoundingClientRect();
    return ids.filter((id) => {
      const element = document.querySelector(`[data-testid="${id}"]`);
      if (!element || !row) return true;
      const box = element.getBoundingClientRect();
      const inWindow = box.left >= 0 && box.right <= window.innerWidth && box.width > 0;
      const pinned = element.closest('.top-pinned') !== null;
      const inRow = pinned || (box.left >= row.left - 0.5 && box.right <= row.right + 0.5);
      const atCentre = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return !(inWindow && inRow && atCentre !== null && element.contains(atCentre));
    });
  }, ITEMS);
}

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
];

describe('the top bar', () => {
  for (const size of SIZES) {
    it(`shows every tab and action at ${size.width} × ${size.height}, in Chinese and in English`, async () => {
      session = await openAtlas('', size);
      const { page } = session;
      await waitForMapIdle(page);
      await expect.poll(() => hiddenItems(page)).toEqual([]);
      await screenshot(page, `top-bar-zh-${size.width}`);

      await page.getByTestId('language-switch').click();
      await expect.poll(() => page.getByTestId('language-switch').textContent()).toBe('中文');
      await expect.poll(() => hiddenItems(page)).toEqual([]);
      await screenshot(page, `top-bar-en-${size.width}`);

      // The way back to Chinese is on screen, and works.
      await page.getByTestId('language-switch').click();
      await expect.poll(() => page.getByTestId('view-map').textContent()).toBe('地图');
      expect(session.pageErrors).toEqual([]);
    });
  }

  it('keeps the language switch and settings on screen even where the rest cannot fit', async () => {
    session = await openAtlas('#lang=en', { width: 900, height: 700 });
    const { page } = session;
    await page.getByTestId('open-settings').waitFor();
    const hidden = await hiddenItems(page);
    // At this width some actions are clipped; the pinned two never are.
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden).not.toContain('language-switch');
    expect(hidden).not.toContain('open-settings');
    await screenshot(page, 'top-bar-en-900');
    await page.getByTestId('open-settings').click();
    await expect.poll(() => page.getByTestId('settings-dialog').isVisible()).toBe(true);
  });

  it('shows the search results below the bar, not clipped by it', async () => {
    session = await openAtlas('', { width: 1280, height: 800 });
    const { page } = session;
    // Typed once the roster is there: the search index is built for the roster of the first keystroke.
    await waitForMapIdle(page);
    await page.getByTestId('search-input').fill('港南');
    const results = page.getByTestId('search-results');
    await results.getByRole('button').first().waitFor();
    await results.getByRole('button').nth(2).waitFor();
    // The third result lies wholly below the bar, where a bar that clips would hide it.
    const bar = await page.getByTestId('top-bar').boundingBox();
    const third = await results.getByRole('button').nth(2).boundingBox();
    if (!bar || !third) throw new Error('bar or results missing');
    expect(third.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    const covered = await page.evaluate(() => {
      const button = document.querySelectorAll('[data-testid="search-results"] button')[2];
      if (!button) return true;
      const box = button.getBoundingClientRect();
      return !button.contains(document.elementFromPoint(box.left + 10, box.top + box.height / 2));
    });
    expect(covered).toBe(false);
  });
});
