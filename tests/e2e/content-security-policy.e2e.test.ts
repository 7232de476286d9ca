/**
 * The built app carries its Content-Security-Policy, no screen breaks it, and it refuses what
 * would leave the origin: "nothing leaves the origin" is enforced by the browser, not only tested.
 */
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../scripts/content-security-policy.ts';
import { type AtlasSession, openAtlas, waitForMapIdle } from './driver.ts';

let session: AtlasSession | undefined;

afterEach(async () => {
  await session?.close();
  session = undefined;
});

/** Clicks an export button and waits for the file. */
async function download(page: Page, testId: string): Promise<Download> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 170_000 }) as Promise<Download>,
    page.getByTestId(testId).click(),
  ]);
  return file;
}

describe('the Content-Security-Policy', () => {
  it('is in the built index.html, right after the charset and before every script', () => {
    const html = readFileSync(`${process.env.E2E_DIST ?? 'dist'}/index.html`, 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy());
    const at = html.indexOf('Content-Security-Policy');
    expect(html.indexOf('<meta charset')).toBeLessThan(at);
    expect(html.indexOf('<script')).toBeGreaterThan(at);
    expect(html.indexOf('<link rel="stylesheet"')).toBeGreaterThan(at);
  });

  it('is never violated on any screen, with the online basemap on', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    await page.getByTestId('search-input').fill('港南');
    await page.getByTestId('search-results').getByRole('button').first().click();
    await page.getByTestId('open-import').click();
    await page.getByTestId('import-dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('open-export').click();
    await page.getByTestId('export-dialog').waitFor();
    await download(page, 'export-xlsx');
    await page.keyboard.press('Escape');

    await page.getByTestId('view-analysis').click();
    await page.getByTestId('township-table').waitFor();
    await waitForMapIdle(page);
    await page.getByTestId('view-planning').click();
    await page.getByTestId('planning-tab-suggest').click();
    await page.getByTestId('suggest-start').click();
    await page.getByTestId('suggest-result').waitFor({ timeout: 60_000 });
    await page.getByTestId('view-overview').click();
    await page.getByTestId('overview-panel').waitFor();
    await page.getByTestId('present-start').click();
    await page.getByTestId('presentation').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('view-print').click();
    await page.waitForFunction(() => window.atlasPrint?.ready() === true, undefined, { timeout: 60_000 });
    await page.getByTestId('print-dpi-150').click();
    await page.getByTestId('print-format-pdf').click();
    await download(page, 'print-export');

    // The Tianditu basemap: its tiles are asked for (the tests' network refuses them), not blocked.
    await page.getByTestId('view-map').click();
    await page.getByTestId('open-settings').click();
    const dialog = page.getByTestId('settings-dialog');
    await dialog.getByRole('checkbox').check();
    await dialog.getByTestId('tianditu-key').fill('test-key');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => session?.outsideRequests.length ?? 0, { timeout: 20_000 }).toBeGreaterThan(0);
    await waitForMapIdle(page);

    expect(session.policyViolations).toEqual([]);
    expect(session.pageErrors.filter((text) => text.includes('Content Security Policy'))).toEqual([]);
  });

  it('refuses a request to any other origin before it leaves the browser', async () => {
    session = await openAtlas();
    const { page } = session;
    await waitForMapIdle(page);
    const outcome = await page.evaluate(async () => {
      try {
        await fetch('https://example.org/tiles/1/2/3.png');
        return 'fetched';
      } catch {
        return 'refused';
      }
    });
    expect(outcome).toBe('refused');
    await expect
      .poll(() => session?.policyViolations)
      .toContain('connect-src https://example.org/tiles/1/2/3.png');
    // Refused by the policy: it never reached the network, where the tests' route would have seen it.
    expect(session.outsideRequests).toEqual([]);
  });
});
