/**
 * Generates the map's Latin and digit glyphs (signed-distance-field PBF ranges) from DejaVu Sans,
 * which the npm package `dejavu-fonts-ttf` ships, into `public/glyphs/`. Chinese characters are not
 * in these files: the map draws them from the browser's own CJK font (`localIdeographFontFamily`),
 * so nothing is fetched from outside the app's origin. Skips work when the output is up to date.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GLYPH_FONT_STACK } from '../src/map/theme.ts';

const require = createRequire(import.meta.url);
const fontnik = require('fontnik') as {
  range(
    options: { font: Buffer; start: number; end: number },
    callback: (error: Error | null, pbf: Buffer) => void,
  ): void;
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fontPath = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const outputDirectory = join(root, 'public', 'glyphs', GLYPH_FONT_STACK);
const lastRange = join(outputDirectory, '65280-65535.pbf');

function renderRange(font: Buffer, start: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    fontnik.range({ font, start, end: start + 255 }, (error, pbf) => (error ? reject(error) : resolve(pbf)));
  });
}

async function main(): Promise<void> {
  if (existsSync(lastRange) && statSync(lastRange).mtimeMs >= statSync(fontPath).mtimeMs) {
    console.log(`glyphs: up to date in ${outputDirectory}`);
    return;
  }
  mkdirSync(outputDirectory, { recursive: true });
  const font = readFileSync(fontPath);
  let bytes = 0;
  for (let start = 0; start < 65536; start += 256) {
    const pbf = await renderRange(font, start);
    bytes += pbf.length;
    writeFileSync(join(outputDirectory, `${start}-${start + 255}.pbf`), pbf);
  }
  console.log(`glyphs: 256 ranges, ${(bytes / 1024).toFixed(0)} KB, in ${outputDirectory}`);
}

await main();
