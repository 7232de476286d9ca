/**
 * The English interface, screen by screen: every text the atlas writes is in English, and the
 * only Chinese left is data — the district's, townships' and villages' names, the sample roster's
 * own values, the rule set's own words, what the user's files hold — or a language's own name.
 * Each screen is also kept as a screenshot (test-results/e2e/english-*.png) to look at.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';
import { officialBoundaryGeoJson } from './fixtures/build-import-fixtures.ts';
import { sampleSchools } from './sample-roster.ts';

let session: AtlasSession | undefined;

afterEach(async () => {
  if (session) {
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    await session.close();
  }
  session = undefined;
});

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Runs of Chinese: ideographs, CJK punctuation and full-width forms. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g;
/** Whether a text holds Chinese (a regular expression without the global flag keeps no state). */
const HAS_CHINESE = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** A roster the English user brings: English headers, Chinese values, one row the reader refuses. */
const ENGLISH_ROSTER = [
  'code,name,type,lon,lat,ownership',
  'E001,港南测试小学,小学,109.61,23.08,公办',
  'E002,坐标错的学校,小学,abc,23.08,民办',
  'E003,类型错的学校,大学,109.62,23.09,公办',
].join('\n');

/** A township population table with one township that is not the district's. */
const POPULATION_TABLE = ['乡镇,常住人口', '江南街道,120000', '桥圩镇,90000', '火星镇,1'].join('\n');
const BIRTHS_TABLE = ['年份,乡镇名称,出生人数', '2021,全区,5000', '2021,桥圩镇,700', '2022,火星镇,3'].join(
  '\n',
);

/**
 * Every text that is data, not the atlas's words: the sample roster's cells, the townships',
 * villages', seats' and the default river's names, the district, the rule set's own titles, notes and source, and the
 * files this test brings. Longest first, so a name is removed before a word inside it.
 */
function dataValues(): string[] {
  const values = new Set<string>();
  const roster = Papa.parse<string[]>(readFileSync('geodata/schools.sample.csv', 'utf8'), {
    skipEmptyLines: true,
  }).data;
  for (const row of roster) for (const cell of row) values.add(cell);
  const townships = readJson<{ features: { properties: { name: string } }[] }>('geodata/townships.geojson');
  for (const feature of townships.features) values.add(feature.properties.name);
  for (const village of readJson<{ name: string }[]>('geodata/villages.json')) values.add(village.name);
  const seats = readJson<{ features: { properties: Record<string, unknown> }[] }>(
    'geodata/township-seats.geojson',
  );
  for (const feature of seats.features) {
    for (const value of Object.values(feature.properties)) {
      if (typeof value === 'string') for (const run of value.match(CHINESE) ?? []) values.add(run);
    }
  }
  // The default reference layer's river, named as its file names it (the layer's name and label).
  const river = readJson<{ features: { properties: { name_zh: string } }[] }>(
    'geodata/rivers/yujiang-ne10m.geojson',
  );
  for (const feature of river.features) values.add(feature.properties.name_zh);
  const district = readJson<{ features: { properties: { name: string } }[] }>('geodata/district.geojson');
  for (const feature of district.features) values.add(feature.properties.name);
  const rules = readJson<{
    title: string;
    source?: string;
    rules: { title: string; note?: string }[];
    targets: { title: string; note?: string; unit: string }[];
    settings?: { seats?: { note?: string } };
  }>('geodata/rules/gangnan-2018-2020.json');
  // The seat settings' note is the rule set's own text, as its rules' notes are.
  for (const text of [rules.title, rules.source ?? '', rules.settings?.seats?.note ?? '']) values.add(text);
  for (const item of [...rules.rules, ...rules.targets]) {
    values.add(item.title);
    if (item.note) values.add(item.note);
  }
  for (const table of [ENGLISH_ROSTER, POPULATION_TABLE, BIRTHS_TABLE]) {
    for (const line of table.split('\n')) for (const cell of line.split(',')) values.add(cell);
  }
  const boundaries = JSON.parse(officialBoundaryGeoJson()) as { features: { properties: object }[] };
  for (const feature of boundaries.features)
    for (const key of Object.keys(feature.properties)) values.add(key);
  // The files' names, and the endings of township names the boundary help quotes.
  for (const name of ['乡镇人口.csv', '乡镇界线.geojson', '镇/乡/街道']) values.add(name);
  // The births file's name, and the header words of a Chinese births file its help quotes.
  for (const name of ['出生人数.csv', '年份', '出生人数', '乡镇代码', '乡镇名称', '全区']) values.add(name);
  return [...values].filter((value) => HAS_CHINESE.test(value)).sort((a, b) => b.length - a.length);
}

const DATA = dataValues();

/**
 * The visible text of the page and of its text fields, less what is marked as Chinese on purpose
 * (the language switch and the language list name Chinese in Chinese) and less data, and the
 * Chinese left in it.
 */
async function chineseBesideData(page: Page): Promise<string[]> {
  let text = await page.evaluate(() => {
    // Text fields show texts the atlas wrote too (the print page's default title and source, placeholders).
    const fields = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
      .filter((field) => field.offsetParent !== null && field.type !== 'hidden')
      .map((field) => `${field.value}\n${field.placeholder}`);
    // innerText, not textContent: only what is rendered (closed dialogs and hidden tabs hold text too).
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked
    let visible = [document.body.innerText, ...fields].join('\n');
    const marked = [...document.querySelectorAll<HTMLElement>('[lang="zh-CN"]')]
      .map((element) => element.textContent ?? '')
      .sort((a, b) => b.length - a.length);
    for (const name of marked) visible = visible.split(name).join(' ');
    return visible;
  });
  // The pending texts first: they hold words that are also roster values (规划).
  for (const value of DATA) text = text.split(value).join(' ');
  return [...text.matchAll(CHINESE)].map((match) => {
    const start = Math.max(0, (match.index ?? 0) - 20);
    return text.slice(start, (match.index ?? 0) + match[0].length + 20).replace(/\s+/g, ' ');
  });
}

/** Checks a screen and keeps its screenshot. */
async function expectEnglish(page: Page, step: string): Promise<void> {
  await screenshot(page, `english-${step}`);
  expect(await chineseBesideData(page), step).toEqual([]);
}

async function open(hash: string, waitForMap = true): Promise<Page> {
  session = await openAtlas(`#lang=en${hash}`);
  if (waitForMap) await waitForMapIdle(session.page);
  return session.page;
}

describe('the English interface', () => {
  it('maps, schools, townships, settings, export and every import tab', async () => {
    const page = await open('');
    await expectEnglish(page, 'map');

    const [school] = sampleSchools();
    if (!school) throw new Error('no sample school');
    await page.getByTestId('search-input').fill(school.name);
    await page.getByTestId('search-results').getByRole('button').first().click();
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe(school.name);
    await expectEnglish(page, 'school');

    await page.getByTestId('edit-school').click();
    await page.getByTestId('school-form').waitFor();
    await expectEnglish(page, 'school-form');
    await page.getByTestId('school-form').getByRole('button', { name: 'Cancel' }).click();

    await page.goto(`${page.url().split('#')[0]}#lang=en&township=450803100`);
    await page.getByTestId('township-rules').waitFor({ timeout: 60_000 });
    await expectEnglish(page, 'township');

    await page.getByTestId('open-settings').click();
    await expectEnglish(page, 'settings');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByTestId('open-export').click();
    await page.getByTestId('export-dialog').waitFor();
    await expectEnglish(page, 'export');
    await page.getByTestId('export-close').click();

    await page.getByTestId('open-import').click();
    const dialog = page.getByTestId('import-dialog');
    await dialog.waitFor();
    await expectEnglish(page, 'import-roster-intro');
    await dialog.getByTestId('import-roster-file').setInputFiles({
      name: 'roster.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(ENGLISH_ROSTER, 'utf8'),
    });
    await expect.poll(() => dialog.getByTestId('count-rejected').textContent()).toBe('2');
    await expectEnglish(page, 'import-roster-report');

    await dialog.getByTestId('import-tab-boundaries').click();
    await expectEnglish(page, 'import-boundaries-intro');
    await dialog.getByTestId('import-boundary-file').setInputFiles({
      name: '乡镇界线.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(officialBoundaryGeoJson(), 'utf8'),
    });
    await expect.poll(() => dialog.getByTestId('boundary-matched').textContent()).toBe('9 / 9');
    await expectEnglish(page, 'import-boundaries-report');

    await dialog.getByTestId('import-tab-population').click();
    await expectEnglish(page, 'import-population-intro');
    await dialog.getByTestId('import-population-file').setInputFiles({
      name: '乡镇人口.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(POPULATION_TABLE, 'utf8'),
    });
    // Each tab keeps its own report: the population tab's is the one to read.
    const population = dialog.locator('[aria-labelledby="import-tab-population"]');
    await expect.poll(() => population.getByTestId('count-accepted').textContent()).toBe('2');
    await expectEnglish(page, 'import-population-report');

    await dialog.getByTestId('import-tab-reference').click();
    await dialog.getByTestId('reference-file-input').setInputFiles({
      name: 'roads.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { name: 'Test road' },
              geometry: {
                type: 'LineString',
                coordinates: [
                  [109.6, 23],
                  [109.7, 23.1],
                ],
              },
            },
          ],
        }),
      ),
    });
    await expect
      .poll(() => dialog.getByTestId('reference-counts').textContent())
      .toBe('Features read: 1 (points: 0, lines: 1, polygons: 0); left out: 0');
    await expectEnglish(page, 'import-reference-review');
    await dialog.getByTestId('import-tab-births').click();
    await expectEnglish(page, 'import-births-intro');
    await dialog.getByTestId('import-births-file').setInputFiles({
      name: '出生人数.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(BIRTHS_TABLE, 'utf8'),
    });
    const births = dialog.locator('[aria-labelledby="import-tab-births"]');
    await expect.poll(() => births.getByTestId('count-rejected').textContent()).toBe('1');
    await expectEnglish(page, 'import-births-report');
  });

  it('the seats view with its assumptions and settings', async () => {
    const page = await open('&view=seats');
    await page.waitForSelector('[data-testid="seat-table"] tbody tr', { timeout: 60_000 });
    await page.getByTestId('seat-assumptions').locator('summary').click();
    await page.getByTestId('seat-settings').locator('summary').click();
    await expectEnglish(page, 'seats');
  });

  it('analysis, overview and the presentation', async () => {
    const page = await open('&view=analysis');
    await page.waitForSelector('[data-testid="township-table"] tbody tr', { timeout: 60_000 });
    await expectEnglish(page, 'analysis');
    await page.getByTestId('scenario-current').click();
    await expectEnglish(page, 'analysis-current');

    await page.getByTestId('view-overview').click();
    await page.waitForSelector('[data-testid="township-grid"] tbody tr', { timeout: 60_000 });
    await expectEnglish(page, 'overview');

    await page.getByTestId('present-start').click();
    await page.getByTestId('presentation').waitFor();
    await expectEnglish(page, 'presentation-district');
    await page.getByTestId('slide-next').click();
    await expect.poll(() => page.getByTestId('presentation').getAttribute('data-slide')).not.toBe('district');
    await page.getByTestId('slide-rules').waitFor();
    await expectEnglish(page, 'presentation-township');
  });

  it('siting: a placed candidate and a suggestion result', async () => {
    const page = await open('&view=planning');
    await expectEnglish(page, 'siting');
    await page.getByTestId('place-candidate').click();
    const box = await page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByTestId('candidate-editor').waitFor();
    await page.getByTestId('candidate-table').waitFor({ timeout: 60_000 });
    await expectEnglish(page, 'siting-candidate');

    await page.getByTestId('planning-tab-suggest').click();
    await expectEnglish(page, 'siting-suggestion-form');
    await page.getByTestId('suggest-count').fill('1');
    await page.getByTestId('suggest-count').press('Enter');
    await page.getByTestId('suggest-spacing').fill('2000');
    await page.getByTestId('suggest-spacing').press('Enter');
    await page.getByTestId('suggest-start').click();
    await page.getByTestId('suggest-result').waitFor({ timeout: 60_000 });
    await expectEnglish(page, 'siting-suggestion-result');
  });

  it('print: the preview, each format, the atlas on demand and an export', { timeout: 240_000 }, async () => {
    // The print screen's own map is its page preview: wait for its scale bar, not the main map.
    const page = await open('&view=print', false);
    await page.waitForSelector('[data-testid="print-scale-bar"][data-metres]', { timeout: 60_000 });
    await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, { timeout: 60_000 });
    await expectEnglish(page, 'print');

    // Each format with its note; a PDF of the atlas shows the township order and the zip choice.
    await page.getByTestId('print-format-pdf').click();
    await page.getByTestId('print-scope-atlas').click();
    await page.getByTestId('print-townships').waitFor();
    await page.getByTestId('print-atlas-split').waitFor();
    await expectEnglish(page, 'print-pdf-atlas');
    for (const format of ['png', 'pptx', 'docx'] as const) {
      await page.getByTestId(`print-format-${format}`).click();
      await expect
        .poll(() => page.getByTestId(`print-format-${format}`).getAttribute('aria-pressed'))
        .toBe('true');
      await expectEnglish(page, `print-${format}`);
    }

    // An export's outcome line: the PNG of the page, the quickest file to write.
    await page.getByTestId('print-format-png').click();
    await Promise.all([
      page.waitForEvent('download', { timeout: 200_000 }),
      page.getByTestId('print-export').click(),
    ]);
    await page.getByTestId('print-message').waitFor();
    await expectEnglish(page, 'print-exported');
  });
});
