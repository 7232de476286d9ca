/**
 * The bundle's sizes, as `npm run bench` writes them: gzip -9 of every chunk of dist/assets, the
 * ones index.html names (entry, modulepreload, stylesheet) counted as loaded at start. Run alone
 * (`npx tsx scripts/bench/bundle-sizes.ts [dist]`) it prints the table for a build.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The table rows for the build in `dist` (the project's own by default). */
export function bundleSizes(dist = 'dist'): string[] {
  const directory = join(dist, 'assets');
  const page = readFileSync(join(dist, 'index.html'), 'utf8');
  const startChunks = new Set(
    [...page.matchAll(/assets\/([^"]+\.(?:js|css))/g)].map((match) => match[1] ?? ''),
  );
  const rows = readdirSync(directory)
    .filter((name) => /\.(js|css)$/.test(name))
    // Every chunk the page names (entry, modulepreload, stylesheet) loads at start; the rest on demand.
    .map((name) => {
      const bytes = readFileSync(join(directory, name));
      return {
        name: name.replace(/-[\w-]{8}\.(js|css)$/, '.$1'),
        atStart: startChunks.has(name),
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const glyphs = readdirSync(join(dist, 'glyphs')).flatMap((stack) =>
    readdirSync(join(dist, 'glyphs', stack)).map((file) => statSync(join(dist, 'glyphs', stack, file)).size),
  );
  return [
    '| chunk | size | gzip | loaded |',
    '| --- | ---: | ---: | --- |',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${(row.raw / 1024).toFixed(1)} KB | ${(row.gzip / 1024).toFixed(1)} KB | ${
          row.atStart
            ? 'at start'
            : row.name.startsWith('default-dataset')
              ? 'right after start (the embedded data)'
              : row.name.startsWith('maplibre-gl')
                ? 'right after start (asked for by the entry, not named by index.html)'
                : 'on demand'
        } |`,
    ),
    `| **JavaScript loaded at start, all chunks** | ${(
      rows.filter((row) => row.atStart && row.name.endsWith('.js')).reduce((sum, row) => sum + row.raw, 0) /
        1024
    ).toFixed(1)} KB | **${(
      rows.filter((row) => row.atStart && row.name.endsWith('.js')).reduce((sum, row) => sum + row.gzip, 0) /
        1024
    ).toFixed(1)} KB** | at start |`,
    `| glyphs (${glyphs.length} PBF ranges, Latin only; the map fetches only the ranges it draws) | ${(
      glyphs.reduce((sum, size) => sum + size, 0) / 1024
    ).toFixed(0)} KB | — | on demand |`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(bundleSizes(process.argv[2]).join('\n'));
