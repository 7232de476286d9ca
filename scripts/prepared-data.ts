/**
 * A build step that reads embedded files with the app's own readers when the app is built,
 * so the data set's chunk carries them already read: the first visit neither downloads those
 * readers nor spends time reading.
 * - The sample roster (`geodata/schools.sample.csv`), imported as `…/schools.sample.csv?roster`:
 *   the default export is exactly what `readRoster(text, file)` returns for the file (no CSV
 *   reader, papaparse or roster synonyms in the browser).
 * - The plan's rule set (`geodata/rules/*.json`), imported as `…/<file>.json?rule-set`: exactly
 *   what `requireRuleSet(JSON.parse(text))` returns (no rule-set file reader in the browser). A
 *   broken rule set fails the build, as it failed the app's start before.
 * - The names of the district and its townships on the first map, imported as
 *   `…/township-seats.geojson?placed-labels`: placed from the seats file and the outline,
 *   townships and roster beside it exactly as the map places them (`PlacedLabels`), so the first
 *   map need not place them before its style goes out; used only while the data are those.
 * Unit tests compare each with reading or placing in the browser. Files the user imports still go
 * through the readers in the browser, unchanged.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { type PlacedLabels, schoolsKey } from '../src/analysis/placed-labels.ts';
import type {
  DistrictCollection,
  TownshipCollection,
  TownshipSeatCollection,
} from '../src/domain/township.ts';
import { readRoster } from '../src/io/read-roster.ts';
import { requireRuleSet } from '../src/io/rule-set-file.ts';
import { districtLabelFeatures } from '../src/map/district-label.ts';
import { townshipLabelFeatures } from '../src/map/township-labels.ts';

/** The files beside the seats file that the embedded data set's names are placed from. */
const PLACED_FROM = {
  district: 'district.geojson',
  townships: 'townships.geojson',
  roster: 'schools.sample.csv',
};

/**
 * The district's and townships' name points of the data set whose seats file is `path`, placed as
 * the map places them (away from the roster's schools), with the key of the schools they were
 * placed for.
 */
export function placeEmbeddedLabels(path: string): PlacedLabels {
  const beside = (name: string) => readFileSync(join(dirname(path), name), 'utf8');
  const seats = JSON.parse(readFileSync(path, 'utf8')) as TownshipSeatCollection;
  const district = JSON.parse(beside(PLACED_FROM.district)) as DistrictCollection;
  const townships = JSON.parse(beside(PLACED_FROM.townships)) as TownshipCollection;
  const schools = readRoster(beside(PLACED_FROM.roster), PLACED_FROM.roster).accepted.map(
    (row) => row.record,
  );
  const districtLabel = districtLabelFeatures(district, seats);
  return {
    schoolsKey: schoolsKey(schools),
    districtLabel,
    townshipLabels: townshipLabelFeatures(seats, townships, schools, districtLabel),
  };
}

/** Each query and how its file is read. */
const READERS: Record<string, (path: string) => unknown> = {
  '?roster': (path) => readRoster(readFileSync(path, 'utf8'), basename(path)),
  '?rule-set': (path) => requireRuleSet(JSON.parse(readFileSync(path, 'utf8'))),
  '?placed-labels': placeEmbeddedLabels,
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
      if (query === '?placed-labels')
        for (const name of Object.values(PLACED_FROM)) this.addWatchFile(join(dirname(path), name));
      return preparedModule(path, query);
    },
  };
}
