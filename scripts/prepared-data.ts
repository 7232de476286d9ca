/**
 * A build step that reads two embedded files with the app's own readers when the app is built,
 * so the data set's chunk carries them already read: the first visit neither downloads those
 * readers nor spends time reading.
 * - The sample roster (`geodata/schools.sample.csv`), imported as `…/schools.sample.csv?roster`:
 *   the default export is exactly what `readRoster(text, file)` returns for the file (no CSV
 *   reader, papaparse or roster synonyms in the browser).
 * - The plan's rule set (`geodata/rules/*.json`), imported as `…/<file>.json?rule-set`: exactly
 *   what `requireRuleSet(JSON.parse(text))` returns (no rule-set file reader in the browser). A
 *   broken rule set fails the build, as it failed the app's start before.
 * Unit tests compare both with reading the files. Files the user imports still go through the
 * readers in the browser, unchanged.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { readRoster } from '../src/io/read-roster.ts';
import { requireRuleSet } from '../src/io/rule-set-file.ts';

/** Each query and how its file is read. */
const READERS: Record<string, (path: string) => unknown> = {
  '?roster': (path) => readRoster(readFileSync(path, 'utf8'), basename(path)),
  '?rule-set': (path) => requireRuleSet(JSON.parse(readFileSync(path, 'utf8'))),
};

/** The module text for a file read with the reader its query names: the result as a literal. */
export function preparedModule(path: string, query: string): string {
  const read = READERS[query];
  if (!read) throw new Error(`no reader for ${query}`);
  return `export default ${JSON.stringify(read(path))};\n`;
}

/** The vite plugin (the app's build and the unit tests alike). */
export function preparedData(): Plugin {
  return {
    name: 'prepared-data',
    enforce: 'pre',
    load(id) {
      const query = Object.keys(READERS).find((suffix) => id.endsWith(suffix));
      if (query === undefined) return null;
      const path = id.slice(0, -query.length);
      this.addWatchFile(path);
      return preparedModule(path, query);
    },
  };
}
