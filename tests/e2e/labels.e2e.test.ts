/**
 * Names stay readable: every township name and the district's name are drawn above the school
 * symbols and clear of every one of them — in the crowded towns (八塘街道, 桥圩镇) too — at the zoom
 * the map opens at on two screen sizes, on the overview and on the A4 print preview (the printed
 * page's scale), in Chinese and in English (symbols found by querying what is drawn inside each
 * name's box); and the overview opens on the whole district at 1920 × 1080 and 1280 × 800, even
 * after a school was chosen close up on the map.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { InspectorName } from '../../src/map/inspect.ts';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';

const TOWNSHIPS = [
  '江南街道',
  '八塘街道',
  '桥圩镇',
  '木格镇',
  '木梓镇',
  '湛江镇',
  '东津镇',
  '新塘镇',
  '瓦塘镇',
];

let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** The district's outer box, west, south, east, north. */
function districtBounds(): [number, number, number, number] {
  const district = JSON.parse(readFileSync('geodata/district.geojson', 'utf8'));
  const bounds: [number, number, number, number] = [180, 90, -180, -90];
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      const [lon, lat] = value as [number, number];
      bounds[0] = Math.min(bounds[0], lon);
      bounds[1] = Math.min(bounds[1], lat);
      bounds[2] = Math.max(bounds[2], lon);
      bounds[3] = Math.max(bounds[3], lat);
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  for (const feature of district.features) visit(feature.geometry.coordinates);
  return bounds;
}

/**
 * Each drawn label of a layer with the school symbols inside its box (less the label's padding),
 * and inside a box of the same size centred on its point — where the name would sit without the
 * anchors it chooses from.
 */
function symbolsUnderLabels(page: Page, layer: string, padding: number, map: InspectorName = 'atlasMap') {
  return page.evaluate(
    ({ layerId, inset, name }) => {
      const inspector = window[name];
      if (!inspector) return [];
      return inspector.labelBoxes(layerId, 'name').map(({ name, box, anchor }) => {
        const width = box[2] - box[0] - 2 * inset;
        const height = box[3] - box[1] - 2 * inset;
        const centred: [number, number, number, number] = [
          anchor[0] - width / 2,
          anchor[1] - height / 2,
          anchor[0] + width / 2,
          anchor[1] + height / 2,
        ];
        return {
          name,
          placed: inspector.featuresIn(
            [box[0] + inset, box[1] + inset, box[2] - inset, box[3] - inset],
            ['school-symbol'],
          ).length,
          box,
          zoom: inspector.camera().zoom,
          centred: inspector.featuresIn(centred, ['school-symbol']).length,
        };
      });
    },
    { layerId: layer, inset: padding + 1, name: map },
  );
}

/**
 * Every township name and the district's are drawn, above the school symbols, and none covers a
 * symbol: the township names stand at points chosen away from the schools (the crowded towns'
 * away from their seats, where a name centred on its point would cover several).
 */
async function expectLabelsClear(page: Page, map: InspectorName = 'atlasMap'): Promise<void> {
  const order = await page.evaluate((name) => window[name]?.layerOrder() ?? [], map);
  expect(order.indexOf('township-label')).toBeGreaterThan(order.indexOf('school-symbol'));
  expect(order.indexOf('district-label')).toBeGreaterThan(order.indexOf('school-symbol'));
  const townships = await symbolsUnderLabels(page, 'township-label', 3, map);
  const district = await symbolsUnderLabels(page, 'district-label', 4, map);
  expect(townships.map((label) => label.name).sort()).toEqual([...TOWNSHIPS].sort());
  expect(district.map((label) => label.name)).toEqual(['港南区']);
  expect([...townships, ...district].filter((label) => label.placed > 0)).toEqual([]);
}

/** Whether the district's box lies inside the map's area on screen. */
async function districtInView(page: Page): Promise<boolean> {
  const [west, south, east, north] = districtBounds();
  const corners = await page.evaluate(
    (box) => [window.atlasMap?.project(box.west, box.north), window.atlasMap?.project(box.east, box.south)],
    { west, south, east, north },
  );
  const map = await page.getByTestId('map').boundingBox();
  if (!map) return false;
  const [topLeft, bottomRight] = corners;
  return (
    !!topLeft &&
    !!bottomRight &&
    topLeft.x >= -1 &&
    topLeft.y >= -1 &&
    bottomRight.x <= map.width + 1 &&
    bottomRight.y <= map.height + 1
  );
}

describe('labels and the district in view', () => {
  it.each([
    [{ width: 1440, height: 900 }, '', 'map-labels-1440'],
    [{ width: 1280, height: 800 }, '', 'map-labels-1280'],
    [{ width: 1440, height: 900 }, '#lang=en', 'map-labels-1440-en'],
  ])(
    'draws township and district names above the symbols, clear of every one, at %o %s',
    async (viewport, hash, shot) => {
      session = await openAtlas(hash, viewport);
      await waitForMapIdle(session.page);
      await screenshot(session.page, shot);
      await expectLabelsClear(session.page);
    },
  );

  it.each([
    ['', 'print-labels-a4'],
    ['&lang=en', 'print-labels-a4-en'],
  ])('keeps every name clear of the symbols on the A4 print preview %s', async (hash, shot) => {
    session = await openAtlas(`#view=print&scenario=current${hash}`);
    const { page } = session;
    await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, { timeout: 60_000 });
    await page.waitForSelector('[data-testid="print-scale-bar"][data-metres]', { timeout: 60_000 });
    await page.waitForFunction(() => window.atlasPreviewMap?.isIdle() === true, undefined, {
      timeout: 60_000,
    });
    await screenshot(page, shot);
    await expectLabelsClear(page, 'atlasPreviewMap');
    expect(session.pageErrors).toEqual([]);
  });

  it.each([
    [{ width: 1920, height: 1080 }, 'overview-fit-1920'],
    [{ width: 1280, height: 800 }, 'overview-fit-1280'],
  ])(
    'opens the overview on the whole district at %o after a school was chosen close up',
    async (viewport, shot) => {
      session = await openAtlas('', viewport);
      const { page } = session;
      await waitForMapIdle(page);
      await page.getByTestId('search-input').fill('2145080298');
      await page
        .getByTestId('search-results')
        .getByRole('button', { name: /^瓦塘镇中心小学/ })
        .click();
      await expect.poll(() => districtInView(page), { timeout: 20_000 }).toBe(false);
      await page.getByTestId('view-overview').click();
      await page.waitForSelector('[data-testid="township-grid"] tbody tr');
      await expect.poll(() => districtInView(page), { timeout: 20_000 }).toBe(true);
      await waitForMapIdle(page);
      await expectLabelsClear(page);
      // The plan's requirements come first, the tool's coverage indicators apart after them.
      const kinds = await page
        .locator('[data-testid="township-grid"] thead th[data-kind]')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-kind')));
      expect(kinds.indexOf('indicator')).toBeGreaterThan(0);
      expect(kinds.slice(kinds.indexOf('indicator')).every((kind) => kind === 'indicator')).toBe(true);
      expect(await page.getByTestId('grid-indicator-group').textContent()).toContain('90');
      await screenshot(page, shot);
      expect(session.pageErrors).toEqual([]);
    },
  );
});
