/**
 * A published atlas: the test roster published with the CLI into a temporary folder, served by a
 * plain static server (no vite), opened in fresh browser profiles; its links open the same view
 * elsewhere, and a link opened on other data says so.
 */
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/cli/publish-command.ts';
import { readRosterBytes } from '../../src/io/read-roster-bytes.ts';
import { unzipEntries } from '../../src/io/unzip-entries.ts';
import { runCommand } from '../unit/command-streams.ts';
import {
  APP_URL,
  type AtlasSession,
  clickMapAt,
  E2E_PORT,
  openAtlas,
  screenshot,
  waitForMapIdle,
} from './driver.ts';

const ROSTER = 'tests/e2e/fixtures/roster-gb18030.csv';
/** The static server's port: this run's e2e port + 100, away from every other server. */
const PUBLISHED_PORT = E2E_PORT + 100;
/** Served from a folder of the server, as an nginx location or an IIS virtual directory would. */
const PUBLISHED_URL = `http://127.0.0.1:${PUBLISHED_PORT}/atlas/`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.pbf': 'application/x-protobuf',
};

/** A plain static file server of a folder at `prefix`: what nginx or IIS does, and no more. */
function serveFolder(folder: string, port: number, prefix = '/'): Promise<Server> {
  const server = createServer(async (request, response) => {
    const address = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const path = address.startsWith(prefix) ? address.slice(prefix.length - 1) : null;
    const file =
      path === null ? '' : normalize(join(folder, path.endsWith('/') ? `${path}index.html` : path));
    if (path === null || !file.startsWith(folder)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

let server: Server | undefined;
const otherServers: Server[] = [];
const sessions: AtlasSession[] = [];
let acceptedCount = 0;
let publishedFolder = '';

beforeAll(async () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'atlas-published-')), '一张图');
  const { status, stderr } = await runCommand(run, [
    '--schools',
    ROSTER,
    '--title',
    '港南区学校布局一张图',
    '--unit',
    '港南区教育局',
    '--out',
    folder,
  ]);
  expect(stderr).toContain('已发布到');
  expect(status).toBe(0);
  const read = await readRosterBytes(new Uint8Array(readFileSync(ROSTER)), 'roster-gb18030.csv', {});
  acceptedCount = read.accepted.length;
  server = await serveFolder(folder, PUBLISHED_PORT, '/atlas/');
  publishedFolder = folder;
});

afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
});

afterAll(async () => {
  for (const each of [server, ...otherServers]) await new Promise((resolve) => each?.close(resolve));
});

async function open(hash: string, base: string): Promise<AtlasSession> {
  const session = await openAtlas(hash, undefined, base);
  sessions.push(session);
  await waitForMapIdle(session.page);
  return session;
}

function legendTotal(session: AtlasSession): Promise<string | null> {
  return session.page.getByTestId('legend-total').textContent();
}

describe('a published atlas', () => {
  it('opens on the published data in a fresh profile, read only, saying so instead of 示例数据', async () => {
    const session = await open('#scenario=current&school=E2E0001', PUBLISHED_URL);
    const { page } = session;
    expect(acceptedCount).toBeGreaterThan(0);
    await expect.poll(() => legendTotal(session)).toContain(`共 ${acceptedCount} 所`);
    await expect(page.getByTestId('publication-line').textContent()).resolves.toMatch(
      /^发布版 · 数据更新于\d{4}年\d{1,2}月\d{1,2}日（港南区教育局）$/,
    );
    expect(await page.getByTestId('sample-badge').count()).toBe(0);
    expect(await page.getByTestId('open-import').count()).toBe(0);
    expect(await page.getByTestId('edit-mode').isVisible()).toBe(false);
    await expect.poll(() => page.getByTestId('detail-name').textContent()).toBe('桥圩镇新村小学');
    expect(await page.getByTestId('edit-school').isVisible()).toBe(false);
    expect(await page.getByTestId('delete-school').isVisible()).toBe(false);
    await screenshot(page, 'publish-viewer');
    // The viewer exports what it sees, but does not restore backups or publish again.
    await page.getByTestId('open-export').click();
    await page.getByTestId('export-dialog').waitFor();
    expect(await page.getByTestId('export-project').isVisible()).toBe(true);
    expect(await page.getByTestId('publish-section').isVisible()).toBe(false);
    await page.getByTestId('export-close').click();
    // The 学位 view's seat settings change the rule set: hidden like every editing control.
    await page.getByTestId('view-seats').click();
    await expect.poll(() => page.getByTestId('seat-settings').count(), { timeout: 90_000 }).toBe(1);
    expect(await page.getByTestId('seat-settings').isVisible()).toBe(false);
    await page.getByTestId('view-map').click();
    await page.getByTestId('language-switch').click();
    await expect
      .poll(() => page.getByTestId('publication-line').textContent())
      .toMatch(/^Published · data of \d{4}-\d{2}-\d{2} \(港南区教育局\)$/);
    await screenshot(page, 'publish-viewer-en');
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('gives links that open the same view on the same data in another fresh profile', async () => {
    const first = await open('#view=analysis&scenario=current&township=450803100', PUBLISHED_URL);
    await expect.poll(() => first.page.url()).toMatch(/data=\d{4}-\d{2}-\d{2}-[0-9a-f]{8}/);
    const link = first.page.url();
    const second = await open(new URL(link).hash, PUBLISHED_URL);
    await expect.poll(() => legendTotal(second)).toBe(await legendTotal(first));
    expect(await second.page.getByTestId('analysis-panel').isVisible()).toBe(true);
    expect(await second.page.getByTestId('link-notice').count()).toBe(0);
    expect(new URL(second.page.url()).hash).toContain(new URL(link).hash.match(/data=[^&]+/)?.[0] ?? 'none');
    expect(second.pageErrors).toEqual([]);
  });

  it('says so when a link from the publication is opened where other data is shown', async () => {
    const published = await open('#scenario=current', PUBLISHED_URL);
    await expect.poll(() => published.page.url()).toContain('data=');
    const hash = new URL(published.page.url()).hash;
    const elsewhere = await open(hash, APP_URL);
    const notice = elsewhere.page.getByTestId('link-notice');
    await expect
      .poll(() => notice.textContent())
      .toMatch(/^此链接基于\d{4}年\d{1,2}月\d{1,2}日发布版的数据，当前显示的是内置示例数据。/);
    await screenshot(elsewhere.page, 'publish-link-notice');
    await elsewhere.page.getByTestId('language-switch').click();
    await expect
      .poll(() => notice.textContent())
      .toMatch(/^This link was made on the publication of .*; you are seeing the built-in sample data\./);
    await screenshot(elsewhere.page, 'publish-link-notice-en');
  });

  it('lets a meeting try candidate sites as a what-if that says it is not saved, and keeps none of it', async () => {
    const session = await open('#view=planning&scenario=current', PUBLISHED_URL);
    const { page } = session;
    await expect.poll(() => page.getByTestId('planning-what-if').textContent()).toContain('仅作试算，不保存');
    await page.getByTestId('place-candidate').click();
    await clickMapAt(page, 109.768, 22.879);
    await expect.poll(() => page.getByTestId('candidate-item-C1').count()).toBe(1);
    await expect.poll(() => page.getByTestId('candidate-place').textContent()).toContain('湛江镇');
    // Adopting it would change the published roster: not offered.
    expect(await page.getByTestId('candidate-adopt').isVisible()).toBe(false);
    await screenshot(page, 'publish-viewer-what-if');
    await page.getByTestId('language-switch').click();
    await expect
      .poll(() => page.getByTestId('planning-what-if').textContent())
      .toContain('what-ifs: they are not saved');
    await screenshot(page, 'publish-viewer-what-if-en');
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => page.getByTestId('planning-what-if').count()).toBe(1);
    expect(await page.getByTestId('candidate-item-C1').count()).toBe(0);
    expect(session.outsideRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('makes a local copy to edit, which says it is a copy and survives a reload', async () => {
    const session = await open('#scenario=current', PUBLISHED_URL);
    const { page } = session;
    await page.getByTestId('edit-copy').click();
    await expect
      .poll(() => page.getByTestId('copy-line').textContent())
      .toMatch(/^本地副本 · 基于.*发布版（港南区教育局）$/);
    expect(await page.getByTestId('edit-mode').isVisible()).toBe(true);
    await expect.poll(() => page.url()).toContain('data=local');
    await page.reload();
    await waitForMapIdle(page);
    await expect.poll(() => page.getByTestId('copy-line').count()).toBe(1);
    await expect.poll(() => legendTotal(session)).toContain(`共 ${acceptedCount} 所`);
    await screenshot(page, 'publish-local-copy');
    expect(session.pageErrors).toEqual([]);
  });

  it('is made in the browser too: 导出 → 发布一张图 downloads a ZIP that, unzipped and served, opens the same data', async () => {
    const session = await open('#scenario=current', PUBLISHED_URL);
    const { page } = session;
    // The viewer does not publish: the bureau edits and publishes from its local copy.
    await page.getByTestId('edit-copy').click();
    await expect.poll(() => page.getByTestId('copy-line').count()).toBe(1);
    await page.getByTestId('open-export').click();
    await page.getByTestId('open-publish').click();
    await page.getByTestId('publish-unit').fill('港南区教育局规划股');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('publish-zip').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^港南区发布包_\d{4}-\d{2}-\d{2}\.zip$/);
    await expect.poll(() => page.getByTestId('publish-outcome').textContent()).toContain('已生成');
    await screenshot(page, 'publish-dialog');
    const entries = await unzipEntries(new Uint8Array(await readFile((await download.path()) ?? '')));
    expect([...entries.keys()]).toEqual(
      expect.arrayContaining(['index.html', 'data/atlas-data.json', 'serve.cmd', '使用说明.txt']),
    );
    const folder = mkdtempSync(join(tmpdir(), 'atlas-unzipped-'));
    for (const [path, bytes] of entries) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      await writeFile(join(folder, path), bytes);
    }
    otherServers.push(await serveFolder(folder, PUBLISHED_PORT + 1));
    const unzipped = await open('#scenario=current', `http://127.0.0.1:${PUBLISHED_PORT + 1}/`);
    await expect.poll(() => legendTotal(unzipped)).toContain(`共 ${acceptedCount} 所`);
    await expect
      .poll(() => unzipped.page.getByTestId('publication-line').textContent())
      .toContain('港南区教育局规划股');
    expect(unzipped.pageErrors).toEqual([]);
  });

  it('opened from file://, where the browser will not run it, says what to do instead of staying blank', async () => {
    const session = await openAtlas('', undefined, `file://${publishedFolder}/index.html`);
    sessions.push(session);
    await expect
      .poll(() => session.page.locator('.startup-note').textContent(), { timeout: 10_000 })
      .toContain('请运行文件夹中的 serve.cmd（Windows）或 serve.sh');
    // It stays: the module scripts were refused, as the note says.
    await session.page.waitForTimeout(2000);
    expect(await session.page.locator('.startup-note').count()).toBe(1);
  });
});
