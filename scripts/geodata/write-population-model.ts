/**
 * Writes `geodata/population.model.json` from the committed boundaries, seats, villages and
 * census tables; called once by scripts/prepare-geodata.ts after those files are written.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPopulationModel, formatPopulationModel } from './build-population-model.ts';
import { readGeodataFiles } from './geodata-files.ts';
import { readDistrictCensus } from './read-census.ts';
import { DISTRICT_CODE } from './read-geodata-sources.ts';

/** File name of the modelled population inside `geodata/`. */
export const POPULATION_MODEL_FILE = 'population.model.json';

/**
 * Builds the text of the population model from a geodata directory (pure apart from reading).
 * @example populationModelText('geodata') === readFileSync('geodata/population.model.json', 'utf8') // true once regenerated
 */
export function populationModelText(geodataDirectory: string): string {
  const census = readDistrictCensus(geodataDirectory, DISTRICT_CODE);
  return formatPopulationModel(
    buildPopulationModel({ ...readGeodataFiles(geodataDirectory), census }),
    census,
  );
}

/**
 * Regenerates the population model of a repository and says what it wrote.
 * @returns a one-line report for the console
 */
export function writePopulationModel(root: string): string {
  const directory = join(root, 'geodata');
  const text = populationModelText(directory);
  writeFileSync(join(directory, POPULATION_MODEL_FILE), text, 'utf8');
  return `geodata: wrote ${POPULATION_MODEL_FILE} (${Buffer.byteLength(text)} bytes)`;
}
