/**
 * Starts Debian's Chromium headless through playwright-core, the one way the e2e tests, the
 * benchmark and the export CLI launch a browser. No browser is ever downloaded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** The system Chromium; CHROMIUM_PATH overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a sandboxed headless run on these machines: without the background-networking ones
 * Chromium tries to reach Google's hosts at start, which a closed network refuses.
 */
export const CHROMIUM_ARGUMENTS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser context with a fresh profile, and how to close it and remove the profile. */
export interface HeadlessBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a new empty profile. */
export async function launchHeadlessChromium(
  viewport = { width: 1440, height: 900 },
  locale = 'zh-CN',
): Promise<HeadlessBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport,
    locale,
    args: CHROMIUM_ARGUMENTS,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
