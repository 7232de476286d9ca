/**
 * The first load: a Chinese session draws its map without downloading the English catalogue or
 * the readers of imported files (both chunks of their own: English is fetched once the first map
 * is drawn, the readers with the import dialog), nor the screens, dialogs and workers the first
 * screen does not show (the analysis and the seats start once the plain map is drawn); MapLibre
 * is a chunk the page does not name, asked for by the entry. The language switch then turns the
 * whole interface English. The map's first frame is the whole first view (its drawing is held
 * until every tile is in).
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { drawFramesBeforeFirstMap, drawFramesInitScript } from './draw-frames.ts';
import { type AtlasSession, openAtlas, screenshot, waitForMapIdle } from './driver.ts';
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

/** File names of the scripts the page has asked for so far; only those asked for before the first map was drawn with `beforeFirstMap`. */
function loadedScripts(page: Page, beforeFirstMap = false): Promise<string[]> {
  return page.evaluate(
    ([onlyBefore, mark]) => {
      const drawn = performance.getEntriesByName(mark)[0]?.startTime ?? Number.POSITIVE_INFINITY;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => !onlyBefore || entry.startTime < drawn)
        .map((entry) => entry.name.split('/').pop() ?? '')
        .filter((name) => name.endsWith('.js'));
    },
    [beforeFirstMap, 'atlas:first-map-idle'] as const,
  );
}

describe('first load', () => {
  it('leaves English and the file readers out of a Chinese session until its first map is drawn, and the switch turns it English', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    const atStart = await loadedScripts(page, true);
    expect(atStart.some((name) => name.startsWith('index-'))).toBe(true);
    // The English catalogue's chunks are texts-en-…-<hash>.js, the texts of the screens loaded on
    // demand texts-zh-CN-on-demand-<hash>.js; the readers come with the import dialog.
    expect(atStart.filter((name) => /^texts-(en|zh-CN-on-demand)-/.test(name))).toEqual([]);
    expect(atStart.filter((name) => /^(read-import-file|ImportDialog)-/.test(name))).toEqual([]);
    // Nor the other screens, the dialogs behind a click, or the analysis and seats workers.
    const deferred =
      /^(AnalysisPanel|TownshipTable|SeatsPanel|SeatTable|PlanningPanel|CandidateTable|OverviewPanel|PrintView|ExportDialog|analysis\.worker|seats\.worker)-/;
    expect(atStart.filter((name) => deferred.test(name))).toEqual([]);
    // The data set's river needs none of the barrier file reader (Shapefile, zip): not loaded.
    expect(atStart.filter((name) => /^(read-barrier-file|unzip-entries)-/.test(name))).toEqual([]);
    // MapLibre: its own chunk, loaded for the first map but not named by the page (start JS).
    expect(atStart.filter((name) => /^maplibre-gl-[\w-]{8}\.js$/.test(name))).toHaveLength(1);
    // Asked for first thing, before the app's modules run: its request starts before the data set's.
    const requestedAt = (chunk: RegExp) =>
      page.evaluate(
        (source) =>
          performance
            .getEntriesByType('resource')
            .find((entry) => new RegExp(source).test(entry.name.split('/').pop() ?? ''))?.startTime ??
          Number.NaN,
        chunk.source,
      );
    expect(await requestedAt(/^maplibre-gl-/)).toBeLessThan(await requestedAt(/^default-dataset-/));
    const pageHtml = await page.evaluate(async () => (await fetch(window.location.href)).text());
    expect(pageHtml).toContain('assets/index-');
    expect(pageHtml).not.toContain('maplibre-gl');
    // Once the map is drawn, the analysis follows.
    await expect
      .poll(() => loadedScripts(page), { timeout: 30_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^analysis\.worker-/)]));
    await expect.poll(() => page.getByTestId('language-switch').textContent()).toBe('EN');

    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('language-switch').textContent()).toBe('中文');
    await expect.poll(() => page.locator('body').textContent()).toContain('School Layout Atlas');
    const afterSwitch = await loadedScripts(page);
    expect(afterSwitch.filter((name) => /^texts-en-start-[\w-]{8}\.js$/.test(name))).toHaveLength(1);
    await screenshot(page, 'first-load-english');
  });

  it('draws the first view in one complete frame, not tile by tile', async () => {
    session = await openAtlas();
    const { page, context } = session;
    // Records, per animation frame, the WebGL draw calls made in it (from the page's first script).
    await context.addInitScript(drawFramesInitScript());
    await page.reload();
    await waitForMapIdle(page);
    const frames = (await page.evaluate(drawFramesBeforeFirstMap)).map((frame) => frame.draws);
    // MapLibre alone draws 5–8 frames before its first idle (the background, then each batch of
    // tiles): held until the view is complete, the first frame is already the whole map.
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.length).toBeLessThanOrEqual(2);
    expect(new Set(frames).size).toBe(1);
    expect(await page.evaluate(() => window.atlasMap?.renderedSchoolCodes().length ?? 0)).toBe(
      sampleSchools().length,
    );
    await screenshot(page, 'first-load-first-frame');
  });
});
