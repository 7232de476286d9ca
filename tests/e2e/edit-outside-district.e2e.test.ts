/**
 * Edit mode warns, as the importer does, when a school is placed outside the district — clicked,
 * typed or dragged there — with the distance outside, and places it there only when confirmed.
 */
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { DistrictCollection } from '../../src/domain/township.ts';
import { translateMessage } from '../../src/i18n/index.ts';
import { outsideDistanceMessage } from '../../src/io/measure-distance-outside.ts';
import { measureOutsideDistrict } from '../../src/store/outside-district.ts';
import { type AtlasSession, mapPagePoint, openAtlas, screenshot, waitForMapIdle } from './driver.ts';
import { sampleSchools } from './sample-roster.ts';

const schools = sampleSchools();
const district = JSON.parse(readFileSync('geodata/district.geojson', 'utf8')) as DistrictCollection;
const outline = (() => {
  const first = district.features[0];
  if (!first) throw new Error('district outline missing');
  return first;
})();

let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Whether no sample school but `except` lies within 300 m of a point. */
function clearAround(lon: number, lat: number, except?: string): boolean {
  return schools.every(
    (other) => other.code === except || Math.hypot((other.lon - lon) * 102, (other.lat - lat) * 111) > 0.3,
  );
}

/**
 * A school 300 m to 1.5 km inside the district's edge with no other school within 300 m (so a
 * drag picks it up), a free spot outside the district near by, and the view that shows both near
 * its middle (clear of the legend and the panels).
 */
function schoolNearTheEdge() {
  for (const school of schools) {
    const position: [number, number] = [school.lon, school.lat];
    if (!booleanPointInPolygon(position, outline) || !clearAround(school.lon, school.lat, school.code))
      continue;
    const inside = -pointToPolygonDistance(position, outline, { units: 'kilometers' });
    if (inside < 0.3 || inside > 1.5) continue;
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const radians = (bearing * Math.PI) / 180;
      const reach = inside + 0.4;
      const spot = {
        lon: school.lon + (reach * Math.sin(radians)) / 102,
        lat: school.lat + (reach * Math.cos(radians)) / 111,
      };
      if (measureOutsideDistrict(district, spot.lon, spot.lat) > 0.15 && clearAround(spot.lon, spot.lat)) {
        const view = `#map=14.00/${((school.lat + spot.lat) / 2).toFixed(5)}/${((school.lon + spot.lon) / 2).toFixed(5)}`;
        return { school, spot, view };
      }
    }
  }
  throw new Error('no school near the edge with a free spot outside');
}

/** The distance outside as the app writes it, for the form's coordinates. */
function expectedDistance(lon: number, lat: number, language: 'zh-CN' | 'en' = 'zh-CN'): string {
  return translateMessage(language, outsideDistanceMessage(measureOutsideDistrict(district, lon, lat)));
}

async function legendTotal(page: Page): Promise<string | null> {
  return page.getByTestId('legend-total').textContent();
}

describe('placing a school outside the district in edit mode', () => {
  const { school, spot, view } = schoolNearTheEdge();

  it('warns in the form of a clicked point, and saves only once the user confirms', async () => {
    session = await openAtlas(view);
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('edit-mode').click();
    const point = await mapPagePoint(page, spot.lon, spot.lat);
    await page.mouse.click(point.x, point.y);
    const form = page.getByTestId('school-form');
    await expect.poll(() => form.isVisible(), { timeout: 10_000 }).toBe(true);
    const lon = Number(await form.locator('#school-field-经度').inputValue());
    const lat = Number(await form.locator('#school-field-纬度').inputValue());
    const warning = form.getByTestId('form-outside-district');
    await expect.poll(() => warning.textContent()).toContain(`位于区界外 ${expectedDistance(lon, lat)}`);
    await form.locator('#school-field-学校名称').fill('区界外新建小学');
    await page.getByTestId('school-form-save').click();
    expect(await warning.textContent()).toContain('请先核对位置');
    expect(await legendTotal(page)).toBe(`显示 ${schools.length} / 共 ${schools.length} 所`);
    await screenshot(page, 'edit-outside-district-form');

    await form.getByTestId('form-outside-confirm').check();
    await page.getByTestId('school-form-save').click();
    await expect
      .poll(() => page.getByTestId('detail-name').textContent(), { timeout: 10_000 })
      .toBe('区界外新建小学');
    expect(await legendTotal(page)).toBe(`显示 ${schools.length + 1} / 共 ${schools.length + 1} 所`);
  });

  it('warns when typed coordinates leave the district, and asks again for another point', async () => {
    // Twice as far from the school, further outside.
    const further = { lon: 2 * spot.lon - school.lon, lat: 2 * spot.lat - school.lat };
    expect(measureOutsideDistrict(district, further.lon, further.lat)).toBeGreaterThan(0);
    session = await openAtlas(`#school=${encodeURIComponent(school.code)}&lang=en`);
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('edit-school').click();
    const form = page.getByTestId('school-form');
    // The school's own point, inside: no warning.
    expect(await form.getByTestId('form-outside-district').count()).toBe(0);
    await form.locator('#school-field-经度').fill(spot.lon.toFixed(6));
    await form.locator('#school-field-纬度').fill(spot.lat.toFixed(6));
    const warning = form.getByTestId('form-outside-district');
    await expect
      .poll(() => warning.textContent())
      .toContain(
        `${expectedDistance(Number(spot.lon.toFixed(6)), Number(spot.lat.toFixed(6)), 'en')} outside`,
      );
    await form.getByTestId('form-outside-confirm').check();
    // Another point outside: the confirmation was for the first one.
    await form.locator('#school-field-经度').fill(further.lon.toFixed(6));
    await form.locator('#school-field-纬度').fill(further.lat.toFixed(6));
    expect(await form.getByTestId('form-outside-confirm').isChecked()).toBe(false);
    await screenshot(page, 'edit-outside-district-typed-en');
    await page.getByTestId('school-form-save').click();
    expect(await form.isVisible()).toBe(true);
    await form.getByTestId('form-outside-confirm').check();
    await page.getByTestId('school-form-save').click();
    await expect.poll(() => form.isVisible()).toBe(false);
    expect(await page.getByTestId('detail-attributes').textContent()).toContain(further.lon.toFixed(6));
  });

  it('asks before moving a dragged school outside, puts it back on cancel, moves it on confirmation', async () => {
    session = await openAtlas(view);
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('edit-mode').click();
    const drag = async () => {
      const from = await mapPagePoint(page, school.lon, school.lat);
      const to = await mapPagePoint(page, spot.lon, spot.lat);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let step = 1; step <= 12; step++) {
        await page.mouse.move(from.x + ((to.x - from.x) * step) / 12, from.y + ((to.y - from.y) * step) / 12);
      }
      await page.mouse.up();
    };
    const attributes = page.getByTestId('detail-attributes');
    const dialog = page.getByTestId('move-confirmation');

    await drag();
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
    const text = (await page.getByTestId('move-confirmation-text').textContent()) ?? '';
    expect(text).toContain(school.name);
    expect(text).toMatch(/位于区界外 \d+(\.\d)? (米|公里)/);
    await screenshot(page, 'edit-outside-district-drag');
    await page.getByTestId('move-cancel').click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => attributes.textContent()).toContain(school.lon.toFixed(6));
    // Cancelling left nothing to undo.
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);

    await drag();
    await expect.poll(() => dialog.isVisible(), { timeout: 10_000 }).toBe(true);
    await page.getByTestId('move-confirm').click();
    await expect.poll(() => attributes.textContent()).not.toContain(school.lon.toFixed(6));
    const movedLon = Number(/经度([\d.]+)/.exec((await attributes.textContent()) ?? '')?.[1]);
    expect(movedLon).toBeCloseTo(spot.lon, 2);
    await page.getByTestId('undo').click();
    await expect.poll(() => attributes.textContent()).toContain(school.lon.toFixed(6));
    expect(session.pageErrors).toEqual([]);
  });
});
