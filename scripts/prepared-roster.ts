/**
 * A build step that reads the embedded sample roster (`geodata/schools.sample.csv`) with the
 * app's own roster reader when the app is built, so the data set's chunk carries the records
 * already read: the first visit neither downloads the CSV reader (papaparse, the roster's
 * synonyms) nor spends time reading. Imported as `…/schools.sample.csv?roster`; the default
 * export is exactly what `readRoster(text, file)` returns for the file (a unit test compares).
 * Files the user imports still go through the readers in the browser, unchanged.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { readRoster } from '../src/io/read-roster.ts';

const QUERY = '?roster';

/** The module text for a roster file: its read result as a literal. */
export function preparedRosterModule(path: string): string {
  const result = readRoster(readFileSync(path, 'utf8'), basename(path));
  return `export default ${JSON.stringify(result)};\n`;
}

/** The vite plugin (the app's build and the unit tests alike). */
export function preparedRoster(): Plugin {
  return {
    name: 'prepared-roster',
    enforce: 'pre',
    load(id) {
      if (!id.endsWith(QUERY)) return null;
      const path = id.slice(0, -QUERY.length);
      this.addWatchFile(path);
      return preparedRosterModule(path);
    },
  };
}
