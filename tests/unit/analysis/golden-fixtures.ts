/**
 * Golden fixtures in the Turf style: each analysis function has a folder under
 * tests/unit/fixtures/analysis/golden/<function>/ with `in/<case>.geojson` — the input, its
 * parameters in the collection's `properties` — and `out/<case>.geojson`, the output as last
 * looked at. `REGEN=1 npx vitest run tests/unit/analysis/goldens.test.ts` rewrites the outputs:
 * do that only after looking at the new ones on a map.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { expect } from 'vitest';

const ROOT = fileURLToPath(new URL('../fixtures/analysis/golden/', import.meta.url));

/** Whether this run rewrites the outputs instead of comparing with them. */
export const REGENERATE = process.env.REGEN === '1';

/** An input: a feature collection whose `properties` hold the function's parameters. */
export type GoldenInput<Parameters> = FeatureCollection & { properties: Parameters };

/** The names of a function's cases, from its in/ folder. */
export function goldenCases(folder: string): string[] {
  return readdirSync(join(ROOT, folder, 'in'))
    .filter((name) => name.endsWith('.geojson'))
    .map((name) => name.replace(/\.geojson$/, ''))
    .sort();
}

/** A case's input. */
export function readGoldenInput<Parameters>(folder: string, name: string): GoldenInput<Parameters> {
  return JSON.parse(
    readFileSync(join(ROOT, folder, 'in', `${name}.geojson`), 'utf8'),
  ) as GoldenInput<Parameters>;
}

/** Numbers to nine decimals (about 0.1 mm in degrees, far below anything the atlas shows). */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') {
    const number = Number.isInteger(value) ? value : Math.round(value * 1e9) / 1e9;
    // JSON has no −0: a coordinate rounded to −0 reads back as 0.
    return number === 0 ? 0 : number;
  }
  if (Array.isArray(value)) return value.map(rounded);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rounded(item)]));
  }
  return value;
}

/** Compares a case's output with its golden, or writes the golden under REGEN=1. */
export function expectGolden(folder: string, name: string, output: unknown): void {
  const path = join(ROOT, folder, 'out', `${name}.geojson`);
  const written = rounded(output);
  if (REGENERATE || !existsSync(path)) {
    mkdirSync(join(ROOT, folder, 'out'), { recursive: true });
    writeFileSync(path, `${JSON.stringify(written, null, 1)}\n`);
    if (!REGENERATE) throw new Error(`${path} did not exist; it was written: look at it, then run again`);
    return;
  }
  expect(written, `${folder}/${name}`).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}
