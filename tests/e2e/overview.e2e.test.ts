import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../src/analysis/evaluate-targets.ts';
import { requireRuleSet } from '../../src/io/rule-set-file.ts';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';
import { sampleSchools } from './sample-roster.ts';

const PROJECTOR = { width: 1920, height: 1080 };
const LAPTOP = { width: 1280, height: 800 };
const JIANGNAN = '450803001';
const BATANG = '450803002';
const WATANG = '450803107';

const sessions: AtlasSession[] = [];

afterEach(async () => {
  for (const session of sessions.splice(0)) {
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session.close();
  }
});

/** The targets the sample roster gives under the default rule set, as the app computes them. */
function expectedTargets() {
  const ruleSet = requireRuleSet(JSON.parse(readFileSync('geodata/rules/gangnan-2018-2020.json', 'utf8')));
  return evaluateTargets(sampleSchools(), ruleSet);
}

async function open(hash: string, viewport = PROJECTOR): Promise<Page> {
  const session = await openAtlas(hash, viewport);
  sessions.push(session);
  return session.page;
}

/** Opens the overview and waits for the grid and the map. */
async function openOverview(hash = '#view=overview', viewport = PROJECTOR): Promise<Page> {
  const page = await open(hash, viewport);
  await page.waitForSelector('[data-testid="township-grid"] tbody tr');
  await waitForMapIdle(page);
  return page;
}

function gridCell(page: Page, township: string, rule: string) {
  return page.locator(
    `[data-testid="township-grid"] tr[data-township="${township}"] td[data-rule="${rule}"]`,
  );
}

const camera = (page: Page) => page.evaluate(() => window.atlasMap?.camera() ?? null);

describe('overview', () => {
  it('shows the targets as the roster counts them, the township grid, and takes an entered figure', async () => {
    const page = await openOverview('#view=overview&scenario=current');
    const expected = expectedTargets().find((target) => target.id === 'new-public-kindergartens');
    expect(expected?.counts).not.toBeNull();
    const row = page.getByTestId('target-new-public-kindergartens');
    for (const [part, count] of Object.entries(expected?.counts ?? {})) {
      const shown = row.locator(`[data-part="${part}"] b`);
      if (count === 0) expect(await shown.count()).toBe(0);
      else expect(Number(await shown.textContent())).toBe(count);
    }
    expect(await row.getByTestId('target-goal-new-public-kindergartens').inputValue()).toBe(
      String(expected?.target),
    );

    // 瓦塘镇 has no public central kindergarten today; the plan's new one fixes it.
    const watang = gridCell(page, WATANG, 'public-central-kindergarten');
    expect(await watang.getAttribute('data-status')).toBe('fail');
    expect(await watang.textContent()).toBe('✗→✓');
    expect(await gridCell(page, JIANGNAN, 'boarding-primary').textContent()).toBe('✗');
    expect(await page.getByTestId('overview-sample-badge').textContent()).toBe('示例数据');
    expect(await page.getByTestId('overview-population-label').textContent()).toContain('模型估算');
    expect(await page.getByTestId('coverage-figures').locator('tbody tr').count()).toBe(3);
    expect(await page.getByTestId('chart-value').count()).toBe(18);

    await screenshot(page, 'overview-1920');
    // Everything fits a projector's 1920 × 1080 without scrolling.
    const overflow = await page.getByTestId('overview-panel').evaluate((panel) => ({
      vertical: panel.scrollHeight - panel.clientHeight,
      horizontal: panel.scrollWidth - panel.clientWidth,
    }));
    expect(overflow).toEqual({ vertical: 0, horizontal: 0 });

    const figure = page.getByTestId('figure-preschool-gross-enrolment');
    expect(await figure.getByTestId('figure-standing').textContent()).toBe('未填报');
    const input = page.getByTestId('figure-input-preschool-gross-enrolment');
    await input.fill('88.5');
    await input.press('Enter');
    await expect
      .poll(() => figure.getByTestId('figure-standing').textContent())
      .toBe('✗ 低于目标 1.5 个百分点');
    expect(await figure.getByTestId('figure-goal').textContent()).toBe('目标 90%');
    expect(await input.inputValue()).toBe('88.5');

    await input.fill('八十');
    await input.press('Enter');
    expect(await page.getByTestId('figure-error-preschool-gross-enrolment').textContent()).toBe(
      '请输入数字，如 88.5',
    );
    expect(await figure.getByTestId('figure-standing').textContent()).toBe('✗ 低于目标 1.5 个百分点');
    await input.press('Escape');
    expect(await input.inputValue()).toBe('88.5');

    await page.getByTestId('undo').click();
    await expect.poll(() => figure.getByTestId('figure-standing').textContent()).toBe('未填报');
    await page.getByTestId('redo').click();
    await page.getByTestId('figure-clear-preschool-gross-enrolment').click();
    await expect.poll(() => figure.getByTestId('figure-standing').textContent()).toBe('未填报');

    await page.getByTestId('scenario-planned').click();
    await expect.poll(() => watang.getAttribute('data-status')).toBe('pass');
    expect(await watang.textContent()).toBe('✗→✓');
  });

  it('takes the plan’s other figure for a target as its goal, as one undo step', async () => {
    const page = await openOverview('#view=overview&scenario=current');
    // 新建初中: 1 in the plan's 总体目标, 2 in its measures; the roster builds one.
    const row = page.getByTestId('target-new-middle-schools');
    const goal = page.getByTestId('target-goal-new-middle-schools');
    expect(await goal.inputValue()).toBe('1');
    expect(await row.getByTestId('target-standing').getAttribute('data-standing')).toBe('met-after-plan');
    await goal.fill('-1');
    await goal.press('Enter');
    expect(await row.locator('.field-error').textContent()).toBe(
      '目标「new-middle-schools」的目标值应为非负数，实际为 -1',
    );
    expect(await row.getByTestId('target-standing').getAttribute('data-standing')).toBe('met-after-plan');
    await goal.fill('2');
    await goal.press('Enter');
    await expect.poll(() => row.getByTestId('target-standing').textContent()).toBe('✗ 规划完成后仍差 1');
    expect(await row.locator('.field-error').count()).toBe(0);
    await page.getByTestId('undo').click();
    await expect.poll(() => goal.inputValue()).toBe('1');
    await expect
      .poll(() => row.getByTestId('target-standing').getAttribute('data-standing'))
      .toBe('met-after-plan');
  });

  it('zooms to a township from its grid row', async () => {
    const page = await openOverview();
    const before = await camera(page);
    await page.locator(`[data-testid="township-grid"] tr[data-township="${WATANG}"] th button`).click();
    await expect.poll(async () => (await camera(page))?.zoom ?? 0).toBeGreaterThan((before?.zoom ?? 0) + 0.5);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`township=${WATANG}`);
    expect(
      await page.locator(`[data-testid="township-grid"] tr[data-township="${WATANG}"]`).getAttribute('class'),
    ).toBe('selected');
  });

  it('presents the district and then each township, and a copied link opens the same slide', async () => {
    const page = await openOverview();
    await page.getByTestId('present-start').click();
    const presentation = page.getByTestId('presentation');
    await presentation.waitFor();
    expect(await presentation.getAttribute('data-slide')).toBe('district');
    expect(await page.getByTestId('slide-title').textContent()).toContain('港南区');
    expect(await page.locator('.top-bar').count()).toBe(0);
    await waitForMapIdle(page);
    await screenshot(page, 'presentation-district-1920');
    const districtCamera = await camera(page);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => presentation.getAttribute('data-slide')).toBe(JIANGNAN);
    expect(await page.getByTestId('slide-title').textContent()).toBe('江南街道');
    await expect
      .poll(async () => (await camera(page))?.zoom ?? 0)
      .toBeGreaterThan((districtCamera?.zoom ?? 0) + 0.5);
    expect(await page.getByTestId('slide-rules').locator('li').count()).toBeGreaterThan(0);
    await waitForMapIdle(page);
    await screenshot(page, 'presentation-township-1920');

    await page.keyboard.press('PageDown');
    await expect.poll(() => presentation.getAttribute('data-slide')).toBe(BATANG);
    await page.getByTestId('slide-previous').click();
    await expect.poll(() => presentation.getAttribute('data-slide')).toBe(JIANGNAN);
    await page.getByTestId('slide-next').click();
    await expect.poll(() => presentation.getAttribute('data-slide')).toBe(BATANG);
    await waitForMapIdle(page);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`present=${BATANG}`);
    const link = await page.evaluate(() => window.location.hash);
    const slideCamera = await camera(page);

    await page.keyboard.press('Escape');
    await page.getByTestId('overview-panel').waitFor();
    expect(await presentation.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('present=');

    const copy = await open(link);
    const copied = copy.getByTestId('presentation');
    await copied.waitFor();
    expect(await copied.getAttribute('data-slide')).toBe(BATANG);
    expect(await copy.getByTestId('slide-title').textContent()).toBe('八塘街道');
    await waitForMapIdle(copy);
    const copiedCamera = await camera(copy);
    expect(copiedCamera?.zoom).toBeCloseTo(slideCamera?.zoom ?? 0, 0);
    await copy.keyboard.press('Escape');
    await copy.getByTestId('overview-panel').waitFor();
  });

  it('zooms to the slide of a link that carries no camera, once the map is ready', async () => {
    const page = await open(`#present=${WATANG}`);
    const presentation = page.getByTestId('presentation');
    await presentation.waitFor();
    expect(await page.getByTestId('slide-title').textContent()).toBe('瓦塘镇');
    await waitForMapIdle(page);
    const district = await open('#view=overview');
    await waitForMapIdle(district);
    const districtZoom = (await camera(district))?.zoom ?? 0;
    await expect.poll(async () => (await camera(page))?.zoom ?? 0).toBeGreaterThan(districtZoom + 0.5);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain(`township=${WATANG}`);
  });

  it('reads at 1280 × 800 too', async () => {
    const page = await openOverview('#view=overview', LAPTOP);
    await screenshot(page, 'overview-1280');
    const grid = await page.getByTestId('township-grid').boundingBox();
    expect(grid?.width ?? 0).toBeLessThanOrEqual(LAPTOP.width);
    await page.getByTestId('present-start').click();
    await page.getByTestId('presentation').waitFor();
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('presentation').getAttribute('data-slide')).toBe(WATANG);
    await waitForMapIdle(page);
    await screenshot(page, 'presentation-township-1280');
    await page.getByTestId('slide-exit').click();
    await page.getByTestId('overview-panel').waitFor();
  });

  it('speaks English behind the language switch', async () => {
    const page = await openOverview('#view=overview&lang=en');
    expect(await page.getByTestId('present-start').textContent()).toContain('Present');
    expect(await page.getByTestId('target-new-public-kindergartens').textContent()).toContain(
      'New public kindergartens',
    );
    expect(await page.getByTestId('grid-summary').textContent()).toMatch(/^Townships meeting every rule/);
    await screenshot(page, 'overview-1920-english');
    await page.getByTestId('present-start').click();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('presentation').getAttribute('data-slide')).toBe(JIANGNAN);
    await waitForMapIdle(page);
    await screenshot(page, 'presentation-township-1920-english');
  });
});
