/**
 * The embedded default inputs of geodata/ (sample roster, approximate townships, modelled
 * population, the 2018–2020 rule set), read once for the analysis tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisInput } from '../../../src/analysis/analyze-district.ts';
import type { PopulationData } from '../../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import type { RuleSet } from '../../../src/domain/rules.ts';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import type { School } from '../../../src/domain/school.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { readRosterBytes } from '../../../src/io/read-roster-bytes.ts';
import { requireRuleSet } from '../../../src/io/rule-set-file.ts';

/** The repository root. */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Path of a file in the repository. */
export function repositoryPath(relative: string): string {
  return join(repositoryRoot, relative);
}

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(repositoryPath(relative), 'utf8')) as T;
}

/** The text of the default rule-set file. */
export const defaultRuleSetText = readFileSync(
  repositoryPath('geodata/rules/gangnan-2018-2020.json'),
  'utf8',
);

/** The default rule set, parsed (throws when the file is invalid, which a test then reports). */
export function defaultRuleSet(): RuleSet {
  return requireRuleSet(JSON.parse(defaultRuleSetText));
}

/** The approximate township boundaries. */
export function defaultTownships(): TownshipCollection {
  return readJson<TownshipCollection>('geodata/townships.geojson');
}

/** The modelled population. */
export function defaultPopulation(): PopulationData {
  return readJson<PopulationData>('geodata/population.model.json');
}

/** The sample roster, read through the app's roster reader. */
export async function defaultSchools(): Promise<School[]> {
  const bytes = readFileSync(repositoryPath('geodata/schools.sample.csv'));
  const result = await readRosterBytes(new Uint8Array(bytes), 'schools.sample.csv');
  if (result.rejected.length > 0) throw new Error('the sample roster has rejected rows');
  return result.accepted.map((accepted) => accepted.record);
}

/** The whole default input of `analyzeDistrict`: sample roster, boundaries, population, rule set, default radii, 现状. */
export async function defaultAnalysisInput(): Promise<AnalysisInput> {
  return {
    schools: await defaultSchools(),
    townships: defaultTownships(),
    population: defaultPopulation(),
    ruleSet: defaultRuleSet(),
    radii: DEFAULT_SERVICE_RADII,
    scenario: CURRENT_SCENARIO,
  };
}
