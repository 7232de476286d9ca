/**
 * Benchmark of what seats and site suggestion ask of the road model: each school's or
 * candidate's reach (one search bounded at the largest threshold, `findCostPairs` for seats,
 * `buildCostCoverageLists` for the suggestion's coverage lists), beside the straight-line lists
 * of the same sites in the same run (`findEligiblePairs`, `buildCoverageLists`).
 * 1. the county: the embedded 港南区 data and the sample road network, on foot, primary schools
 *    and a 1 km grid of candidates over the population;
 * 2. a region the size of a prefecture, made like the province of section 9 (seeded lattice of
 *    roads, rivers, random points), by school bus.
 * `travelReachBenchmark()` returns markdown lines for docs/PERFORMANCE.md; scripts/bench.ts calls it.
 */
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCostCoverageLists } from '../../src/analysis/build-cost-coverage-lists.ts';
import { buildCoverageLists } from '../../src/analysis/build-coverage-lists.ts';
import { type Place, prepareCostModel } from '../../src/analysis/prepare-cost-model.ts';
import { findCostPairs } from '../../src/analysis/seats/find-cost-pairs.ts';
import {
  findEligiblePairs,
  type SeatPlaces,
  type SeatSites,
} from '../../src/analysis/seats/find-eligible-pairs.ts';
import type { DistanceModel } from '../../src/domain/distance-model.ts';
import { DEFAULT_SERVICE_RADII, servesKind } from '../../src/domain/radius.ts';
import type { BarrierLayer, RoadNetwork } from '../../src/domain/road-network.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../../src/domain/travel-settings.ts';
import { count, format } from './timing.ts';
import { readCountyInputs } from './travel-county.ts';
import { SPACING_DEGREES, syntheticProvince } from './travel-province.ts';
import { clocked, type StepFigures } from './travel-province-steps.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Metres per degree of latitude, for the candidate grid's spacing. */
const METRES_PER_DEGREE = 111_195;

/** The prefecture-sized region: 250 × 250 roads (about 110 km a side). */
const REGION = { lattice: 250, points: 200_000, schools: 300, rivers: 4 };
/** Candidates of the region's suggestion, drawn from its points. */
const REGION_CANDIDATES = 300;

/** Candidates every `metres` over the points' bounding box. */
function candidateGrid(points: readonly Place[], metres: number): Place[] {
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  for (const { lon, lat } of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const step = metres / METRES_PER_DEGREE;
  const stepLongitude = step / Math.cos((((south + north) / 2) * Math.PI) / 180);
  const grid: Place[] = [];
  for (let lat = south; lat <= north; lat += step) {
    for (let lon = west; lon <= east; lon += stepLongitude) grid.push({ lon, lat });
  }
  return grid;
}

function seatPlaces(points: readonly Place[], threshold: number): SeatPlaces {
  return {
    count: points.length,
    longitudes: Float64Array.from(points, (point) => point.lon),
    latitudes: Float64Array.from(points, (point) => point.lat),
    radii: new Float64Array(points.length).fill(threshold),
  };
}

function seatSites(sites: readonly Place[]): SeatSites {
  return {
    count: sites.length,
    longitudes: Float64Array.from(sites, (site) => site.lon),
    latitudes: Float64Array.from(sites, (site) => site.lat),
  };
}

interface ReachCase {
  label: string;
  points: readonly Place[];
  schools: readonly Place[];
  candidates: readonly Place[];
  roads: { network: RoadNetwork; barriers: BarrierLayer[] };
  distance: Extract<DistanceModel, { model: 'road' }>;
  /** The straight-line radius compared with, metres. */
  radius: number;
}

/** One case's rows: road and straight line, seats and suggestion lists. */
function measureCase(test: ReachCase): string[] {
  const options = {
    distance: test.distance,
    radii: DEFAULT_SERVICE_RADII,
    travel: DEFAULT_TRAVEL_SETTINGS,
    roads: test.roads,
  };
  const prepare = clocked(() => prepareCostModel(test.points, options));
  const model = prepare.value;
  const minutes = model.threshold('primary', false) ?? 0;
  const seats = clocked(() =>
    findCostPairs(model, seatPlaces(test.points, minutes), seatSites(test.schools)),
  );
  const seatsLine = clocked(() =>
    findEligiblePairs(seatPlaces(test.points, test.radius), seatSites(test.schools)),
  );
  const thresholds = new Float64Array(test.points.length).fill(minutes);
  const lists = clocked(() => buildCostCoverageLists(model, thresholds, test.candidates));
  const radii = new Float64Array(test.points.length).fill(test.radius);
  const listsLine = clocked(() => buildCoverageLists(test.points, radii, test.candidates));
  const pairs = (result: { value: { ok: boolean; pairs?: { count: number } } }) =>
    result.value.ok ? count(result.value.pairs?.count ?? 0) : 'refused';
  const row = (label: string, figures: StepFigures, size: string) =>
    `| ${test.label}: ${label} | ${format(figures.ms)} | ${format(figures.cpuMs)} | ${size} |`;
  const perSite = (figures: StepFigures, sites: number) =>
    `${format(figures.cpuMs / Math.max(1, sites))} ms of processor time per site`;
  return [
    row('road model (graph, grids, every point snapped)', prepare, `${count(test.points.length)} points`),
    row(
      `seats by road: ${count(test.schools.length)} schools' reach (${minutes} min)`,
      seats,
      `${pairs(seats)} pairs; ${perSite(seats, test.schools.length)}`,
    ),
    row(`seats by straight line (${test.radius} m)`, seatsLine, `${pairs(seatsLine)} pairs`),
    row(
      `suggestion by road: ${count(test.candidates.length)} candidates' coverage lists`,
      lists,
      `${count(lists.value.points.length)} pairs; ${perSite(lists, test.candidates.length)}`,
    ),
    row(
      'suggestion by straight line: the same candidates',
      listsLine,
      `${count(listsLine.value.points.length)} pairs`,
    ),
  ];
}

/** The benchmark's markdown lines. */
export async function travelReachBenchmark(): Promise<string[]> {
  const county = await readCountyInputs(ROOT);
  const countyCase: ReachCase = {
    label: 'county',
    points: county.points,
    schools: county.schools.filter((school) => servesKind(school.type, 'primary')),
    candidates: candidateGrid(county.points, 1000),
    roads: { network: county.network, barriers: county.barriers },
    distance: { model: 'road', mode: 'walk' },
    radius: 2500,
  };
  const region = syntheticProvince(REGION);
  const step = Math.floor(region.points.length / REGION_CANDIDATES);
  const regionCase: ReachCase = {
    label: 'prefecture',
    points: region.points,
    schools: region.schools,
    candidates: Array.from({ length: REGION_CANDIDATES }, (_, index) => region.points[index * step] as Place),
    roads: { network: region.network, barriers: region.barriers },
    distance: { model: 'road', mode: 'bus' },
    radius: 2500,
  };
  const rows = [...measureCase(countyCase), ...measureCase(regionCase)];
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  return [
    `Each figure once, in one process; load average while it ran (1, 5, 15 min): ${load}, on 2 cores. The county: the embedded 港南区 data, the sample road network and the 郁江, on foot, primary schools, candidates every 1 km over the population (the app's default grid is denser). The prefecture: ${REGION.lattice} × ${REGION.lattice} lattice roads about ${Math.round(REGION.lattice * SPACING_DEGREES * 100)} km a side, ${REGION.rivers} rivers, ${count(REGION.points)} random points, ${REGION.schools} schools, ${REGION_CANDIDATES} candidates at population points, by school bus (primary rural threshold).`,
    '',
    '| step | wall ms | processor ms | size |',
    '| --- | ---: | ---: | --- |',
    ...rows,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log((await travelReachBenchmark()).join('\n'));
}
