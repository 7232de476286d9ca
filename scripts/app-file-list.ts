/**
 * A build step that lists every file of the built app in `app-files.json` beside index.html, so
 * the app can pack itself (导出 → 发布一张图: its own files, fetched from its origin, with the
 * data). Chunks, workers, fonts and glyphs are referenced from code, not from index.html, so
 * only the build knows them all.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { APP_FILE_LIST } from '../src/io/pack-publication.ts';

/** Every file under `folder`, relative to it with `/` between folders, sorted. */
export function listFiles(folder: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(folder, path).split(sep).join('/'));
    }
  };
  walk(folder);
  return files.sort();
}

/**
 * The folder a build writes to: vite's `build.outDir` is relative to the project's root unless it
 * is absolute (`vite build --outDir /tmp/x`).
 * @example builtAppFolder('/work/app', 'dist') // '/work/app/dist'
 */
export function builtAppFolder(root: string, outDir: string): string {
  return resolve(root, outDir);
}

/** The vite plugin: writes the list once the build (public files included) is in place. */
export function appFileList(): Plugin {
  let outDir = 'dist';
  return {
    name: 'app-file-list',
    apply: 'build',
    configResolved(config) {
      outDir = builtAppFolder(config.root, config.build.outDir);
    },
    closeBundle() {
      // A publication's own data is not part of the app: publishing writes it anew.
      const files = listFiles(outDir).filter((file) => file !== APP_FILE_LIST && !file.startsWith('data/'));
      writeFileSync(join(outDir, APP_FILE_LIST), `${JSON.stringify([...files, APP_FILE_LIST], null, 1)}\n`);
    },
  };
}
