/** Serves the built app (`dist/`) on 127.0.0.1 for the e2e tests, with `vite preview`. */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import { E2E_PORT } from './driver.ts';

export default async function setup(): Promise<() => Promise<void>> {
  // E2E_DIST lets another build be tested beside the default one (two checkouts at once).
  const outDir = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${outDir}/index.html`)) {
    throw new Error(`${outDir}/ is missing: run \`npm run build\` before \`npm run e2e\``);
  }
  const server = await preview({
    build: { outDir },
    preview: { host: '127.0.0.1', port: E2E_PORT, strictPort: true },
    logLevel: 'warn',
  });
  return async () => {
    await server.close();
  };
}
