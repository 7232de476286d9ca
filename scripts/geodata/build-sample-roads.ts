/**
 * The text of the sample road network file, `docs/examples/gangnan-roads-sample.geojson`, built
 * from the committed geodata (seats, sample roster, modelled population, 郁江). The geodata
 * script writes it; a test
 * rebuilds it and compares.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PopulationData } from '../../src/domain/population.ts';
import type { LonLat } from '../../src/domain/road-network.ts';
import type { TownshipSeatCollection } from '../../src/domain/township.ts';
import { readRoster } from '../../src/io/read-roster.ts';
import { generateSampleRoads } from './generate-sample-roads.ts';

/** Where the sample network is written, relative to the repository root. */
export const SAMPLE_ROADS_FILE = 'docs/examples/gangnan-roads-sample.geojson';

/** What the file says it is, in its `name` member. */
const SAMPLE_ROADS_NAME = '港南区示例路网（示例数据，脚本生成，非真实道路）';

/**
 * Builds the file's text: one feature per line, so a change shows as a small diff.
 * @example buildSampleRoadsText(repositoryRoot).startsWith('{"type":"FeatureCollection"') // true
 */
export function buildSampleRoadsText(root: string): string {
  const geodata = (file: string) => readFileSync(join(root, 'geodata', file), 'utf8');
  const seats = JSON.parse(geodata('township-seats.geojson')) as TownshipSeatCollection;
  const roster = readRoster(geodata('schools.sample.csv'), 'schools.sample.csv');
  const river = JSON.parse(geodata('rivers/yujiang-ne10m.geojson')).features[0].geometry
    .coordinates as LonLat[];
  const population = JSON.parse(geodata('population.model.json')) as PopulationData;
  const roads = generateSampleRoads({
    seats,
    schools: roster.accepted.map((row) => row.record),
    river,
    cells: population.points,
  });
  const lines = roads.features.map((feature) =>
    JSON.stringify({ type: 'Feature', properties: feature.properties, geometry: feature.geometry }),
  );
  return `{"type":"FeatureCollection","name":${JSON.stringify(SAMPLE_ROADS_NAME)},"features":[\n${lines.join(',\n')}\n]}\n`;
}
