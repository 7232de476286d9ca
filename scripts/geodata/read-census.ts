/**
 * The 2020 census figures of the district, from the county tables copied into
 * `geodata/census-2020/` (open table set of thebamboogrove/tudigong, MIT, from the NBS
 * 《中国2020年人口普查分县资料》): the resident population and the age shares by band.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';

/** The folder inside `geodata/` holding the census tables. */
export const CENSUS_DIRECTORY = 'census-2020';

/** The census figures the population model uses. */
export interface DistrictCensus {
  code: string;
  name: string;
  /** Resident population (常住人口), POPU. */
  population: number;
  /** Share of the resident population in each age band of the table, e.g. `AGES_5-9` → 0.0928. */
  ageShares: Record<string, number>;
}

/** The census year. */
export const CENSUS_YEAR = 2020;

/**
 * Parses the census rows of one county from the two tables' texts. Pure.
 * @throws when a table has no row of the county or a figure is not a number
 * @example parseDistrictCensus(populationCsv, agesCsv, '450803').population // 516598
 */
export function parseDistrictCensus(populationText: string, agesText: string, code: string): DistrictCensus {
  const row = (text: string, table: string): Record<string, string> => {
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: 'greedy',
    }).data;
    const found = rows.find((entry) => entry.CODE === code);
    if (!found) throw new Error(`${table} has no row for ${code}`);
    return found;
  };
  const number = (value: string | undefined, what: string): number => {
    const parsed = Number(value);
    if (value === undefined || value.trim() === '' || !Number.isFinite(parsed)) {
      throw new Error(`${what} of ${code} is not a number: ${String(value)}`);
    }
    return parsed;
  };
  const people = row(populationText, 'population table');
  const ages = row(agesText, 'ages table');
  const ageShares: Record<string, number> = {};
  for (const [column, value] of Object.entries(ages)) {
    if (column.startsWith('AGES_')) ageShares[column] = number(value, column);
  }
  return { code, name: people.NAME ?? '', population: number(people.POPU, 'POPU'), ageShares };
}

/**
 * Reads the census figures of a county from a geodata directory.
 * @example readDistrictCensus('geodata', '450803').ageShares['AGES_0'] // 0.0106
 */
export function readDistrictCensus(geodataDirectory: string, code: string): DistrictCensus {
  const directory = join(geodataDirectory, CENSUS_DIRECTORY);
  return parseDistrictCensus(
    readFileSync(join(directory, 'guigang-population-2020.csv'), 'utf8'),
    readFileSync(join(directory, 'guigang-ages-2020.csv'), 'utf8'),
    code,
  );
}
