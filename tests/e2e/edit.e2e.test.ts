import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type AtlasSession,
  clickMapAt,
  openAtlas,
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

/** An empty spot in 木格镇 (no sample school within ~400 m), found from the roster. */
function emptySpot(): { lon: number; lat: number } {
  for (let step = 0; step < 400; step++) {
    const lon = 109.7 + (step % 20) * 0.004;
    const lat = 22.82 + Math.floor(step / 20) * 0.004;
    const clear = schools.every((school) => Math.hypot(school.lon - lon, school.lat - lat) > 0.004);
    if (clear) return { lon, lat };
  }
  throw new Error('no empty spot');
}

async function legendTotal(page: Page): Promise<string | null> {
  return page.getByTestId('legend-total').textContent();
}

describe('editing the roster', () => {
  it('adds a school where the map is clicked, checks the form, and undoes and redoes it', async () => {
    session = await openAtlas('#map=13.00/22.84417/109.72192');
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('edit-mode').click();
    const spot = emptySpot();
    await clickMapAt(page, spot.lon, spot.lat);
    const form = page.getByTestId('school-form');
    await expect.poll(() => form.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await form.locator('#school-field-所属乡镇').inputValue()).toBe('木格镇');
    // Saving without a name is refused with the importer's message.
    await page.getByTestId('school-form-save').click();
    expect(await form.textContent()).toContain('不能为空');
    await form.locator('#school-field-学校名称').fill('木格镇新建寄宿制小学');
    await form.locator('#school-field-在校生数').fill('很多');
    expect(await form.textContent()).toContain('不是非负数');
    await form.locator('#school-field-在校生数').fill('');
    await page.getByTestId('school-form-save').click();
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe('木格镇新建寄宿制小学');
    await waitForMapIdle(page);
    await expect.poll(() => settledSchoolCodes(page), { timeout: 20_000 }).toContain('XZ001');
    expect(await legendTotal(page)).toBe(`显示 ${schools.length + 1} / 共 ${schools.length + 1} 所`);
    await screenshot(page, 'edit-added-school');

    await page.getByTestId('undo').click();
    await expect.poll(() => legendTotal(page)).toBe(`显示 ${schools.length} / 共 ${schools.length} 所`);
    await waitForMapIdle(page);
    await expect.poll(() => settledSchoolCodes(page), { timeout: 20_000 }).not.toContain('XZ001');
    await page.keyboard.press('Control+y');
    await expect
      .poll(() => legendTotal(page))
      .toBe(`显示 ${schools.length + 1} / 共 ${schools.length + 1} 所`);
    expect(session.outsideRequests).toEqual([]);
  });

  it('edits a school in the form and refuses a code that another school has', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    const [first, second] = schools;
    if (!first || !second) throw new Error('sample roster too small');
    await page.getByTestId('search-input').fill(first.name);
    await page.getByTestId('search-results').getByRole('button').first().click();
    await page.getByTestId('edit-school').click();
    const form = page.getByTestId('school-form');
    await form.locator('#school-field-学校代码').fill(second.code);
    expect(await form.textContent()).toContain(`代码 ${second.code} 已被其他学校使用`);
    await form.locator('#school-field-学校代码').fill(first.code);
    await form.locator('#school-field-学校名称').fill(`${first.name}（改名）`);
    await page.getByTestId('school-form-save').click();
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe(`${first.name}（改名）`);
    await page.getByTestId('delete-school').click();
    await expect
      .poll(() => legendTotal(page))
      .toBe(`显示 ${schools.length - 1} / 共 ${schools.length - 1} 所`);
    await page.getByTestId('undo').click();
    await expect.poll(() => legendTotal(page)).toBe(`显示 ${schools.length} / 共 ${schools.length} 所`);
  });

  it('moves a school by dragging it in edit mode, as one undo step', async () => {
    const school = schools.find((item) => item.name === '港南中学');
    if (!school) throw new Error('港南中学 missing');
    session = await openAtlas(`#map=15.00/${school.lat}/${school.lon}`);
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('edit-mode').click();
    const box = await page.getByTestId('map').boundingBox();
    const start = await page.evaluate(({ lon, lat }) => window.atlasMap?.project(lon, lat), school);
    if (!box || !start) throw new Error('map not found');
    await page.mouse.move(box.x + start.x, box.y + start.y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++)
      await page.mouse.move(box.x + start.x + step * 8, box.y + start.y + step * 4);
    await page.mouse.up();
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe('港南中学');
    const attributes = page.getByTestId('detail-attributes');
    const movedText = await attributes.textContent();
    expect(movedText).not.toContain(school.lon.toFixed(6));
    await page.getByTestId('undo').click();
    await expect.poll(() => attributes.textContent()).toContain(school.lon.toFixed(6));
  });

  it('keeps the work across a reload, and warns instead of overwriting another tab', async () => {
    session = await openAtlas();
    const { page, context } = session;
    await waitForMapIdle(page);
    const [first] = schools;
    if (!first) throw new Error('sample roster too small');
    await page.getByTestId('search-input').fill(first.name);
    await page.getByTestId('search-results').getByRole('button').first().click();
    await page.getByTestId('delete-school').click();
    // A save waits 400 ms for more changes, then writes: on a loaded machine well over a second.
    await expect
      .poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 })
      .toContain('已自动保存');

    await page.reload();
    await waitForMapIdle(page);
    expect(await legendTotal(page)).toBe(`显示 ${schools.length - 1} / 共 ${schools.length - 1} 所`);
    expect(await page.getByTestId('save-status').textContent()).toContain('已恢复本浏览器中保存的工作');

    // A second tab edits and saves; the first, editing afterwards, must not overwrite it.
    const other = await context.newPage();
    await other.goto(page.url());
    await waitForMapIdle(other);
    await other.getByTestId('undo').isDisabled();
    await other.getByTestId('reset-data').click();
    await expect
      .poll(() => other.getByTestId('save-status').textContent(), { timeout: 10_000 })
      .toContain('已自动保存');
    await expect.poll(() => page.getByTestId('save-conflict').isVisible(), { timeout: 10_000 }).toBe(true);
    await screenshot(page, 'edit-two-tabs-conflict');
    await page.getByTestId('save-conflict').getByRole('button', { name: '载入另一标签页的数据' }).click();
    await expect.poll(() => legendTotal(page)).toBe(`显示 ${schools.length} / 共 ${schools.length} 所`);
    await other.close();
  });
});
