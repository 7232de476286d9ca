/**
 * What a first visit downloads before its map is fully drawn: every response the browser's
 * network events report as finished before the mark `atlas:first-map-idle` (the page's and its
 * workers' requests alike), each body compressed with gzip -9 as the Bundle table measures chunks,
 * summed by kind (script, style, data, glyphs, other). Unlike the start-JS measure, which counts
 * what `index.html` names, this counts what the first map really waited for, MapLibre and the
 * data set included. Usage (after `npm run build`):
 *   npx tsx scripts/bench/bytes-before-first-map.ts [dist directory]
 * Serves the directory on 127.0.0.1 (BENCH_PORT, 4335 by default); requests elsewhere are refused.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Request } from 'playwright-core';
import { serveStatic } from '../../tests/e2e/static-server.ts';
import { launchHeadlessChromium } from '../headless-chromium.ts';

/** One response finished before the first map. */
export interface FirstMapResponse {
  /** The path on the server, e.g. `assets/index-AbCd1234.js`. */
  path: string;
  kind: 'script' | 'style' | 'data' | 'glyphs' | 'other';
  /** Bytes of the body as served. */
  raw: number;
  /** The body compressed with gzip -9. */
  gzip: number;
}

/** The responses before the first map and their sums by kind. */
export interface BytesBeforeFirstMap {
  responses: FirstMapResponse[];
  byKind: Record<FirstMapResponse['kind'], { raw: number; gzip: number; count: number }>;
  total: { raw: number; gzip: number; count: number };
  /** Requests to a host other than 127.0.0.1 (refused). */
  outside: number;
}

function kindOf(path: string, request: Request): FirstMapResponse['kind'] {
  if (path.includes('glyphs/') || path.endsWith('.pbf')) return 'glyphs';
  if (path.endsWith('.js') || request.resourceType() === 'script') return 'script';
  if (path.endsWith('.css') || request.resourceType() === 'stylesheet') return 'style';
  if (/\.(json|geojson|csv|pmtiles)$/.test(path) || request.resourceType() === 'fetch') return 'data';
  return 'other';
}

/**
 * Loads the app once in `context` (a fresh browser profile) from `url` and measures the bytes
 * finished before the first map; the page is left open for the caller.
 */
export async function measureBytesBeforeFirstMap(
  context: BrowserContext,
  url: string,
): Promise<BytesBeforeFirstMap> {
  let outside = 0;
  await context.route('**/*', (route) => {
    if (new URL(route.request().url()).hostname === '127.0.0.1') return route.continue();
    outside += 1;
    return route.abort();
  });
  const finished: { request: Request; end: number; body: Promise<Buffer | null> }[] = [];
  context.on('requestfinished', (request) => {
    const timing = request.timing();
    finished.push({
      request,
      // Epoch milliseconds, as the page's timeOrigin + mark below.
      end: timing.startTime + timing.responseEnd,
      body: request.response().then((response) => response?.body().catch(() => null) ?? null),
    });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:first-map-idle').length > 0,
    undefined,
    { timeout: 60_000 },
  );
  const idle = await page.evaluate(
    () => performance.timeOrigin + (performance.getEntriesByName('atlas:first-map-idle')[0]?.startTime ?? 0),
  );
  const responses: FirstMapResponse[] = [];
  for (const item of finished) {
    if (item.end > idle) continue;
    const address = new URL(item.request.url());
    if (address.protocol !== 'http:') continue;
    const body = await item.body;
    if (!body) continue;
    const path = address.pathname.replace(/^\//, '') || 'index.html';
    responses.push({
      path,
      kind: kindOf(path, item.request),
      raw: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
    });
  }
  const empty = () => ({ raw: 0, gzip: 0, count: 0 });
  const byKind = { script: empty(), style: empty(), data: empty(), glyphs: empty(), other: empty() };
  const total = empty();
  for (const response of responses) {
    for (const sum of [byKind[response.kind], total]) {
      sum.raw += response.raw;
      sum.gzip += response.gzip;
      sum.count += 1;
    }
  }
  return { responses, byKind, total, outside };
}

/** Serves `dist` and measures one first visit. */
export async function bytesBeforeFirstMap(dist: string, port: number): Promise<BytesBeforeFirstMap> {
  const server = await serveStatic(dist, port, {});
  const browser = await launchHeadlessChromium();
  try {
    return await measureBytesBeforeFirstMap(browser.context, `http://127.0.0.1:${port}/`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Kilobytes with one decimal. */
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The aim for the JavaScript a first visit downloads before its map, gzip -9 bytes. */
export const FIRST_MAP_JS_AIM = 400 * 1024;

/** The embedded data set's chunk: data, though shipped as a JavaScript file. */
const isDataChunk = (path: string) => /(^|\/)default-dataset-[\w-]+\.js$/.test(path);
/** The entry chunk `index.html` starts (`assets/index-….js`). */
const isStartChunk = (path: string) => /(^|\/)assets\/index-[\w-]+\.js$/.test(path);

/** The scripts before the first map: all of them, without the data set's chunk, and the start chunk alone. */
export function scriptsBeforeFirstMap(measured: BytesBeforeFirstMap): {
  all: { raw: number; gzip: number; count: number };
  withoutData: { raw: number; gzip: number; count: number };
  startChunk: { raw: number; gzip: number; count: number };
} {
  const sum = (keep: (response: FirstMapResponse) => boolean) =>
    measured.responses
      .filter((response) => response.kind === 'script' && keep(response))
      .reduce(
        (total, response) => ({
          raw: total.raw + response.raw,
          gzip: total.gzip + response.gzip,
          count: total.count + 1,
        }),
        { raw: 0, gzip: 0, count: 0 },
      );
  return {
    all: sum(() => true),
    withoutData: sum((response) => !isDataChunk(response.path)),
    startChunk: sum((response) => isStartChunk(response.path)),
  };
}

/** The Bundle section's lines for this measure. */
export function bytesBeforeFirstMapRows(measured: BytesBeforeFirstMap): string[] {
  const scripts = scriptsBeforeFirstMap(measured);
  const aim = (gzip: number) =>
    gzip <= FIRST_MAP_JS_AIM ? 'reached' : `not reached (${kilobytes(gzip - FIRST_MAP_JS_AIM)} over)`;
  const kinds = (['script', 'style', 'data', 'glyphs', 'other'] as const).filter(
    (kind) => measured.byKind[kind].count > 0,
  );
  return [
    '| before the first map | responses | size | gzip -9 |',
    '| --- | ---: | ---: | ---: |',
    ...kinds.map(
      (kind) =>
        `| ${kind} | ${measured.byKind[kind].count} | ${kilobytes(measured.byKind[kind].raw)} | ${kilobytes(measured.byKind[kind].gzip)} |`,
    ),
    `| **all** | ${measured.total.count} | ${kilobytes(measured.total.raw)} | **${kilobytes(measured.total.gzip)}** |`,
    '',
    '| JavaScript before the first map | files | size | gzip -9 | aim ≤ 400 KB |',
    '| --- | ---: | ---: | ---: | --- |',
    ...(
      [
        ['every script (MapLibre, the data set and the workers included)', scripts.all],
        ["without the data set's chunk (`default-dataset-….js`, data in a JS file)", scripts.withoutData],
      ] as const
    ).map(
      ([label, sum]) =>
        `| ${label} | ${sum.count} | ${kilobytes(sum.raw)} | **${kilobytes(sum.gzip)}** | ${aim(sum.gzip)} |`,
    ),
    `| the start chunk alone (\`index-….js\`) | ${scripts.startChunk.count} | ${kilobytes(scripts.startChunk.raw)} | ${kilobytes(scripts.startChunk.gzip)} | |`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // One or more builds (e.g. this branch's and main's), measured one after the other.
  const dists = process.argv.length > 2 ? process.argv.slice(2) : ['dist'];
  for (const dist of dists) {
    const measured = await bytesBeforeFirstMap(dist, Number(process.env.BENCH_PORT ?? 4335));
    console.log(`\n## ${dist}`);
    for (const response of measured.responses.sort((a, b) => b.gzip - a.gzip))
      console.log(
        `${response.kind.padEnd(6)} ${kilobytes(response.raw).padStart(10)} ${kilobytes(response.gzip).padStart(10)}  ${response.path}`,
      );
    console.log(bytesBeforeFirstMapRows(measured).join('\n'));
    console.log(`requests outside 127.0.0.1: ${measured.outside}`);
  }
}
