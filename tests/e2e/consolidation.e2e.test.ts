/**
 * 撤并 on the sample data: a proposal closes teaching points within the coverage target, draws an
 * arrow from each to its receiving school with its table and quality, and can be undone and redone;
 * in Chinese and in English; the printed map sheet draws it, carries its quality line and explains
 * its symbols in the legend.
 */
import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../unit/print/documents/read-documents.ts';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';

let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('consolidation (撤并)', () => {
  it('proposes teaching points to close, draws the arrows, and takes them back on undo', async () => {
    session = await openAtlas('#view=planning&tab=consolidate&scenario=current&kind=primary');
    const { page } = session;
    await waitForMapIdle(page);
    const panel = page.getByTestId('consolidation-panel');
    await panel.waitFor();
    expect(await page.getByTestId('consolidate-type-教学点').isChecked()).toBe(true);
    // Seats aside (the next test keeps them): the sample is short of primary seats.
    await page.getByTestId('consolidate-keep-seats').uncheck();
    await page.getByTestId('consolidate-start').click();
    const result = page.getByTestId('consolidate-result');
    await result.waitFor({ timeout: 90_000 });
    const rows = page.getByTestId('consolidate-table').locator('tbody tr');
    const closed = await rows.count();
    expect(closed).toBeGreaterThan(0);
    expect(await page.getByTestId('consolidate-quality').textContent()).toMatch(
      /与最优解相差不超过|已证明为最优解/,
    );
    // Every township keeps what it must.
    expect(await page.getByTestId('consolidate-townships').locator('td.fail-mark').count()).toBe(0);
    await waitForMapIdle(page);
    const arrows = () => page.evaluate(() => window.atlasMap?.renderedCount('consolidation-arrow') ?? 0);
    await expect.poll(arrows, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(
      await page.evaluate(() => window.atlasMap?.renderedCount('consolidation-closed') ?? 0),
    ).toBeGreaterThan(0);
    // The proposal at the top of the panel, so the screenshot shows the quality line and the table.
    const showProposal = () =>
      page.getByTestId('consolidate-quality').evaluate((line) => line.scrollIntoView({ block: 'start' }));
    await showProposal();
    await screenshot(page, 'planning-consolidation');

    await page.getByTestId('language-switch').click();
    expect(await page.getByTestId('consolidate-quality').textContent()).toMatch(
      /best possible|Proven optimal/,
    );
    expect(await page.getByTestId('consolidate-table').locator('thead').textContent()).toContain(
      'Receiving school',
    );
    await showProposal();
    await screenshot(page, 'planning-consolidation-en');
    await page.getByTestId('language-switch').click();

    // The proposal is one undo step: undo takes the arrows and the table away, redo brings them back.
    await page.getByTestId('undo').click();
    await expect.poll(() => result.count()).toBe(0);
    await waitForMapIdle(page);
    await expect.poll(arrows).toBe(0);
    await page.getByTestId('redo').click();
    await result.waitFor();
    expect(await rows.count()).toBe(closed);
    await waitForMapIdle(page);
    await expect.poll(arrows).toBeGreaterThan(0);
    // The overview carries the proposal with the same quality line.
    const quality = (await page.getByTestId('consolidate-quality').textContent()) ?? '';
    await page.getByTestId('view-overview').click();
    const overviewLine = page.getByTestId('overview-consolidation-quality');
    await overviewLine.waitFor();
    expect(await overviewLine.textContent()).toContain(quality.trim());
    expect(await overviewLine.textContent()).toContain(String(closed));

    // The printed map sheet draws the arrows and carries the same quality line, as text in the PDF.
    await page.getByTestId('view-print').click();
    await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, { timeout: 90_000 });
    await page.getByTestId('print-format-pdf').click();
    await page.getByTestId('print-scope-page').click();
    await page.waitForSelector('[data-testid="print-scale-bar"][data-metres]', { timeout: 90_000 });
    // The legend explains the proposal's symbols, in either language.
    const legend = page.getByTestId('print-legend');
    expect(await legend.textContent()).toContain('选址与撤并');
    expect(await legend.textContent()).toContain('建议撤并的学校');
    expect(await legend.textContent()).toContain('撤并去向（指向接收学校）');
    await screenshot(page, 'print-consolidation');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => legend.textContent()).toContain('School proposed for closure');
    expect(await legend.textContent()).toContain('Arrow to the receiving school');
    await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, { timeout: 90_000 });
    await screenshot(page, 'print-consolidation-en');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => legend.textContent()).toContain('建议撤并的学校');
    await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, { timeout: 90_000 });
    const [file] = await Promise.all([
      page.waitForEvent('download', { timeout: 230_000 }) as Promise<Download>,
      page.getByTestId('print-export').click(),
    ]);
    const [sheet = ''] = await pdfPageTexts(new Uint8Array(readFileSync(await file.path())));
    const words = sheet.replace(/\s+/g, '');
    expect(words).toContain(`撤并方案：建议撤并${closed}所，${quality}`.replace(/\s+/g, ''));
    // The legend's rows are text in the PDF too.
    expect(words).toContain('选址与撤并');
    expect(words).toContain('建议撤并的学校');
    expect(words).toContain('撤并去向（指向接收学校）');
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  }, 420_000);

  it('keeps every child a seat by default: on the sample data no teaching point can close, and it says why', async () => {
    session = await openAtlas('#view=planning&tab=consolidate&scenario=current&kind=primary');
    const { page } = session;
    await page.getByTestId('consolidation-panel').waitFor();
    expect(await page.getByTestId('consolidate-keep-seats').isChecked()).toBe(true);
    await page.getByTestId('consolidate-start').click();
    await page.getByTestId('consolidate-result').waitFor({ timeout: 90_000 });
    expect(await page.getByTestId('consolidate-table').locator('tbody tr').count()).toBe(0);
    const seats = (await page.getByTestId('consolidate-seats').textContent()) ?? '';
    expect(seats).toMatch(
      /小学无学位的适龄儿童（2020 年）：撤并前 ([\d,]+) 人，撤并后 \1 人；各乡镇均不增加/,
    );
    expect(await page.getByTestId('consolidate-result').textContent()).toContain(
      '为保证每名学生在服务半径内有学位',
    );
    expect(await page.getByTestId('consolidate-townships').locator('thead').textContent()).toContain(
      '无学位儿童（前 → 后）',
    );
    await page.getByTestId('consolidate-seats').evaluate((line) => line.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'planning-consolidation-seats');
    await page.getByTestId('language-switch').click();
    expect(await page.getByTestId('consolidate-seats').textContent()).toContain('no township has more');
    await screenshot(page, 'planning-consolidation-seats-en');
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  }, 180_000);
});
