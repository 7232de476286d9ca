import { defineConfig } from 'vitest/config';
import { preparedData } from './scripts/prepared-data.ts';

export default defineConfig({
  // The embedded roster and rule set, read as the app's build reads them.
  plugins: [preparedData()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // English registered as the command line registers it: the app loads it on demand.
    setupFiles: ['tests/unit/setup-english.ts'],
    environment: 'node',
    // A limit for a test that hangs, not a speed check (speed is measured in `npm run bench`): the
    // property tests and the CLI runs outlast the 5 s default when the two cores are shared.
    testTimeout: 60_000,
  },
});
