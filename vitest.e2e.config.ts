import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built app in Debian's Chromium, driven by playwright-core. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    // English registered as the command line registers it: the app loads it on demand.
    setupFiles: ['tests/unit/setup-english.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // What a page shows after a click may come from a chunk or a worker loaded on demand: on a
    // loaded machine that takes longer than expect.poll's default second.
    expect: { poll: { timeout: 10_000 } },
    // Two cores: one browser at a time keeps the software renderer from starving.
    fileParallelism: false,
  },
});
