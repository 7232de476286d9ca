/**
 * Edits reach the analysis through the worker's session (the population kept, each kind's
 * nearest-school search updated for the schools an edit removed or added, figures made again for
 * a new radius): after schools deleted, one of them restored by undo, and a radius changed, every
 * figure of the township table — rules with their actual values, coverage and median distance of
 * every kind, the district row — equals what a reload of the same saved work computes from scratch.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';
import { sampleSchools } from './sample-roster.ts';

const schools = sampleSchools();
const KINDS = ['kindergarten', 'primary', 'middle', 'high', 'special'];
let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Waits until the analysis has answered the latest change. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="township-table"][data-status="ready"] tbody tr');
}

/** Every figure the table shows, kind by kind. */
async function tableFigures(page: Page): Promise<Record<string, string>> {
  const figures: Record<string, string> = {};
  for (const kind of KINDS) {
    await page.getByTestId('analysis-kind').selectOption(kind);
    await settled(page);
    figures[kind] = ((await page.locator('.township-table').textContent()) ?? '').trim();
  }
  return figures;
}

async function deleteSchool(page: Page, name: string): Promise<void> {
  await page.getByTestId('search-input').fill(name);
  await page.getByTestId('search-results').getByRole('button').first().click();
  await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe(name);
  await page.getByTestId('delete-school').click();
}

describe('an edit through the incremental analysis', () => {
  it('gives the same figures as a fresh analysis of the same data after a reload', async () => {
    session = await openAtlas('#view=analysis&scenario=current');
    const { page } = session;
    await settled(page);
    await waitForMapIdle(page);
    const before = await tableFigures(page);

    // Two existing primary schools of the sample roster deleted, the second brought back by undo.
    const primaries = schools.filter((school) => school.type === '小学' && school.projectType === '');
    const [first, second] = primaries;
    if (!first || !second) throw new Error('sample roster too small');
    await deleteSchool(page, first.name);
    await settled(page);
    await deleteSchool(page, second.name);
    await settled(page);
    await page.getByTestId('undo').click();
    await settled(page);
    const rural = page.getByTestId('radius-primary-rural');
    await rural.fill('3000');
    await rural.press('Enter');
    await settled(page);
    const edited = await tableFigures(page);
    // The edits changed what the table says (else the comparison below would prove nothing).
    expect(edited.primary).not.toBe(before.primary);
    await screenshot(page, 'analysis-after-edits');

    await expect
      .poll(() => page.getByTestId('save-status').textContent(), { timeout: 20_000 })
      .toContain('已自动保存');
    await page.reload();
    await settled(page);
    expect(await page.getByTestId('save-status').textContent()).toContain('已恢复本浏览器中保存的工作');
    expect(await tableFigures(page)).toEqual(edited);
    expect(session.outsideRequests).toEqual([]);
  });
});
