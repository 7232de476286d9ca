/**
 * The county case of the travel benchmark, in a module a fresh worker can run: the embedded
 * 港南区 data and the sample road network, the graph built and all five kinds measured by road,
 * as the analysis worker does it. Its own file so that the first run can be timed cold, in a
 * worker of its own (`travel-county-worker.ts`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareCostModel } from '../../src/analysis/prepare-cost-model.ts';
import { prepareTravelNetwork } from '../../src/analysis/travel/prepare-travel-network.ts';
import type { PopulationData } from '../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII, SERVICE_KINDS, servesKind } from '../../src/domain/radius.ts';
import type { BarrierLayer, RoadNetwork } from '../../src/domain/road-network.ts';
import type { School } from '../../src/domain/school.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../../src/domain/travel-settings.ts';
import {
  type BarrierLines,
  barrierOfLines,
  YUJIANG_FILE,
  YUJIANG_SOURCE,
} from '../../src/io/barrier-lines.ts';
import { readRoadNetwork } from '../../src/io/read-road-network.ts';
import { readRoster } from '../../src/io/read-roster.ts';

/** The county's inputs, read from the repository. */
export interface CountyInputs {
  network: RoadNetwork;
  barriers: BarrierLayer[];
  points: PopulationData['points'];
  schools: School[];
}

/** Reads the embedded data and the sample road network. */
export async function readCountyInputs(root: string): Promise<CountyInputs> {
  const geodata = (file: string) => readFileSync(join(root, 'geodata', file), 'utf8');
  const roads = await readRoadNetwork(
    new Uint8Array(readFileSync(join(root, 'docs/examples/gangnan-roads-sample.geojson'))),
    'gangnan-roads-sample.geojson',
  );
  if (roads.status !== 'ok') throw new Error('the sample road network does not read');
  return {
    network: roads.network,
    barriers: [
      barrierOfLines(JSON.parse(geodata(YUJIANG_FILE)) as BarrierLines, YUJIANG_FILE, YUJIANG_SOURCE),
    ],
    points: (JSON.parse(geodata('population.model.json')) as PopulationData).points,
    schools: readRoster(geodata('schools.sample.csv'), 'schools.sample.csv').accepted.map(
      (row) => row.record,
    ),
  };
}

/**
 * Builds the graph (a fresh copy of the network, so nothing prepared before is reused), snaps
 * the population, and measures all five kinds on foot: wall and CPU milliseconds (the CPU of
 * the whole process: on a shared machine the wall time includes the time other work had the
 * core), and the reached points.
 */
export function measureCounty(inputs: CountyInputs): { ms: number; cpuMs: number; reached: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const network = { ...inputs.network, lines: [...inputs.network.lines] };
  prepareTravelNetwork(network, inputs.barriers);
  const model = prepareCostModel(inputs.points, {
    distance: { model: 'road', mode: 'walk' },
    radii: DEFAULT_SERVICE_RADII,
    travel: DEFAULT_TRAVEL_SETTINGS,
    roads: { network, barriers: inputs.barriers },
  });
  let reached = 0;
  for (const kind of SERVICE_KINDS) {
    const { costs } = model.nearest(inputs.schools.filter((school) => servesKind(school.type, kind)));
    for (const cost of costs) if (Number.isFinite(cost)) reached++;
  }
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, reached };
}
