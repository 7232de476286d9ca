/**
 * Births per township typed in the 学位 view's assumptions: a township's figure changes its own
 * children of the later years and no other township's, travels in the link, is undone like any
 * edit; a wrong entry is refused under its cell, and townships adding up to more than the
 * district's figure are named. In Chinese and behind the English switch.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AtlasSession, openAtlas, screenshot } from './driver.ts';

let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The worker recomputes both scenarios and eleven years after a change: seconds on a busy machine. */
const SLOW = { timeout: 90_000, interval: 200 };

const QIAOXU = '450803100';
const MUGE = '450803101';

const row = (page: Page, code: string) =>
  page.locator(`[data-testid="seat-table"] tr[data-township="${code}"]`);

describe('births per township typed in the 学位 view', () => {
  it('change that township’s children only, travel in the link, and undo takes them back', async () => {
    session = await openAtlas('#view=seats&scenario=current&stage=kindergarten&seatyear=2026');
    const { page } = session;
    await page.waitForSelector('[data-testid="seat-table"] tbody tr');
    await expect.poll(() => row(page, QIAOXU).textContent(), SLOW).toMatch(/\d/);
    const qiaoxu = await row(page, QIAOXU).textContent();
    const muge = await row(page, MUGE).textContent();
    await page.getByTestId('seat-assumptions').locator('summary').click();
    const table = page.getByTestId('seat-township-births');
    await table.scrollIntoViewIfNeeded();

    // Children aged 3–5 in 2026 were born in 2021–2023: many more births in 桥圩镇 in 2022.
    const cell = page.getByTestId(`seat-township-births-${QIAOXU}-2022`);
    await cell.fill('-3');
    await cell.press('Enter');
    expect(await table.locator('.field-error').first().textContent()).toBe('应为非负整数');
    await cell.fill('5000');
    await cell.press('Enter');
    await expect.poll(() => page.url(), SLOW).toContain(`townbirths=${QIAOXU}:2022:5000`);
    await expect.poll(() => row(page, QIAOXU).textContent(), SLOW).not.toBe(qiaoxu);
    expect(await row(page, MUGE).textContent()).toBe(muge);
    expect(await page.getByTestId('births-in-use').textContent()).toContain('手工填写或修改');

    // A district figure below the townships' sum of the year: named under the table.
    await page.getByTestId('seat-births-2022').fill('3000');
    await page.getByTestId('seat-births-2022').press('Enter');
    expect(await page.getByTestId('seat-township-births-above').textContent()).toBe(
      '2022 年各乡镇出生人数合计 5,000 人，多于全区的 3,000 人；未填的乡镇按 0 人计',
    );
    await screenshot(page, 'seats-township-births');

    await page.getByTestId('undo').click();
    await page.getByTestId('undo').click();
    await expect.poll(() => row(page, QIAOXU).textContent(), SLOW).toBe(qiaoxu);
    expect(await cell.inputValue()).toBe('');
    expect(page.url()).not.toContain('townbirths=');
    expect(session.pageErrors).toEqual([]);
  });

  it('opens from a link with the figures in their cells, and speaks English behind the switch', async () => {
    session = await openAtlas(
      `#view=seats&scenario=current&stage=kindergarten&seatyear=2026&births=2022:3000&townbirths=${QIAOXU}:2022:5000,${MUGE}:2023:420`,
    );
    const { page } = session;
    await page.waitForSelector('[data-testid="seat-table"] tbody tr');
    await page.getByTestId('seat-assumptions').locator('summary').click();
    expect(await page.getByTestId(`seat-township-births-${QIAOXU}-2022`).inputValue()).toBe('5000');
    expect(await page.getByTestId(`seat-township-births-${MUGE}-2023`).inputValue()).toBe('420');
    await page.getByTestId('language-switch').click();
    const table = page.getByTestId('seat-township-births');
    await expect
      .poll(() => table.locator('legend').textContent(), SLOW)
      .toBe('Births by township (optional)');
    expect(await page.getByTestId('seat-township-births-above').textContent()).toBe(
      'The townships’ births of 2022 add up to 5,000, more than the district’s 3,000; townships not filled in get none',
    );
    expect(await page.getByTestId(`seat-township-births-${QIAOXU}-2022`).getAttribute('aria-label')).toBe(
      'Births in 桥圩镇 in 2022',
    );
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'seats-township-births-english');
    expect(session.pageErrors).toEqual([]);
  });
});
