/**
 * The app as the bureau's IT colleague deploys it (docs/DEPLOY.md): `dist/` on a plain static web
 * server — no vite, no fallback page — with `atlas.config.json` beside it naming the tile services
 * of the bureau's network: an XYZ service and a PMTiles file read in byte ranges, both from the
 * server's own origin, and one service on a host the page's security policy does not list.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { tilePng } from '../fixtures-basemap/tile-png.ts';
import { TINY_BASEMAP_ATTRIBUTION, tinyBasemap } from '../fixtures-basemap/tiny-basemap.ts';
import { type AtlasSession, E2E_PORT, openAtlas, screenshot, waitForMapIdle } from './driver.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

/** The static server's port and an unlisted "intranet" host's, in this checkout's range. */
const SITE_PORT = E2E_PORT + 103;
const UNLISTED_PORT = E2E_PORT + 104;

const CONFIG = {
  version: 1,
  $comment: '测试用部署配置：瓦片与底图文件均为测试数据',
  defaultBasemap: 'land-office',
  basemaps: [
    {
      id: 'land-office',
      name: '自然资源局瓦片（测试）',
      attribution: '港南区自然资源局（测试瓦片）',
      dataDate: '2025-06',
      layers: [{ type: 'xyz', url: 'tiles/{z}/{x}/{y}.png', maxzoom: 18 }],
    },
    {
      id: 'county-vector',
      name: '县域矢量底图（测试）',
      attribution: TINY_BASEMAP_ATTRIBUTION,
      layers: [{ type: 'pmtiles', url: 'basemaps/gangnan.pmtiles' }],
    },
    {
      id: 'unlisted',
      name: '未列入安全策略的服务（测试）',
      attribution: '测试',
      layers: [
        {
          type: 'wmts',
          url: `http://127.0.0.1:${UNLISTED_PORT}/wmts?TILEMATRIX={TileMatrix}&TILEROW={TileRow}&TILECOL={TileCol}`,
        },
      ],
    },
  ],
};

let site: StaticServer;

/**
 * The page's errors, but for the browser's own line about a 404 when the only 404 the server
 * gave is the publication manifest: an app deployed without a publication asks for it at start
 * and runs on without it, as it should.
 */
function errorsBesidesNoPublication(errors: readonly string[]): string[] {
  const missing = site.requests.filter((request) => request.status === 404).map((request) => request.path);
  const onlyManifest = missing.every((path) => path.endsWith('/data/atlas-data.json'));
  return errors.filter((error) => !(onlyManifest && /status of 404/.test(error)));
}
let unlisted: StaticServer;
let session: AtlasSession | undefined;
const files: Record<string, Uint8Array | string> = {};

beforeAll(async () => {
  const tile = tilePng();
  site = await serveStatic(process.env.E2E_DIST ?? 'dist', SITE_PORT, files, (path) =>
    /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(path) ? tile : null,
  );
  unlisted = await serveStatic('tests/e2e/fixtures', UNLISTED_PORT, {}, () => tile);
});

afterAll(async () => {
  await site?.close();
  await unlisted?.close();
});

afterEach(async () => {
  await session?.close();
  session = undefined;
});

function roadsDrawn(session: AtlasSession): Promise<number> {
  return session.page.evaluate(() =>
    ['basemap-roads_major-0', 'basemap-roads_minor-0', 'basemap-roads_highway-0']
      .map((id) => window.atlasMap?.renderedCount(id) ?? 0)
      .reduce((sum, count) => sum + count, 0),
  );
}

describe('deployed on a plain static server', () => {
  it('draws the tile services of atlas.config.json, credits them, and says when the policy refuses one', async () => {
    files['/atlas.config.json'] = JSON.stringify(CONFIG, null, 2);
    files['/basemaps/gangnan.pmtiles'] = tinyBasemap();
    site.requests.length = 0;
    session = await openAtlas('', undefined, site.url);
    const { page } = session;
    await waitForMapIdle(page);
    // The configured default is chosen, and its tiles come from the server beside the app.
    await expect
      .poll(() => page.getByTestId('basemap-service-land-office').getByRole('radio').isChecked(), {
        timeout: 20_000,
      })
      .toBe(true);
    await expect
      .poll(() => site.requests.filter((request) => request.path.startsWith('/tiles/')).length, {
        timeout: 20_000,
      })
      .toBeGreaterThan(0);
    await waitForMapIdle(page);
    expect(site.requests.find((request) => request.path === '/atlas.config.json')?.status).toBe(200);
    expect(await page.getByTestId('basemap-credit').textContent()).toBe(
      '版权：港南区自然资源局（测试瓦片） · 数据日期：2025-06',
    );
    expect(await page.getByTestId('legend-basemap').textContent()).toContain('港南区自然资源局（测试瓦片）');
    expect(await page.getByTestId('basemap-message').count()).toBe(0);
    await screenshot(page, 'deploy-tile-service');

    // The PMTiles file beside the app, read in byte ranges as nginx and IIS answer them.
    await page.getByTestId('basemap-service-county-vector').getByRole('radio').check();
    await waitForMapIdle(page);
    await expect.poll(() => roadsDrawn(session as AtlasSession), { timeout: 20_000 }).toBeGreaterThan(0);
    const archive = site.requests.filter((request) => request.path === '/basemaps/gangnan.pmtiles');
    expect(archive.length).toBeGreaterThan(1);
    expect(archive.every((request) => request.status === 206 && request.range !== null)).toBe(true);
    await screenshot(page, 'deploy-pmtiles-service');
    expect(errorsBesidesNoPublication(session.pageErrors)).toEqual([]);

    // A host the page's policy does not list: the browser refuses it, and the panel says so.
    await page.getByTestId('basemap-service-unlisted').getByRole('radio').check();
    await expect
      .poll(() => page.getByTestId('basemap-message').allTextContents(), { timeout: 20_000 })
      .toContain(
        `底图服务“未列入安全策略的服务（测试）”所在的 http://127.0.0.1:${UNLISTED_PORT} 未列入本网站的内容安全策略，浏览器拒绝加载其瓦片；请信息管理人员按部署说明（docs/DEPLOY.md）将该地址加入安全策略后重新构建`,
      );
    expect(unlisted.requests).toEqual([]);
    expect(session.outsideRequests).toEqual([]);
  });

  it('runs with the defaults when the config is unreadable, saying what is wrong with it', async () => {
    files['/atlas.config.json'] = '{"version": 1, "basemaps": [ {"id": "x", "layers": [] ';
    session = await openAtlas('', undefined, site.url);
    const { page } = session;
    await waitForMapIdle(page);
    await expect
      .poll(() => page.getByTestId('basemap-message').textContent(), { timeout: 20_000 })
      .toContain('atlas.config.json');
    expect(await page.getByTestId('basemap-none').getByRole('radio').isChecked()).toBe(true);
    expect(await page.evaluate(() => window.atlasMap?.renderedCount('school-symbol') ?? 0)).toBeGreaterThan(
      100,
    );
    expect(errorsBesidesNoPublication(session.pageErrors)).toEqual([]);
  });
});
