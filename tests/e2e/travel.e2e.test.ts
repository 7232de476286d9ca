/**
 * Travel time on roads in the app: the sample road network imported through the import dialog
 * (its report, one undo step), then 道路时间 chosen in 分析 — coverage, the legend and the
 * township panel change, and the isochrones appear on the map; in Chinese and in English.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';

const SAMPLE_ROADS = 'docs/examples/gangnan-roads-sample.geojson';
let session: AtlasSession | undefined;
/** The analysis runs in a worker, on a shared machine: give what waits on it the time page waits get. */
const ANALYSIS = { timeout: 90_000 };

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Imports the sample road network through the dialog's 道路 tab and closes the dialog. */
async function importSampleRoads(page: Page): Promise<void> {
  await page.getByTestId('open-import').click();
  const dialog = page.getByTestId('import-dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await dialog.getByTestId('import-tab-roads').click();
  await dialog.getByTestId('import-road-file').setInputFiles({
    name: 'gangnan-roads-sample.geojson',
    mimeType: 'application/geo+json',
    buffer: readFileSync(SAMPLE_ROADS),
  });
  await expect.poll(() => dialog.getByTestId('road-count-lines').textContent(), ANALYSIS).toBe('809');
  expect(await dialog.getByTestId('road-count-rejected').textContent()).toBe('0');
  expect(await dialog.getByTestId('road-sample-note').textContent()).toContain('示例路网');
  expect(await dialog.getByTestId('road-class-field').inputValue()).toBe('道路等级');
  await screenshot(page, 'travel-import-report');
  await dialog.getByTestId('import-commit').click();
  await expect.poll(() => dialog.getByTestId('import-done').textContent()).toContain('已导入 809 条道路');
  await dialog.getByTestId('import-close').click();
}

/** The district's primary-school coverage share as the township table's footer shows it. */
function districtCoverageText(page: Page): Promise<string | null> {
  return page.locator('.township-table tfoot td.muted').textContent();
}

/** Opens the folded legend of the analysis view. */
async function unfoldLegend(page: Page): Promise<void> {
  const legend = page.getByTestId('legend');
  const button = legend.locator('.panel-heading button');
  if ((await button.getAttribute('aria-expanded')) === 'false') await button.click();
}

describe('travel time on roads', () => {
  it('imports the sample network, switches to road time and shows coverage and isochrones change', async () => {
    session = await openAtlas('#view=analysis&scenario=current&kind=primary');
    const { page } = session;
    await page.waitForSelector('.township-table tbody tr');
    await waitForMapIdle(page);
    // Without a network road time cannot be chosen.
    expect(await page.getByTestId('distance-road').isDisabled()).toBe(true);
    const straight = await districtCoverageText(page);
    expect(await page.getByTestId('distance-legend').textContent()).toBe('按直线距离');

    await importSampleRoads(page);
    expect(await page.getByTestId('travel-network').textContent()).toContain('gangnan-roads-sample.geojson');
    expect(await page.getByTestId('travel-network').textContent()).toContain('示例');
    await page.getByText('道路时间', { exact: true }).click();
    await expect
      .poll(() => page.getByTestId('distance-legend').textContent(), ANALYSIS)
      .toBe('按步行道路时间');
    await expect.poll(() => districtCoverageText(page), ANALYSIS).toContain('按步行道路时间');
    expect(await districtCoverageText(page)).not.toBe(straight);
    expect(await page.getByTestId('travel-thresholds').isVisible()).toBe(true);
    // Radii in metres are not drawn under road time: their switch rests, the panel says why.
    expect(await page.getByTestId('layer-circles').isDisabled()).toBe(true);
    expect(await page.getByTestId('analysis-panel').locator('legend').first().textContent()).toBe(
      '出行时间分析',
    );
    // The link carries the choice.
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('dist=road-walk');

    const count = (layer: string) => page.evaluate((id) => window.atlasMap?.renderedCount(id) ?? 0, layer);
    await expect.poll(() => count('isochrones'), ANALYSIS).toBeGreaterThan(20);
    expect(await count('roads')).toBeGreaterThan(100);
    await waitForMapIdle(page);
    await unfoldLegend(page);
    expect(await page.getByTestId('travel-legend').textContent()).toContain('10 分钟内');

    // A township's panel gives the detour.
    await page.locator('tr[data-township="450803100"] th button').click();
    const detour = page.getByTestId('township-detour');
    await expect.poll(() => detour.isVisible(), ANALYSIS).toBe(true);
    expect(await detour.textContent()).toContain('道路时间 ÷ 直线时间的中位数');
    expect(await page.getByTestId('distance-histogram').textContent()).toContain('分钟');
    await waitForMapIdle(page);
    await screenshot(page, 'travel-road-walk-zh');

    // By school bus, in English.
    await page.getByTestId('distance-mode').selectOption('bus');
    await expect
      .poll(() => page.getByTestId('distance-legend').textContent(), ANALYSIS)
      .toBe('按校车道路时间');
    await page.getByTestId('language-switch').click();
    await expect
      .poll(() => page.getByTestId('distance-legend').textContent(), ANALYSIS)
      .toBe('by school bus time on roads');
    // Road classes and the settings' sources speak English too.
    const panel = await page.getByTestId('travel-panel').textContent();
    expect(panel).toContain('national road 60');
    expect(panel).toContain('A setting of this tool');
    await waitForMapIdle(page);
    await screenshot(page, 'travel-road-bus-en');

    // Back to the straight line: the isochrones go, the coverage is the straight line's again.
    await page.getByText('Straight line', { exact: true }).click();
    await expect.poll(() => count('isochrones'), ANALYSIS).toBe(0);
    expect(await page.getByTestId('layer-circles').isDisabled()).toBe(false);
    await page.getByTestId('language-switch').click();
    await expect.poll(() => districtCoverageText(page), ANALYSIS).toBe(straight);
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('words the overview and 选址 by road time and refuses the mean-distance objective there', async () => {
    session = await openAtlas('#view=analysis&scenario=current&kind=primary');
    const { page } = session;
    await page.waitForSelector('.township-table tbody tr');
    await importSampleRoads(page);
    await page.getByText('道路时间', { exact: true }).click();
    await expect.poll(() => districtCoverageText(page), ANALYSIS).toContain('按步行道路时间');

    await page.getByTestId('view-overview').click();
    const overview = page.getByTestId('overview-panel');
    await overview.waitFor();
    await expect
      .poll(() => overview.locator('#overview-coverage').textContent(), ANALYSIS)
      .toBe('时间阈值内人口覆盖率（按步行道路时间）');
    expect(await page.getByTestId('coverage-chart').locator('.chart-title').textContent()).toContain(
      '时间阈值内覆盖率（按步行道路时间）',
    );
    expect(await overview.textContent()).toContain('小学步行道路时间内人口覆盖率');
    expect(await overview.textContent()).not.toContain('服务半径');
    await screenshot(page, 'travel-overview-road-zh');

    await page.getByTestId('view-planning').click();
    await page.getByTestId('planning-tab-suggest').click();
    const distanceOption = page.getByTestId('suggest-objective').locator('option[value="distance"]');
    expect(await distanceOption.isDisabled()).toBe(true);
    expect(await page.getByTestId('suggest-objective-road-note').textContent()).toContain(
      '按道路时间测算时不能选「到最近学校的平均距离最短（给定新建所数）」',
    );
    const ruleOptions = await page.getByTestId('suggest-require-rule').locator('option').allTextContents();
    expect(ruleOptions).toContain('小学步行道路时间内人口覆盖率');
    // A suggestion by road time: its result, notes and rule names say the time on roads.
    await page.getByTestId('suggest-count').fill('2');
    await page.getByTestId('suggest-count').press('Enter');
    await page.getByTestId('suggest-spacing').fill('2000');
    await page.getByTestId('suggest-spacing').press('Enter');
    await page.getByTestId('suggest-start').click();
    const result = page.getByTestId('suggest-result');
    await result.waitFor(ANALYSIS);
    expect(await page.getByTestId('planning-panel').textContent()).not.toContain('服务半径');
    await result.evaluate((section) => section.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'travel-suggest-road-zh');

    await page.getByTestId('language-switch').click();
    await expect
      .poll(() => page.getByTestId('suggest-objective-road-note').textContent())
      .toContain('is not available by road time');
    expect(await page.getByTestId('suggest-require-rule').locator('option').allTextContents()).toContain(
      'Population within the primary school reach by walking time on roads',
    );
    expect(await page.getByTestId('planning-panel').textContent()).not.toMatch(/service radius|服务半径/i);
    await screenshot(page, 'travel-suggest-road-en');
    await page.getByTestId('view-overview').click();
    await expect
      .poll(() => page.getByTestId('overview-panel').locator('#overview-coverage').textContent(), ANALYSIS)
      .toBe('Population within the time threshold (by walking time on roads)');
    await screenshot(page, 'travel-overview-road-en');

    // Back on the straight line the objective is offered again and the note goes.
    await page.getByTestId('language-switch').click();
    await page.getByTestId('view-analysis').click();
    await page.getByText('直线距离', { exact: true }).click();
    await page.getByTestId('view-planning').click();
    await expect.poll(() => distanceOption.isDisabled(), ANALYSIS).toBe(false);
    expect(await page.getByTestId('suggest-objective-road-note').count()).toBe(0);
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('keeps the imported network as one undo step', async () => {
    session = await openAtlas('#view=analysis');
    const { page } = session;
    await page.waitForSelector('.township-table tbody tr');
    await importSampleRoads(page);
    expect(await page.getByTestId('distance-road').isDisabled()).toBe(false);
    await page.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('distance-road').isDisabled()).toBe(true);
    expect(await page.getByTestId('travel-no-roads').isVisible()).toBe(true);
  });
});
