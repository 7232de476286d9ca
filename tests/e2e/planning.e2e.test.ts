import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { assessCandidates } from '../../src/analysis/assess-candidates.ts';
import { qualityMessage } from '../../src/analysis/optimise/quality-message.ts';
import { planSuggestion, type SuggestionRequest } from '../../src/analysis/plan-suggestion.ts';
import type { CandidateSite } from '../../src/domain/candidate.ts';
import type { PopulationData } from '../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII } from '../../src/domain/radius.ts';
import { CURRENT_SCENARIO } from '../../src/domain/scenario.ts';
import type { TownshipCollection } from '../../src/domain/township.ts';
import { translateMessage } from '../../src/i18n/index.ts';
import { requireRuleSet } from '../../src/io/rule-set-file.ts';
import { type AtlasSession, clickMapAt, openAtlas, screenshot, waitForMapIdle } from './driver.ts';
import { sampleSchools } from './sample-roster.ts';
import { readWorkerLog, suggestionAfterPreparation, WORKER_LOG_SCRIPT } from './worker-log.ts';

const schools = sampleSchools();
let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/**
 * A village area of 湛江镇 beyond 2.5 km of every primary school today; the township has no
 * boarding primary school today either (sample data).
 */
const ZHANJIANG_GAP = { lon: 109.768, lat: 22.879 };
/** A village area of 木格镇 beyond 2.5 km of every primary school today. */
const MUGE_GAP = { lon: 109.7072, lat: 22.863 };

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function defaultRuleSet() {
  return requireRuleSet(readJson('geodata/rules/gangnan-2018-2020.json'));
}

/** What the form asks for after its count is set to 2 and its grid to 1,000 m (小学, 现状). */
const TWO_PRIMARY_SITES: SuggestionRequest = {
  kind: 'primary',
  count: 2,
  radius: null,
  minDistance: 0,
  includeTownships: [],
  excludeTownships: [],
  requireRuleId: null,
  candidates: { source: 'grid', spacing: 1000 },
  scenario: CURRENT_SCENARIO,
};

/** The app's embedded data, read here from the same files. */
function sampleData() {
  return {
    schools,
    townships: readJson<TownshipCollection>('geodata/townships.geojson'),
    population: readJson<PopulationData>('geodata/population.model.json'),
    ruleSet: defaultRuleSet(),
    radii: DEFAULT_SERVICE_RADII,
  };
}

/** The what-if the app should show, computed here from the same embedded files. */
function expectedAssessment(candidate: CandidateSite) {
  return assessCandidates({ ...sampleData(), scenario: CURRENT_SCENARIO }, [candidate]).assessments[0];
}

/** The candidate's point and place as the app shows them. */
async function shownPoint(page: Page): Promise<{ lon: number; lat: number }> {
  const text = (await page.getByTestId('candidate-place').textContent()) ?? '';
  const match = /(\d+\.\d+), (\d+\.\d+)/.exec(text);
  return { lon: Number(match?.[1]), lat: Number(match?.[2]) };
}

function digits(text: string | null): number {
  return Number((text ?? '').replace(/[^\d]/g, ''));
}

describe('candidate sites (选址)', () => {
  it('places a candidate, shows its effect as computed from the data, and fixes a rule when boarding', async () => {
    session = await openAtlas('#view=planning&scenario=current');
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('place-candidate').click();
    await clickMapAt(page, ZHANJIANG_GAP.lon, ZHANJIANG_GAP.lat);
    const editor = page.getByTestId('candidate-editor');
    await expect.poll(() => editor.getByTestId('candidate-place').textContent()).toContain('湛江镇');
    await page.getByTestId('candidate-boarding').uncheck();
    const point = await shownPoint(page);
    const candidate: CandidateSite = {
      id: 'C1',
      name: '候选点 1',
      ...point,
      type: '小学',
      ownership: '公办',
      boarding: false,
      central: false,
      radius: null,
      origin: 'manual',
      note: '',
    };
    const expected = expectedAssessment(candidate);
    const primary = expected?.effects[0];
    expect(primary?.newlyCovered).toBeGreaterThan(0);
    await expect
      .poll(() => editor.getByTestId('candidate-newly-covered').textContent(), { timeout: 20_000 })
      .toBe(`${Math.round(primary?.newlyCovered ?? 0).toLocaleString('zh-CN')} 人`);
    expect(await editor.getByTestId('candidate-nearest').textContent()).toContain(
      primary?.nearestExisting?.name ?? '?',
    );
    // Without boarding it does not give 湛江镇 its boarding primary school …
    expect(await editor.getByTestId('candidate-rules-fixed').textContent()).not.toContain('寄宿制');
    // … with boarding it does.
    await page.getByTestId('candidate-boarding').check();
    await expect
      .poll(() => editor.getByTestId('candidate-rules-fixed').textContent(), { timeout: 20_000 })
      .toContain('湛江镇');
    expect(await editor.getByTestId('candidate-rules-fixed').textContent()).toContain('寄宿制');
    const withBoarding = expectedAssessment({ ...candidate, boarding: true });
    for (const rule of withBoarding?.rulesFixed ?? []) {
      expect(await editor.getByTestId('candidate-rules-fixed').textContent()).toContain(rule.title);
    }
    // Side by side under the map.
    expect(await page.getByTestId('candidate-table').textContent()).toContain('候选点 1');
    await waitForMapIdle(page);
    expect(await page.evaluate(() => window.atlasMap?.renderedCount('candidate-point'))).toBe(1);
    await screenshot(page, 'planning-candidate');
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('drags a candidate as one undo step, compares two, and adopts one as a planned school', async () => {
    session = await openAtlas('#view=planning&scenario=current');
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('place-candidate').click();
    await clickMapAt(page, ZHANJIANG_GAP.lon, ZHANJIANG_GAP.lat);
    await expect.poll(() => page.getByTestId('candidate-place').textContent()).toContain('湛江镇');
    const before = await shownPoint(page);
    await expect.poll(() => page.getByTestId('candidate-newly-covered').count(), { timeout: 20_000 }).toBe(1);
    const figureBefore = await page.getByTestId('candidate-newly-covered').textContent();

    // Drag it about 3 km east.
    const from = await page.evaluate(([x, y]) => window.atlasMap?.project(x, y), [
      before.lon,
      before.lat,
    ] as const);
    const to = await page.evaluate(([x, y]) => window.atlasMap?.project(x, y), [
      before.lon + 0.03,
      before.lat,
    ] as const);
    const canvas = await page.getByTestId('map').boundingBox();
    if (!from || !to || !canvas) throw new Error('地图未就绪');
    await page.mouse.move(canvas.x + from.x, canvas.y + from.y);
    await page.mouse.down();
    await page.mouse.move(canvas.x + (from.x + to.x) / 2, canvas.y + from.y, { steps: 5 });
    await page.mouse.move(canvas.x + to.x, canvas.y + to.y, { steps: 5 });
    // The figures follow the pointer before the drop …
    await expect
      .poll(() => page.getByTestId('candidate-newly-covered').textContent(), { timeout: 20_000 })
      .not.toBe(figureBefore);
    await page.mouse.up();
    await expect.poll(async () => (await shownPoint(page)).lon).toBeGreaterThan(before.lon + 0.02);
    // … and the drop is one undo step.
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await shownPoint(page)).lon).toBeCloseTo(before.lon, 5);
    await expect
      .poll(() => page.getByTestId('candidate-newly-covered').textContent(), { timeout: 20_000 })
      .toBe(figureBefore);

    // A second candidate in 木格镇, then both side by side with the column for both together.
    await page.getByTestId('place-candidate').click();
    await clickMapAt(page, MUGE_GAP.lon, MUGE_GAP.lat);
    await expect.poll(() => page.getByTestId('candidate-place').textContent()).toContain('木格镇');
    const table = page.getByTestId('candidate-table');
    await expect.poll(() => table.locator('thead th').count()).toBe(4);
    expect(await table.locator('thead').textContent()).toContain('全部候选点合计');
    await expect.poll(() => table.locator('tbody').textContent(), { timeout: 20_000 }).not.toContain('…');
    await screenshot(page, 'planning-two-candidates');

    // Adopt the selected one: one more school (规划), one candidate fewer; undo brings both back.
    const total = () => page.getByTestId('legend-total').textContent();
    await page.getByTestId('candidate-adopt').click();
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe('候选点 2');
    expect(await page.getByTestId('detail-attributes').textContent()).toContain('规划');
    expect(digits((await total())?.split('/')[1] ?? '')).toBe(schools.length + 1);
    expect(await page.getByTestId('candidate-items').locator('li').count()).toBe(1);
    await page.getByTestId('undo').click();
    await expect.poll(async () => digits((await total())?.split('/')[1] ?? '')).toBe(schools.length);
    expect(await page.getByTestId('candidate-items').locator('li').count()).toBe(2);
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('suggested sites (选址建议)', () => {
  it('suggests primary sites by greedy covering, explains each, compares with the plan, and accepts them', async () => {
    session = await openAtlas('#view=planning&tab=suggest&scenario=current');
    const { page, context } = session;
    // What the suggestion worker is sent and answers, from the page's first script.
    await context.addInitScript(WORKER_LOG_SCRIPT);
    await page.reload();
    await waitForMapIdle(page);
    await page.getByTestId('suggest-count').fill('2');
    await page.getByTestId('suggest-count').press('Enter');
    await page.getByTestId('suggest-spacing').fill('1000');
    await page.getByTestId('suggest-spacing').press('Enter');
    await page.getByTestId('suggest-start').click();
    const result = page.getByTestId('suggest-result');
    await result.waitFor({ timeout: 60_000 });

    const expected = await planSuggestion(sampleData(), TWO_PRIMARY_SITES);
    expect(expected.picks).toHaveLength(2);
    // The worker that answered was asked to prepare the lists' lattice when the screen opened,
    // before the request; the request prepared no lattice itself (its misses are the preparation's).
    const seen = suggestionAfterPreparation(await page.evaluate(readWorkerLog));
    expect(seen.first).toMatchObject({ way: 'out', task: 'prepare', population: true });
    expect(seen.after?.preparations).toBeGreaterThanOrEqual(1);
    expect(seen.after?.misses).toBe(seen.before?.misses);
    expect(seen.after?.hits).toBeGreaterThan(seen.before?.hits ?? Number.POSITIVE_INFINITY);
    const gains = await page.getByTestId('suggest-pick-gain').allTextContents();
    expect(gains).toEqual(expected.picks.map((pick) => `+${Math.round(pick.gain).toLocaleString('zh-CN')}`));
    for (const pick of expected.picks) {
      expect(await page.getByTestId(`suggest-pick-${pick.rank}`).textContent()).toContain(pick.townshipName);
    }
    expect(await page.getByTestId('suggest-summary').textContent()).toContain(
      Math.round(expected.coveredAfter).toLocaleString('zh-CN'),
    );
    // Side by side with the plan's own new schools.
    expect(await page.getByTestId('suggest-compare').locator('tbody tr').count()).toBe(
      expected.comparison.length,
    );
    // The quality line: within X % of the best possible (swap, the default), as computed here.
    expect(await page.getByTestId('suggest-quality').textContent()).toContain(
      translateMessage('zh-CN', qualityMessage(expected.quality)),
    );
    expect(expected.method).toBe('swap');
    expect(await page.getByTestId('suggest-runner-up').first().textContent()).toContain('次优');
    await waitForMapIdle(page);
    expect(await page.evaluate(() => window.atlasMap?.renderedCount('suggested-site'))).toBe(2);
    // The result at the top of the panel, so the screenshot shows the quality line and the picks.
    const showResult = () =>
      page.getByTestId('suggest-quality').evaluate((line) => line.scrollIntoView({ block: 'start' }));
    await showResult();
    await screenshot(page, 'planning-suggestion');
    // And in English.
    await page.getByTestId('language-switch').click();
    expect(await page.getByTestId('suggest-quality').textContent()).toContain(
      translateMessage('en', qualityMessage(expected.quality)),
    );
    await showResult();
    await screenshot(page, 'planning-suggestion-en');
    await page.getByTestId('language-switch').click();
    // The printed sheet draws the sites and its legend says what the numbered dots are.
    await page.getByTestId('view-print').click();
    await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, { timeout: 90_000 });
    const legend = page.getByTestId('print-legend');
    await expect.poll(() => legend.textContent()).toContain('选址与撤并');
    expect(await legend.textContent()).toContain('建议新建校址（按序编号）');
    expect(await legend.textContent()).not.toContain('建议撤并的学校');
    await screenshot(page, 'print-suggestion');
    await page.getByTestId('view-planning').click();
    await page.getByTestId('planning-tab-suggest').click();
    await showResult();

    await page.getByTestId('suggest-accept-all').click();
    await expect.poll(() => page.getByTestId('candidate-items').locator('li').count()).toBe(2);
    // The address follows the screen a moment later (its writes are spaced out).
    await expect.poll(() => page.evaluate(() => window.location.hash)).not.toContain('tab=suggest');
    await expect
      .poll(() => page.getByTestId('candidate-newly-covered').textContent(), { timeout: 20_000 })
      .toBe(`${Math.round(expected.picks[0]?.gain ?? 0).toLocaleString('zh-CN')} 人`);
    // The result stays, but says so once the scenario it was made for is left.
    await page.getByTestId('planning-tab-suggest').click();
    expect(await page.getByTestId('suggest-stale').count()).toBe(0);
    await page.getByTestId('scenario-planned').click();
    await expect.poll(() => page.getByTestId('suggest-stale').count()).toBe(1);
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('suggests among parcels from a CSV, naming the rows it could not read', async () => {
    session = await openAtlas('#view=planning&tab=suggest&scenario=current');
    const { page } = session;
    await page.getByTestId('suggest-source-list').check();
    const csv = [
      '地块名称,经度,纬度',
      `湛江镇甲地块,${ZHANJIANG_GAP.lon},${ZHANJIANG_GAP.lat}`,
      `木格镇乙地块,${MUGE_GAP.lon},${MUGE_GAP.lat}`,
      '丙地块,东经,22.9',
    ].join('\r\n');
    await page.getByTestId('suggest-list-file').setInputFiles({
      name: '可用地块.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${csv}`, 'utf8'),
    });
    const report = page.getByTestId('suggest-list-report');
    await expect.poll(() => report.textContent()).toContain('可用地块.csv：读入 2 处');
    expect(await report.textContent()).toMatch(/可用地块\.csv 第 4 行「经度」/);
    await page.getByTestId('suggest-count').fill('1');
    await page.getByTestId('suggest-count').press('Enter');
    await page.getByTestId('suggest-start').click();
    await page.getByTestId('suggest-result').waitFor({ timeout: 60_000 });
    // 湛江镇甲地块 brings more people within 2.5 km today than 木格镇乙地块: its gain is what a
    // primary school placed there newly covers (computed here from the same embedded files).
    const parcel: CandidateSite = {
      id: 'P1',
      name: '湛江镇甲地块',
      ...ZHANJIANG_GAP,
      type: '小学',
      ownership: '公办',
      boarding: false,
      central: false,
      radius: null,
      origin: 'manual',
      note: '',
    };
    const gain = Math.round(expectedAssessment(parcel)?.effects[0]?.newlyCovered ?? 0);
    expect(gain).toBeGreaterThan(0);
    expect(await page.getByTestId('suggest-pick-1').textContent()).toContain('湛江镇甲地块');
    expect(await page.getByTestId('suggest-pick-gain').allTextContents()).toEqual([
      `+${gain.toLocaleString('zh-CN')}`,
    ]);
    expect(session.pageErrors).toEqual([]);
  });

  it('refuses a request it cannot meet with a clear message, and can be cancelled', async () => {
    session = await openAtlas('#view=planning&tab=suggest&kind=high');
    const { page } = session;
    expect(await page.getByTestId('suggest-kind').inputValue()).toBe('high');
    await page.getByTestId('suggest-start').click();
    await expect.poll(() => page.getByTestId('suggest-error').textContent()).toContain('半径');

    await page.getByTestId('suggest-kind').selectOption('kindergarten');
    await page.getByTestId('suggest-count').fill('120');
    await page.getByTestId('suggest-count').press('Enter');
    await page.getByTestId('suggest-spacing').fill('200');
    await page.getByTestId('suggest-spacing').press('Enter');
    await page.getByTestId('suggest-start').click();
    await page.getByTestId('suggest-cancel').click();
    await expect.poll(() => page.getByTestId('suggest-cancelled').isVisible()).toBe(true);
    expect(await page.getByTestId('suggest-result').count()).toBe(0);
    // The link carries the screen, the panel and the kind.
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('tab=suggest');
    expect(await page.evaluate(() => window.location.hash)).toContain('kind=kindergarten');

    // A copied link opens the same screen, panel and kind in a new browser.
    const link = await page.evaluate(() => window.location.hash);
    await session.close();
    session = await openAtlas(link);
    const reopened = session.page;
    await reopened.getByTestId('suggestion-form').waitFor();
    expect(await reopened.getByTestId('planning-tab-suggest').getAttribute('aria-selected')).toBe('true');
    expect(await reopened.getByTestId('suggest-kind').inputValue()).toBe('kindergarten');
  });

  it('offers the exact method on a small search, with its estimate, and proves the answer optimal in the browser', async () => {
    session = await openAtlas('#view=planning&tab=suggest&scenario=current&kind=primary');
    const { page } = session;
    await page.getByTestId('suggestion-form').waitFor();
    // Search 木梓镇 only, on a 1.5 km grid: a model of a few hundred columns.
    for (const code of [
      '450803001',
      '450803002',
      '450803100',
      '450803101',
      '450803103',
      '450803104',
      '450803106',
      '450803107',
    ]) {
      await page.getByTestId(`suggest-township-${code}`).uncheck();
    }
    await page.getByTestId('suggest-spacing').fill('1500');
    await page.getByTestId('suggest-spacing').press('Enter');
    await page.getByTestId('suggest-count').fill('2');
    await page.getByTestId('suggest-count').press('Enter');
    await expect
      .poll(() => page.getByTestId('suggest-exact-estimate').textContent(), { timeout: 30_000 })
      .toMatch(/精确求解预计约 \d+ 秒/);
    await page.getByTestId('suggest-method').selectOption('exact');
    await page.getByTestId('suggest-start').click();
    await page.getByTestId('suggest-result').waitFor({ timeout: 60_000 });
    // The solver (WebAssembly, from the app's own origin) proved it.
    expect(await page.getByTestId('suggest-quality').textContent()).toContain('已证明为最优解');
    expect(await page.getByTestId('suggest-summary').textContent()).toContain('精确求解用时');
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('suggests sites for the most children newly seated, with its quality line and no exact method', async () => {
    session = await openAtlas('#view=planning&tab=suggest&scenario=current&kind=primary');
    const { page } = session;
    await page.getByTestId('suggestion-form').waitFor();
    await page.getByTestId('suggest-objective').selectOption('seats');
    // Not offered, and the line says why.
    expect(await page.getByTestId('suggest-exact-estimate').textContent()).toContain(
      '“新增入学儿童最多”不提供精确求解',
    );
    expect(await page.getByTestId('suggest-method').locator('option[value="exact"]').isDisabled()).toBe(true);
    await page.getByTestId('suggest-count').fill('2');
    await page.getByTestId('suggest-count').press('Enter');
    await page.getByTestId('suggest-spacing').fill('1000');
    await page.getByTestId('suggest-spacing').press('Enter');
    await page.getByTestId('suggest-start').click();
    await page.getByTestId('suggest-result').waitFor({ timeout: 90_000 });
    const expected = await planSuggestion(sampleData(), { ...TWO_PRIMARY_SITES, objective: 'seats' });
    expect(expected.quality.value).toBeGreaterThan(0);
    expect(await page.getByTestId('suggest-quality').textContent()).toContain(
      translateMessage('zh-CN', qualityMessage(expected.quality)),
    );
    expect(await page.getByTestId('suggest-quality').textContent()).toContain(
      '全部候选点建成时最多可入学人数',
    );
    expect(await page.getByTestId('suggest-seats-summary').textContent()).toContain(
      `+${expected.quality.value.toLocaleString('zh-CN')}`,
    );
    const gains = await page.getByTestId('suggest-pick-gain').allTextContents();
    expect(gains).toEqual(expected.picks.map((pick) => `+${pick.gain.toLocaleString('zh-CN')}`));
    const showResult = () =>
      page.getByTestId('suggest-quality').evaluate((line) => line.scrollIntoView({ block: 'start' }));
    await showResult();
    await screenshot(page, 'planning-suggestion-seats');
    await page.getByTestId('language-switch').click();
    expect(await page.getByTestId('suggest-quality').textContent()).toContain(
      translateMessage('en', qualityMessage(expected.quality)),
    );
    await showResult();
    await screenshot(page, 'planning-suggestion-seats-en');
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
