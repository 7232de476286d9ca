import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';
import { sampleSchools } from './sample-roster.ts';

const schools = sampleSchools();
let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Opens the analysis view and waits for the first results. */
async function openAnalysis(hash = '#view=analysis'): Promise<Page> {
  session = await openAtlas(hash);
  const { page } = session;
  await page.waitForSelector('.township-table tbody tr');
  await waitForMapIdle(page);
  return page;
}

function cell(page: Page, township: string, rule: string) {
  return page.locator(`tr[data-township="${township}"] td[data-rule="${rule}"]`);
}

const JIANGNAN = '450803001';
const ZHANJIANG = '450803103';
const WATANG = '450803107';
const MUZI = '450803102';

describe('township rules and service radius', () => {
  it('checks every township against the plan, now and after it, and marks what changes', async () => {
    const page = await openAnalysis('#view=analysis&scenario=current');
    expect(await page.locator('.township-table tbody tr').count()).toBe(9);
    // The sample roster leaves 江南街道 and 湛江镇 without a boarding primary today …
    expect(await cell(page, JIANGNAN, 'boarding-primary').getAttribute('data-status')).toBe('fail');
    expect(await cell(page, ZHANJIANG, 'boarding-primary').getAttribute('data-status')).toBe('fail');
    expect(await cell(page, WATANG, 'public-central-kindergarten').getAttribute('data-status')).toBe('fail');
    // … and the plan's new schools fix 湛江镇 and 瓦塘镇, which the table marks as a change.
    expect(await cell(page, ZHANJIANG, 'boarding-primary').getAttribute('class')).toContain('changed');
    expect(await cell(page, JIANGNAN, 'boarding-primary').getAttribute('class')).not.toContain('changed');
    expect(await page.getByTestId('population-label').textContent()).toContain('模型估算');
    await screenshot(page, 'analysis-current');

    await page.getByTestId('scenario-planned').click();
    await expect
      .poll(() => cell(page, ZHANJIANG, 'boarding-primary').getAttribute('data-status'))
      .toBe('pass');
    expect(await cell(page, JIANGNAN, 'boarding-primary').getAttribute('data-status')).toBe('fail');
    expect(await cell(page, WATANG, 'public-central-kindergarten').getAttribute('data-status')).toBe('pass');
    expect(session?.outsideRequests).toEqual([]);
  });

  it('draws service circles, gaps, township colours and school flags on the map', async () => {
    const page = await openAnalysis();
    const count = (layer: string) => page.evaluate((id) => window.atlasMap?.renderedCount(id) ?? 0, layer);
    expect(await count('service-circle-fill')).toBeGreaterThan(10);
    expect(await count('coverage-gaps')).toBeGreaterThan(10);
    expect(await count('township-rule-fill')).toBeGreaterThan(0);
    expect(await count('school-flag')).toBeGreaterThan(0);
    // 江南街道 fails several rules: its fill state says how many.
    expect(
      await page.evaluate((code) => window.atlasMap?.townshipState(code, 'failures'), JIANGNAN),
    ).toBeGreaterThan(1);
    await page.getByTestId('layer-circles').uncheck();
    await waitForMapIdle(page);
    expect(await count('service-circle-fill')).toBe(0);
    await screenshot(page, 'analysis-layers');
  });

  it('recomputes coverage when a radius changes, and undo puts it back', async () => {
    const page = await openAnalysis();
    const before = await cell(page, MUZI, 'coverage-primary').textContent();
    expect(await cell(page, MUZI, 'coverage-primary').getAttribute('data-status')).toBe('fail');
    const input = page.getByTestId('radius-primary-rural');
    await input.fill('6000');
    await input.press('Enter');
    await expect.poll(() => cell(page, MUZI, 'coverage-primary').getAttribute('data-status')).toBe('pass');
    expect(await cell(page, MUZI, 'coverage-primary').textContent()).not.toBe(before);
    await page.getByTestId('undo').click();
    await expect.poll(() => cell(page, MUZI, 'coverage-primary').textContent()).toBe(before);
  });

  it('switching a rule off removes it from the table, and a lower threshold passes', async () => {
    const page = await openAnalysis();
    await page.getByTestId('rule-boarding-primary').getByRole('checkbox').uncheck();
    await expect.poll(() => cell(page, JIANGNAN, 'boarding-primary').count()).toBe(0);
    await page.getByTestId('rule-boarding-primary').getByRole('checkbox').check();
    const threshold = page.getByTestId('threshold-boarding-primary');
    await threshold.fill('0');
    await threshold.press('Enter');
    await expect
      .poll(() => cell(page, JIANGNAN, 'boarding-primary').getAttribute('data-status'))
      .toBe('pass');
  });

  it('zooms to a township from its row and shows its rule results', async () => {
    const page = await openAnalysis();
    await page.locator(`tr[data-township="${JIANGNAN}"] th button`).click();
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe('江南街道');
    expect(await page.getByTestId('township-rules').textContent()).toContain('寄宿制');
    await page.waitForFunction(() => (window.atlasMap?.camera().zoom ?? 0) > 11);
    expect(await page.evaluate(() => window.location.hash)).toContain('township=450803001');
    expect(await page.evaluate(() => window.location.hash)).toContain('view=analysis');
  });

  it('flags a school with oversized classes in its detail panel', async () => {
    const oversized = schools.find(
      (school) =>
        school.students !== null &&
        school.classes !== null &&
        school.classes > 0 &&
        school.students / school.classes > 65,
    );
    expect(oversized).toBeDefined();
    if (!oversized) return;
    const page = await openAnalysis();
    await page.getByTestId('search-input').fill(oversized.name);
    await page.getByTestId('search-results').getByRole('button').first().click();
    const flags = page.getByTestId('school-flags');
    await expect.poll(() => flags.textContent()).toContain('超大班额');
    await screenshot(page, 'analysis-school-flags');
  });
});
