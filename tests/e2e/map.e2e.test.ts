import { afterEach, describe, expect, it } from 'vitest';
import { SCHOOL_TYPES } from '../../src/domain/school.ts';
import {
  type AtlasSession,
  legendTypeCount,
  openAtlas,
  renderedSchoolCodes,
  screenshot,
  settledSchoolCodes,
  waitForMapIdle,
} from './driver.ts';
import { sampleSchools } from './sample-roster.ts';

const schools = sampleSchools();
let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('the offline map of 港南区', () => {
  it('draws the district, its townships and every school with nothing loaded from outside', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    const codes = await renderedSchoolCodes(page);
    expect(codes.length).toBe(schools.length);
    expect(new Set(codes)).toEqual(new Set(schools.map((school) => school.code)));
    const labels = await page.evaluate(() => window.atlasMap?.renderedTownshipLabels() ?? []);
    expect(labels.sort()).toEqual(
      ['东津镇', '八塘街道', '新塘镇', '木格镇', '木梓镇', '桥圩镇', '江南街道', '湛江镇', '瓦塘镇'].sort(),
    );
    await expect.poll(() => page.getByTestId('sample-badge').textContent()).toBe('示例数据');
    expect(await page.getByTestId('approximate-note').textContent()).toContain('乡镇界线为示意');
    await screenshot(page, 'map-default');
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('shows legend counts equal to the sample roster', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    for (const type of SCHOOL_TYPES) {
      const expected = schools.filter((school) => school.type === type).length;
      if (expected === 0) continue;
      expect(await legendTypeCount(page, type), type).toBe(expected);
    }
    expect(await page.getByTestId('legend-total').textContent()).toBe(
      `显示 ${schools.length} / 共 ${schools.length} 所`,
    );
  });

  it('filters by type: unticking kindergartens removes them from the map and the legend', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('filter-type-幼儿园').getByRole('checkbox').click();
    await waitForMapIdle(page);
    const kindergartens = new Set(
      schools.filter((school) => school.type === '幼儿园').map((school) => school.code),
    );
    const others = schools.filter((school) => !kindergartens.has(school.code)).map((school) => school.code);
    await expect
      .poll(() => settledSchoolCodes(page), { timeout: 20_000 })
      .toEqual([...new Set(others)].sort());
    expect(await legendTypeCount(page, '幼儿园')).toBe(0);
    await screenshot(page, 'filter-no-kindergartens');
  });

  it('filters by township: "only" keeps the schools of one township', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    const row = page.getByTestId('filter-township-450803100');
    await row.hover();
    await row.getByRole('button').click();
    await waitForMapIdle(page);
    const expected = schools.filter((school) => school.township === '桥圩镇').map((school) => school.code);
    expect(expected.length).toBeGreaterThan(10);
    await expect
      .poll(() => settledSchoolCodes(page), { timeout: 20_000 })
      .toEqual([...new Set(expected)].sort());
    await screenshot(page, 'filter-township-qiaowei');
  });

  it('finds a school by pinyin initials, flies to it and shows all its attributes', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('search-input').fill('gnzx');
    await page
      .getByTestId('search-results')
      .getByRole('button', { name: /^港南中学/ })
      .click();
    const panel = page.getByTestId('detail-panel');
    await expect.poll(() => panel.getByTestId('detail-name').textContent()).toBe('港南中学');
    const school = schools.find((item) => item.name === '港南中学');
    expect(school).toBeDefined();
    const attributes = await panel.getByTestId('detail-attributes').textContent();
    expect(attributes).toContain(school?.code);
    expect(attributes).toContain('自治区示范性高中');
    expect(attributes).toContain('数据来源');
    // Without a basemap the school opens in the middle of its whole township.
    await page.waitForFunction(
      (target) => {
        const camera = window.atlasMap?.camera();
        return (
          !!camera && Math.abs(camera.lon - target.lon) < 0.001 && Math.abs(camera.lat - target.lat) < 0.001
        );
      },
      { lon: school?.lon ?? 0, lat: school?.lat ?? 0 },
      { timeout: 20_000 },
    );
    await waitForMapIdle(page);
    const camera = await page.evaluate(() => window.atlasMap?.camera());
    expect(camera?.lon).toBeCloseTo(school?.lon ?? 0, 3);
    expect(camera?.lat).toBeCloseTo(school?.lat ?? 0, 3);
    expect(await page.evaluate(() => window.atlasMap?.renderedTownshipLabels() ?? [])).toContain(
      school?.township,
    );
    await screenshot(page, 'search-gangnan-high-school');
  });

  it('opens a school from a click on its symbol', async () => {
    session = await openAtlas('#map=14.00/22.95376/109.76303');
    const { page } = session;
    await waitForMapIdle(page);
    const central = schools.find(
      (school) => school.township === '桥圩镇' && school.central && school.type === '小学',
    );
    expect(central).toBeDefined();
    if (!central) return;
    const point = await page.evaluate(({ lon, lat }) => window.atlasMap?.project(lon, lat), {
      lon: central.lon,
      lat: central.lat,
    });
    const box = await page.getByTestId('map').boundingBox();
    if (!point || !box) throw new Error('map not found');
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe(central.name);
  });

  it('reopens the same view from a copied link', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('filter-type-幼儿园').getByRole('checkbox').click();
    await page.getByTestId('search-input').fill('港南中学');
    await page.getByTestId('search-results').getByRole('button').first().click();
    const school = schools.find((item) => item.name === '港南中学');
    await page.waitForFunction(
      (target) => {
        const camera = window.atlasMap?.camera();
        return (
          !!camera && Math.abs(camera.lon - target.lon) < 0.001 && Math.abs(camera.lat - target.lat) < 0.001
        );
      },
      { lon: school?.lon ?? 0, lat: school?.lat ?? 0 },
      { timeout: 20_000 },
    );
    await waitForMapIdle(page);
    await page.waitForFunction(() => window.location.hash.includes('school='));
    const link = await page.evaluate(() => window.location.href);
    const before = await page.evaluate(() => window.atlasMap?.camera());
    await session.close();

    session = await openAtlas(new URL(link).hash);
    const reopened = session.page;
    await waitForMapIdle(reopened);
    const after = await reopened.evaluate(() => window.atlasMap?.camera());
    expect(after?.zoom).toBeCloseTo(before?.zoom ?? 0, 1);
    expect(after?.lon).toBeCloseTo(before?.lon ?? 0, 4);
    expect(await reopened.getByTestId('filter-type-幼儿园').getByRole('checkbox').isChecked()).toBe(false);
    expect(await reopened.getByTestId('detail-name').textContent()).toBe('港南中学');
  });

  it('shows only what stands today in 现状, and the plan year narrows 规划完成后', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('scenario-current').click();
    await waitForMapIdle(page);
    const standing = schools.filter(
      (school) => school.projectType !== '新建' || school.projectStatus === '竣工',
    );
    await expect
      .poll(() => settledSchoolCodes(page), { timeout: 20_000 })
      .toEqual([...new Set(standing.map((school) => school.code))].sort());
    expect(standing.length).toBeLessThan(schools.length);
    await screenshot(page, 'scenario-current');
    await page.getByTestId('scenario-planned').click();
    await page.getByTestId('scenario-year').selectOption('2018');
    await waitForMapIdle(page);
    const by2018 = schools.filter(
      (school) =>
        school.projectType !== '新建' ||
        (school.plannedYear === null ? school.projectStatus === '竣工' : school.plannedYear <= 2018),
    );
    await expect
      .poll(() => settledSchoolCodes(page), { timeout: 20_000 })
      .toEqual([...new Set(by2018.map((school) => school.code))].sort());
    expect(await page.evaluate(() => window.location.hash)).toContain('year=2018');
  });

  it('switches the interface to English and back', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('legend').getByRole('heading').textContent()).toBe('Legend');
    expect(await page.getByTestId('legend-type-小学').textContent()).toContain('Primary school');
    await screenshot(page, 'english');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('legend').getByRole('heading').textContent()).toBe('图例');
  });

  it('asks Tianditu for tiles only once a key is entered, and keeps working when it cannot be reached', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    expect(session.outsideRequests).toEqual([]);
    await page.getByTestId('open-settings').click();
    const dialog = page.getByTestId('settings-dialog');
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button', { name: '保存' }).click();
    // Without a key the dialog refuses and explains.
    expect(await dialog.getByRole('alert').textContent()).toContain('天地图密钥');
    await dialog.getByTestId('tianditu-key').fill('test-key');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => session?.outsideRequests.length ?? 0).toBeGreaterThan(0);
    expect(session.outsideRequests.every((url) => /^https:\/\/t[0-7]\.tianditu\.gov\.cn\//.test(url))).toBe(
      true,
    );
    expect(session.outsideRequests.some((url) => url.includes('tk=test-key'))).toBe(true);
    // The schools are still drawn above the (unreachable) basemap.
    await expect
      .poll(async () => (await renderedSchoolCodes(page)).length, { timeout: 20_000 })
      .toBe(schools.length);
  });
});
