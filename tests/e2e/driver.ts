/**
 * A small driver for the e2e tests: starts Debian's Chromium headless through playwright-core,
 * blocks and records every request that would leave 127.0.0.1, and knows the app's landmarks.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchHeadlessChromium } from '../../scripts/headless-chromium.ts';

/** Port of the preview server the tests use. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4319);
/** The app's address in the tests. */
export const APP_URL = `http://127.0.0.1:${E2E_PORT}/`;
/** Where screenshots go (git-ignored). */
export const SCREENSHOT_DIRECTORY = 'test-results/e2e';

/** One browser session with its blocked outside requests and page errors. */
export interface AtlasSession {
  context: BrowserContext;
  page: Page;
  /** URLs the page tried to load from anywhere but 127.0.0.1 (all were blocked). */
  outsideRequests: string[];
  /** Uncaught page errors and console errors (Content-Security-Policy violations among them). */
  pageErrors: string[];
  /** What the page's Content-Security-Policy refused: `directive blocked-URI` each. */
  policyViolations: string[];
  close(): Promise<void>;
}

function isLocal(url: string): boolean {
  // A file:// page (a published folder opened from disk) never leaves the machine either.
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('file:')) return true;
  try {
    return new URL(url).hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/** Passes each Content-Security-Policy violation of a page to the test (as text: it runs in the page). */
const POLICY_VIOLATION_LISTENER = `document.addEventListener('securitypolicyviolation', (event) => {
  window.reportPolicyViolation(event.effectiveDirective + ' ' + (event.blockedURI || 'inline'));
});`;

/** Starts Chromium with a fresh profile and opens the app at `hash` (of the app at `base`). */
export async function openAtlas(
  hash = '',
  viewport = { width: 1440, height: 900 },
  base = APP_URL,
): Promise<AtlasSession> {
  const browser = await launchHeadlessChromium(viewport);
  const { context } = browser;
  // Playwright waits 30 s by default; the first analysis of a cold page on two loaded cores can
  // take longer. Each test still has its own limit (vitest.e2e.config.ts).
  context.setDefaultTimeout(90_000);
  const outsideRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    outsideRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const policyViolations: string[] = [];
  // Every page of the session reports what its policy refused, also in the pages a test opens.
  await context.exposeBinding('reportPolicyViolation', (_source, text: string) => {
    policyViolations.push(text);
  });
  await context.addInitScript(POLICY_VIOLATION_LISTENER);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(`${base}${hash}`);
  return {
    context,
    page,
    outsideRequests,
    pageErrors,
    policyViolations,
    close: () => browser.close(),
  };
}

/** Waits until the map has drawn everything and stopped moving. */
export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => window.atlasMap?.isIdle() === true, undefined, { timeout: 60_000 });
  // One more frame so the last placement is on screen.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  await page.waitForFunction(() => window.atlasMap?.isIdle() === true, undefined, { timeout: 60_000 });
}

/** Codes of the schools whose symbols the map has drawn. */
export function renderedSchoolCodes(page: Page): Promise<string[]> {
  return page.evaluate(() => window.atlasMap?.renderedSchoolCodes() ?? []);
}

/**
 * The drawn school codes, sorted, once they have settled: a user action reaches the map through a
 * React effect and the GeoJSON worker, so the map can be idle for a frame before the change
 * arrives. Poll this with `expect.poll` after an action.
 */
export async function settledSchoolCodes(page: Page): Promise<string[]> {
  await waitForMapIdle(page);
  return [...new Set(await renderedSchoolCodes(page))].sort();
}

/** The count shown in the legend for a school type. */
export async function legendTypeCount(page: Page, type: string): Promise<number> {
  const text = await page.getByTestId(`legend-type-${type}`).getByTestId('count').textContent();
  return Number(text);
}

/** Saves a full-page screenshot under the git-ignored results folder; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIRECTORY, { recursive: true });
  const path = join(SCREENSHOT_DIRECTORY, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Where a geographic point of the screen's map is on the page. */
export async function mapPagePoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(({ lon, lat }) => window.atlasMap?.project(lon, lat), { lon, lat });
  const box = await page.getByTestId('map').boundingBox();
  if (!point || !box) throw new Error('map not found');
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Clicks the screen's map at a geographic point. */
export async function clickMapAt(page: Page, lon: number, lat: number): Promise<void> {
  const { x, y } = await mapPagePoint(page, lon, lat);
  await page.mouse.click(x, y);
}
