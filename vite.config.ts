import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { appFileList } from './scripts/app-file-list.ts';
import { contentSecurityPolicy, policyFromEnvironment } from './scripts/content-security-policy.ts';
import { preparedData } from './scripts/prepared-data.ts';
import { startupNote } from './scripts/startup-note.ts';

/**
 * Writes the Content-Security-Policy into the built index.html, right after the charset (which
 * must stay within the first 1024 bytes) and before every script and stylesheet, so it covers
 * them all. Build only: the dev server's inline refresh script would be refused.
 */
function contentSecurityPolicyMeta(): Plugin {
  const { meta, options } = policyFromEnvironment(process.env);
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      if (!meta) return html;
      const policy = contentSecurityPolicy(options);
      if (/["<>&]/.test(policy))
        throw new Error(`Content-Security-Policy has a character HTML would need escaped: ${policy}`);
      const element = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
      const charset = /<meta charset="[^"]*" \/>/;
      if (!charset.test(html))
        throw new Error('index.html needs <meta charset="UTF-8" /> to put the policy after');
      return html.replace(charset, (found) => `${found}\n    ${element}`);
    },
  };
}

/**
 * Chunks are named after their module (vite's default), but for the catalogue's parts, which
 * would all be `index`/`start`: `texts-<language>-<part>-<hash>.js`, so that the first-load
 * test and a reader of the network log can tell English and the screens' texts apart.
 */
function chunkFileName(chunk: { facadeModuleId: string | null }): string {
  const part = /src\/i18n\/(zh-CN|en)\/(?:(on-demand)\/index|start)\.ts$/.exec(chunk.facadeModuleId ?? '');
  return part ? `assets/texts-${part[1]}-${part[2] ?? 'start'}-[hash].js` : 'assets/[name]-[hash].js';
}

export default defineConfig({
  // Relative asset addresses: the built app (and a published atlas) works from any folder of a
  // server — an nginx location, an IIS virtual directory — not only from its root.
  base: './',
  plugins: [react(), preparedData(), contentSecurityPolicyMeta(), appFileList(), startupNote()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        chunkFileNames: chunkFileName,
        // Every module the entry imports statically goes in the start chunk. Left to itself the
        // bundler makes a shared chunk of each group of start modules that a chunk loaded on demand
        // also imports (selectors, radius, message, header-key…: 14–30 files of 0.1–9 KB before the
        // first map), which compress worse than one file and cost a request each.
        codeSplitting: { groups: [{ name: 'index', tags: ['$initial'] }] },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
