/**
 * The search box as people type into it: a school by code or by a forgiving name (without
 * 镇/中心/小学, words in any order, pinyin initials, full pinyin with or without spaces, full-width
 * letters), townships and villages by name, grouped 乡镇 / 学校 / 村; a chosen school keeps its
 * township in view; a village goes to its township; a match the filters hide says so.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';

let session: AtlasSession;
let page: Page;

beforeAll(async () => {
  session = await openAtlas();
  page = session.page;
  await waitForMapIdle(page);
});

afterAll(async () => {
  await session?.close();
});

/** The names shown in one group of the results, in order, once the results have settled. */
async function groupNames(query: string, group: 'township' | 'school' | 'village'): Promise<string[]> {
  await page.getByTestId('search-input').fill(query);
  // The index is built on the first focus, and the previous query's results stay on screen until
  // this one's are found: wait for the results that answer this query.
  await page
    .locator(`[data-testid="search-results"][data-answered="${query}"] [data-testid^="search-group-"]`)
    .first()
    .waitFor();
  const results = page.getByTestId(`search-group-${group}`);
  if ((await results.count()) === 0) return [];
  return results.locator('[data-testid="search-hit"] > span').allTextContents();
}

/** Chooses the hit named `name` and waits for the map to settle where it went. */
async function choose(name: string): Promise<void> {
  await page
    .getByTestId('search-results')
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .first()
    .click();
  await page
    .waitForFunction(() => window.atlasMap?.isIdle() === false, undefined, { timeout: 5_000 })
    .catch(() => {});
  await waitForMapIdle(page);
}

describe('search', () => {
  it.each([
    ['2145080298', 'the code'],
    ['瓦塘镇中心小学', 'the full name'],
    ['瓦塘中心小学', 'the name without 镇'],
    ['小学 瓦塘 中心', 'the words in any order'],
    ['wtzxxx', 'pinyin initials without 镇'],
    ['wtzzxxx', 'pinyin initials with 镇'],
    ['watang zhongxin xiaoxue', 'full pinyin with spaces'],
    ['watangzhongxinxiaoxue', 'full pinyin without spaces'],
    ['ＷＴＺＸＸＸ', 'full-width letters'],
  ])('finds 瓦塘镇中心小学 first by %s (%s)', async (query) => {
    expect((await groupNames(query, 'school'))[0]).toBe('瓦塘镇中心小学');
  });

  it('finds 瓦塘中心 among the school names first, whatever the school type', async () => {
    expect((await groupNames('瓦塘中心', 'school')).slice(0, 2).sort()).toEqual([
      '瓦塘镇中心小学',
      '瓦塘镇中心幼儿园',
    ]);
  });

  it('groups a name found as township, schools and village, in that order', async () => {
    expect((await groupNames('瓦塘', 'township'))[0]).toBe('瓦塘镇');
    expect(await groupNames('瓦塘', 'school')).toContain('瓦塘镇中心小学');
    expect(await groupNames('瓦塘', 'village')).toContain('瓦塘村委会');
    const order = await page
      .getByTestId('search-results')
      .locator('[data-testid^="search-group-"]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-testid')));
    expect(order).toEqual(['search-group-township', 'search-group-school', 'search-group-village']);
    await screenshot(page, 'search-groups');
  });

  it('opens a chosen school with its township in view (no basemap)', async () => {
    await groupNames('wtzxxx', 'school');
    await choose('瓦塘镇中心小学');
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe('瓦塘镇中心小学');
    const camera = await page.evaluate(() => window.atlasMap?.camera());
    expect(camera?.lon).toBeCloseTo(109.7103, 2);
    expect(camera?.lat).toBeCloseTo(22.888242, 2);
    expect(await page.evaluate(() => window.atlasMap?.renderedTownshipLabels() ?? [])).toContain('瓦塘镇');
    await screenshot(page, 'search-school-with-township');
  });

  it('goes to a village’s township until village points are imported', async () => {
    await groupNames('上江村', 'village');
    await choose('上江村委会');
    const labels = await page.evaluate(() => window.atlasMap?.renderedTownshipLabels() ?? []);
    expect(labels).toContain('瓦塘镇');
    const camera = await page.evaluate(() => window.atlasMap?.camera());
    // 瓦塘镇's seat is about 109.69, 22.90: the camera is over the township, not the district.
    expect(Math.abs((camera?.lon ?? 0) - 109.69)).toBeLessThan(0.08);
    expect(Math.abs((camera?.lat ?? 0) - 22.89)).toBeLessThan(0.08);
    expect(camera?.zoom ?? 0).toBeGreaterThan(10.5);
  });

  it('finds a school the filters hide, and says the filters hide it', async () => {
    await page.getByTestId('filter-type-小学').getByRole('checkbox').click();
    await groupNames('wtzxxx', 'school');
    const hit = page.getByTestId('search-group-school').getByTestId('search-hit').first();
    expect(await hit.getAttribute('data-hidden')).toBe('true');
    expect(await hit.textContent()).toContain('当前筛选未显示');
    await expect
      .poll(() => page.getByTestId('search-hidden-summary').textContent())
      .toMatch(/^有 \d+ 所匹配的学校被当前筛选条件隐藏/);
    await screenshot(page, 'search-hidden-by-filter');
    await page.getByTestId('filter-type-小学').getByRole('checkbox').click();
  });

  it('speaks English behind the switch', async () => {
    await page.getByTestId('language-switch').click();
    await groupNames('watang', 'school');
    const headings = await page.getByTestId('search-results').locator('h3').allTextContents();
    expect(headings.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, 'search-english');
    await page.getByTestId('language-switch').click();
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
