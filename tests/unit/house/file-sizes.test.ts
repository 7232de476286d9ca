/**
 * No file of the atlas's own code grows past 450 lines: a longer file does more than one job
 * and is split by responsibility. The i18n catalogues are lists, not code, and may be longer;
 * any other exception is named here and its reason given in DESIGN.md ("File sizes").
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SCANNED = ['src', 'scripts', 'tests'];
const MAXIMUM_LINES = 450;

/** The i18n catalogues: one line a text, so their length is the interface's, not a design's. */
const CATALOGUE = /^src\/i18n\/(zh-CN|en)\//;

/** Files allowed over the limit for now; DESIGN.md's "File sizes" section says why of each. */
const EXCEPTIONS: readonly string[] = [];

function codeFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : codeFiles(path);
    return /\.(ts|tsx|css)$/.test(entry.name) ? [path] : [];
  });
}

function lineCount(path: string): number {
  const text = readFileSync(join(ROOT, path), 'utf8');
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

describe('file sizes', () => {
  const sizes = SCANNED.flatMap(codeFiles).map((path) => ({ path, lines: lineCount(path) }));

  it('finds the code it is meant to measure', () => {
    expect(sizes.length).toBeGreaterThan(300);
    expect(sizes.some((file) => file.path.endsWith('.css'))).toBe(true);
  });

  it(`keeps every file of src/, scripts/ and tests/ within ${MAXIMUM_LINES} lines`, () => {
    const over = sizes
      .filter((file) => file.lines > MAXIMUM_LINES)
      .filter((file) => !CATALOGUE.test(file.path) && !EXCEPTIONS.includes(file.path))
      .map((file) => `${file.path}: ${file.lines}`);
    expect(over).toEqual([]);
  });

  it('lists only exceptions that still need to be, each with its reason in DESIGN.md', () => {
    const design = readFileSync(join(ROOT, 'DESIGN.md'), 'utf8');
    const section = design.slice(design.indexOf('## File sizes'));
    expect(design).toContain('## File sizes');
    for (const path of EXCEPTIONS) {
      const size = sizes.find((file) => file.path === path);
      expect(size?.lines ?? 0, `${path} is within the limit now: take it off the list`).toBeGreaterThan(
        MAXIMUM_LINES,
      );
      expect(section, `DESIGN.md gives no reason for ${path}`).toContain(path);
    }
  });
});
