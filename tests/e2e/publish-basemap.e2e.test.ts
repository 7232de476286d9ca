/**
 * A basemap file travels with a publication: opened in the app, named by the publish screen,
 * packed into the ZIP beside the published `atlas.config.json`, and — unzipped onto a plain
 * static server — the published atlas opens with it drawn under the schools and credited, as
 * are the reference layers. The basemap is the tests' own tiny archive (not real roads).
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAtlasConfig } from '../../src/io/read-atlas-config.ts';
import { unzipEntries } from '../../src/io/unzip-entries.ts';
import { TINY_BASEMAP_ATTRIBUTION, tinyBasemap } from '../fixtures-basemap/tiny-basemap.ts';
import { type AtlasSession, E2E_PORT, openAtlas, screenshot, waitForMapIdle } from './driver.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

/** The unzipped publication's server: this run's e2e port + 102. */
const PORT = E2E_PORT + 102;

const sessions: AtlasSession[] = [];
let site: StaticServer | undefined;

afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
  await site?.close();
  site = undefined;
});

function roadsDrawn(session: AtlasSession): Promise<number> {
  return session.page.evaluate(() =>
    ['basemap-roads_major-0', 'basemap-roads_minor-0', 'basemap-roads_highway-0']
      .map((id) => window.atlasMap?.renderedCount(id) ?? 0)
      .reduce((sum, count) => sum + count, 0),
  );
}

describe('a published basemap file', () => {
  it('is packed with the publication and shown when the publication opens', async () => {
    const publisher = await openAtlas();
    sessions.push(publisher);
    const { page } = publisher;
    await waitForMapIdle(page);
    await page.getByTestId('open-export').click();
    await page.getByTestId('open-publish').click();
    await expect
      .poll(() => page.getByTestId('publish-basemap-note').textContent())
      .toMatch(/^未打开底图文件，发布版不带离线底图/);
    await page.keyboard.press('Escape');
    await page.getByTestId('basemap-file-input').setInputFiles({
      name: '港南区测试底图.pmtiles',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(tinyBasemap()),
    });
    await expect.poll(() => roadsDrawn(publisher), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.getByTestId('open-export').click();
    await page.getByTestId('open-publish').click();
    await expect
      .poll(() => page.getByTestId('publish-basemap-note').textContent())
      .toContain('底图文件 港南区测试底图.pmtiles');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByTestId('publish-zip').click(),
    ]);
    await expect.poll(() => page.getByTestId('publish-outcome').textContent()).toContain('已生成');
    await screenshot(page, 'publish-basemap-dialog');
    const entries = await unzipEntries(new Uint8Array(await readFile((await download.path()) ?? '')));
    expect(entries.get('basemap.pmtiles')).toEqual(new Uint8Array(tinyBasemap()));
    const config = readAtlasConfig(new TextDecoder().decode(entries.get('atlas.config.json')), 'http://x/');
    expect(config.messages).toEqual([]);
    expect(config.config.basemaps.at(-1)?.attribution).toBe(TINY_BASEMAP_ATTRIBUTION);

    const folder = mkdtempSync(join(tmpdir(), 'atlas-published-basemap-'));
    for (const [path, bytes] of entries) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      await writeFile(join(folder, path), bytes);
    }
    site = await serveStatic(folder, PORT, {});
    const reader = await openAtlas('', undefined, site.url);
    sessions.push(reader);
    await waitForMapIdle(reader.page);
    await expect.poll(() => roadsDrawn(reader), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await reader.page.getByTestId('legend-basemap').textContent()).toContain(TINY_BASEMAP_ATTRIBUTION);
    // The archive was read in ranges from the server, not whole.
    expect(
      site.requests.some((request) => request.path === '/basemap.pmtiles' && request.status === 206),
    ).toBe(true);
    expect(await reader.page.getByTestId('legend-reference').textContent()).toContain('郁江');
    await screenshot(reader.page, 'publish-basemap-opened');
    expect(reader.outsideRequests).toEqual([]);
    expect(reader.pageErrors).toEqual([]);
    expect(publisher.pageErrors).toEqual([]);
  });
});
