/**
 * Benchmark of service-radius coverage, every figure from the same run:
 * 1. the county (the embedded 港南区 sample data): the whole `analyzeDistrict`, and its coverage
 *    part against the previous method;
 * 2. a synthetic province (30,000 schools, 1,500 square townships, 10⁶ population cells): the
 *    whole `analyzeDistrict`, the coverage of each kind by the fast method and by the previous
 *    method, and all pairs on a subsample (extrapolated);
 * 3. the same question by merging Turf buffers (3,000 circles, within a time budget).
 * "Previous method" = the code `analyzeDistrict` used before the fast path: a grid index with
 * cells of the kind's largest radius, `findNearest` per point, a sort per township for the
 * percentiles (copied below as it was; the grid index and `findNearest` are still in src/).
 * `coverageBenchmark()` returns markdown lines for docs/PERFORMANCE.md; scripts/bench.ts calls it.
 * Run alone with `npx tsx scripts/bench/coverage-bench.ts`.
 */

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { booleanPointInPolygon, circle, featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { type AnalysisInput, analyzeDistrict } from '../../src/analysis/analyze-district.ts';
import { assignPopulationTownships } from '../../src/analysis/assign-population-townships.ts';
import { buildGridIndex } from '../../src/analysis/build-grid-index.ts';
import { findNearest } from '../../src/analysis/find-nearest.ts';
import { findNearestSites } from '../../src/analysis/find-nearest-sites.ts';
import { haversineDistance } from '../../src/analysis/haversine-distance.ts';
import {
  type CoverageFrame,
  type KindCoverageResult,
  measureKindCoverage,
  prepareCoverage,
} from '../../src/analysis/measure-kind-coverage.ts';
import { preparePoints } from '../../src/analysis/prepare-points.ts';
import type { DistanceSummary } from '../../src/analysis/summarise-distances.ts';
import type { PopulationData, PopulationPoint } from '../../src/domain/population.ts';
import {
  DEFAULT_SERVICE_RADII,
  largestServiceRadius,
  SERVICE_KINDS,
  type ServiceKind,
  servesKind,
  serviceRadius,
} from '../../src/domain/radius.ts';
import { CURRENT_SCENARIO, PLANNED_SCENARIO, schoolsInScenario } from '../../src/domain/scenario.ts';
import type { School, SchoolType } from '../../src/domain/school.ts';
import type { TownshipCollection, TownshipFeature } from '../../src/domain/township.ts';
import { readRoster } from '../../src/io/read-roster.ts';
import { requireRuleSet } from '../../src/io/rule-set-file.ts';
import { createSeededRandom } from '../geodata/seeded-random.ts';
import { count, format, timed } from './timing.ts';

interface Place {
  lon: number;
  lat: number;
}

/** Runs of each fast measurement (the median is reported), of each slow one, and of the county's (with warm-up runs). */
const RUNS = 7;
const SLOW_RUNS = 3;
const COUNTY_RUNS = 15;
const COUNTY_WARM_UPS = 5;
/** Synthetic province: townships per row and column, lattice cells per township side (≈ 300 m each). */
const TOWNSHIP_COLUMNS = 50;
const TOWNSHIP_ROWS = 30;
const CELLS_PER_TOWNSHIP_SIDE = 26;
const CELL_METRES = 300;
const PROVINCE_CELLS = 1_000_000;
const PROVINCE_SCHOOLS = 30_000;
/** Share of each school type in the synthetic roster. */
const TYPE_MIX: readonly [SchoolType, number][] = [
  ['幼儿园', 0.4],
  ['小学', 0.3],
  ['教学点', 0.1],
  ['初中', 0.1],
  ['九年一贯制', 0.04],
  ['高中', 0.03],
  ['完全中学', 0.02],
  ['特殊教育学校', 0.01],
];
/** Cells of the subsample the all-pairs method is timed on. */
const NAIVE_SAMPLE = 5000;
/** Schools merged by Turf, the most it may take before it is given up, and the cells tested. */
const TURF_CIRCLES = 3000;
const TURF_BUDGET_MS = 30_000;
const TURF_SAMPLE = 10_000;
const TURF_RADIUS = 2500;

// ——— The previous method, as analyzeDistrict ran it per kind (kept here only for comparison). ———

/** The sort-based distance summary the previous method used. */
function previousSummariseDistances(
  distances: ArrayLike<number>,
  weights: ArrayLike<number>,
): DistanceSummary {
  const edges = [300, 500, 1000, 1500, 2500, 5000, 10_000];
  const histogram = [0, ...edges].map((from, bin) => ({ from, to: edges[bin] ?? null, population: 0 }));
  const order: number[] = [];
  let total = 0;
  let unreachable = 0;
  for (let position = 0; position < distances.length; position++) {
    const weight = weights[position] ?? 0;
    const distance = distances[position] ?? Number.POSITIVE_INFINITY;
    if (!(weight > 0)) continue;
    total += weight;
    if (!Number.isFinite(distance)) {
      unreachable += weight;
      continue;
    }
    order.push(position);
    let bin = edges.findIndex((edge) => distance < edge);
    if (bin < 0) bin = edges.length;
    const target = histogram[bin];
    if (target) target.population += weight;
  }
  order.sort((a, b) => (distances[a] ?? 0) - (distances[b] ?? 0));
  const percentile = (share: number): number | null => {
    if (total <= 0) return null;
    let cumulative = 0;
    for (const position of order) {
      cumulative += weights[position] ?? 0;
      if (cumulative >= share * total) return distances[position] ?? null;
    }
    return null;
  };
  return { median: percentile(0.5), p90: percentile(0.9), histogram, unreachable };
}

function previousSummariseCoverage(
  positions: readonly number[],
  populations: ArrayLike<number>,
  distances: ArrayLike<number>,
  radii: ArrayLike<number | null>,
) {
  let population = 0;
  let covered = 0;
  let withRadius = 0;
  let measured = false;
  const areaDistances = new Float64Array(positions.length);
  const areaPopulations = new Float64Array(positions.length);
  positions.forEach((position, slot) => {
    const weight = populations[position] ?? 0;
    const distance = distances[position] ?? Number.POSITIVE_INFINITY;
    areaDistances[slot] = distance;
    areaPopulations[slot] = weight;
    population += weight;
    const radius = radii[position] ?? null;
    if (radius === null) return;
    measured = true;
    withRadius += weight;
    if (distance <= radius) covered += weight;
  });
  return {
    population,
    covered: measured ? covered : null,
    uncovered: measured ? withRadius - covered : null,
    share: measured && withRadius > 0 ? covered / withRadius : null,
    distance: previousSummariseDistances(areaDistances, areaPopulations),
  };
}

/** What the previous analyzeDistrict computed per kind: nearest distances, township and district figures, gaps. */
function previousKindCoverage(input: CoverageInput, kind: ServiceKind) {
  const { points, schools, pointTownships, townships, urbanByCode, positionsByTownship, allPositions } =
    input;
  const populations = points.map((point) => point.population);
  const sites = schools.filter((school) => servesKind(school.type, kind));
  const index = buildGridIndex(sites, largestServiceRadius(DEFAULT_SERVICE_RADII, kind) ?? 5000);
  const distances = new Float64Array(points.length).fill(Number.POSITIVE_INFINITY);
  points.forEach((point, position) => {
    const found = findNearest(index, point.lon, point.lat);
    if (found) distances[position] = found.distance;
  });
  const pointRadii = pointTownships.map((code) =>
    serviceRadius(DEFAULT_SERVICE_RADII, kind, urbanByCode.get(code) ?? false),
  );
  const district = previousSummariseCoverage(allPositions, populations, distances, pointRadii);
  const byTownship = townships.features.map((feature) =>
    previousSummariseCoverage(
      positionsByTownship.get(feature.properties.code) ?? [],
      populations,
      distances,
      pointRadii,
    ),
  );
  let gaps = 0;
  points.forEach((point, position) => {
    const radius = pointRadii[position] ?? null;
    if (radius === null || (distances[position] ?? 0) <= radius || !(point.population > 0)) return;
    gaps++;
  });
  return { district, byTownship, gaps };
}

// ——— Inputs ———

/** Points, schools and the per-point groupings both methods start from. */
interface CoverageInput {
  points: PopulationPoint[];
  schools: School[];
  townships: TownshipCollection;
  pointTownships: string[];
  urbanByCode: Map<string, boolean>;
  positionsByTownship: Map<string, number[]>;
  allPositions: number[];
}

function coverageInput(input: AnalysisInput): CoverageInput {
  const points = input.population.points;
  const pointTownships = assignPopulationTownships(points, input.townships);
  const positionsByTownship = new Map<string, number[]>();
  pointTownships.forEach((code, position) => {
    const list = positionsByTownship.get(code) ?? [];
    list.push(position);
    positionsByTownship.set(code, list);
  });
  return {
    points,
    schools: schoolsInScenario(input.schools, input.scenario),
    townships: input.townships,
    pointTownships,
    urbanByCode: new Map(
      input.townships.features.map((feature) => [feature.properties.code, feature.properties.urban]),
    ),
    positionsByTownship,
    allPositions: points.map((_, position) => position),
  };
}

/** The fast path for every kind, as analyzeDistrict runs it: prepare the points once, then each kind. */
function fastCoverage(input: CoverageInput) {
  const codes = input.townships.features.map((feature) => feature.properties.code);
  const areaByCode = new Map(codes.map((code, area) => [code, area]));
  const areaOfPoint = Int32Array.from(input.pointTownships, (code) => areaByCode.get(code) ?? -1);
  const weights = Float64Array.from(input.points, (point) => point.population);
  const kinds = SERVICE_KINDS.map((kind) => ({
    kind,
    sites: input.schools.filter((school) => servesKind(school.type, kind)),
    radiusOfArea: Float64Array.from(
      input.townships.features,
      (feature) => serviceRadius(DEFAULT_SERVICE_RADII, kind, feature.properties.urban) ?? Number.NaN,
    ),
    outside: serviceRadius(DEFAULT_SERVICE_RADII, kind, false) ?? Number.NaN,
  }));
  return {
    kinds,
    prepare: () => prepareCoverage(input.points, weights, areaOfPoint, codes.length),
    measure: (frame: CoverageFrame, index: number) => {
      const { sites, radiusOfArea, outside } = kinds[index] as (typeof kinds)[number];
      return measureKindCoverage(frame, sites, radiusOfArea, outside);
    },
  };
}

function readGeodata<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(`../../geodata/${relative}`, import.meta.url), 'utf8')) as T;
}

/** The embedded 港南区 data: sample roster, approximate townships, modelled population, rule set. */
function countyInput(): AnalysisInput {
  const rosterFile = new URL('../../geodata/schools.sample.csv', import.meta.url);
  const roster = readRoster(readFileSync(rosterFile, 'utf8'), 'schools.sample.csv');
  const ruleSet = requireRuleSet(readGeodata<unknown>('rules/gangnan-2018-2020.json'));
  return {
    schools: roster.accepted.map((accepted) => accepted.record),
    townships: readGeodata<TownshipCollection>('townships.geojson'),
    population: readGeodata<PopulationData>('population.model.json'),
    ruleSet,
    radii: DEFAULT_SERVICE_RADII,
    scenario: CURRENT_SCENARIO,
  };
}

/**
 * A seeded synthetic province: 50 × 30 square townships of 26 × 26 lattice cells (≈ 7.8 km a
 * side, a tenth of them urban) at 21.5–23.6° N; 10⁶ population cells of ≈ 300 m (the lattice less
 * 14,000 cells picked at random, 1–200 people each, township code given as the population model
 * gives it); 30,000 schools of all types (60 % anywhere in their township, 40 % within about
 * 1.5 km of its centre, 5 % new builds of which half are still planned), 所属乡镇 given.
 */
function provinceInput(ruleSet: AnalysisInput['ruleSet']): AnalysisInput {
  const random = createSeededRandom(20181114);
  const stepLatitude = CELL_METRES / ((6_371_008.8 * Math.PI) / 180);
  const south = 21.5;
  const west = 104.5;
  const middle = south + (TOWNSHIP_ROWS * CELLS_PER_TOWNSHIP_SIDE * stepLatitude) / 2;
  const stepLongitude = stepLatitude / Math.cos((middle * Math.PI) / 180);
  const side = CELLS_PER_TOWNSHIP_SIDE;
  const features: TownshipFeature[] = [];
  for (let row = 0; row < TOWNSHIP_ROWS; row++) {
    for (let column = 0; column < TOWNSHIP_COLUMNS; column++) {
      const w = west + column * side * stepLongitude;
      const s = south + row * side * stepLatitude;
      const e = w + side * stepLongitude;
      const n = s + side * stepLatitude;
      const number = row * TOWNSHIP_COLUMNS + column;
      features.push({
        type: 'Feature',
        properties: {
          code: String(450_000_000 + number * 100),
          name: `第${number + 1}镇`,
          urban: random.next() < 0.1,
          approximate: false,
        },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [w, s],
              [e, s],
              [e, n],
              [w, n],
              [w, s],
            ],
          ],
        },
      });
    }
  }
  const columns = TOWNSHIP_COLUMNS * side;
  const lattice = columns * TOWNSHIP_ROWS * side;
  const dropped = new Uint8Array(lattice);
  for (let left = lattice - PROVINCE_CELLS; left > 0; ) {
    const cell = Math.floor(random.next() * lattice);
    if (dropped[cell]) continue;
    dropped[cell] = 1;
    left--;
  }
  const points: PopulationPoint[] = [];
  for (let cell = 0; cell < lattice; cell++) {
    if (dropped[cell]) continue;
    const row = Math.floor(cell / columns);
    const column = cell % columns;
    const township = features[Math.floor(row / side) * TOWNSHIP_COLUMNS + Math.floor(column / side)];
    points.push({
      lon: west + (column + 0.5) * stepLongitude,
      lat: south + (row + 0.5) * stepLatitude,
      population: 1 + Math.floor(random.next() * 200),
      schoolAgePopulation: null,
      name: '',
      townshipCode: township?.properties.code ?? '',
    });
  }
  const schools: School[] = [];
  for (let index = 0; index < PROVINCE_SCHOOLS; index++) {
    let draw = random.next();
    let type: SchoolType = '幼儿园';
    for (const [candidate, share] of TYPE_MIX) {
      if (draw < share) {
        type = candidate;
        break;
      }
      draw -= share;
    }
    const number = Math.floor(random.next() * features.length);
    const row = Math.floor(number / TOWNSHIP_COLUMNS);
    const column = number % TOWNSHIP_COLUMNS;
    const nearCentre = random.next() < 0.4;
    const x = nearCentre ? 0.5 + (random.next() - 0.5) * 0.4 : random.next();
    const y = nearCentre ? 0.5 + (random.next() - 0.5) * 0.4 : random.next();
    const isNew = random.next() < 0.05;
    schools.push({
      code: String(2_145_000_000 + index),
      name: `学校${index}`,
      type,
      lon: west + (column + x) * side * stepLongitude,
      lat: south + (row + y) * side * stepLatitude,
      township: features[number]?.properties.name ?? '',
      ownership: random.next() < 0.8 ? '公办' : '民办',
      boarding: random.next() < 0.2,
      central: random.next() < 0.1,
      inclusive: false,
      demonstrationLevel: '',
      students: 100 + Math.floor(random.next() * 1500),
      classes: 4 + Math.floor(random.next() * 30),
      seats: null,
      primarySeats: null,
      middleSeats: null,
      highSeats: null,
      staff: 10 + Math.floor(random.next() * 100),
      computers: Math.floor(random.next() * 200),
      bandwidthMbps: random.next() < 0.5 ? 100 : 1000,
      standardisation: '',
      projectType: isNew ? '新建' : '',
      projectStatus: isNew ? (random.next() < 0.5 ? '竣工' : '规划') : '',
      plannedYear: isNew ? 2019 : null,
      investmentTenThousandYuan: null,
      note: '',
      source: '',
    });
  }
  return {
    schools,
    townships: { type: 'FeatureCollection', features },
    population: { source: 'model', label: '合成省级数据（基准测试）', points, townships: [] },
    ruleSet,
    radii: DEFAULT_SERVICE_RADII,
    scenario: CURRENT_SCENARIO,
  };
}

// ——— Comparisons ———

/** Largest difference of the fast figures from the previous ones: covered population (exact) and distances. */
function agreement(fast: KindCoverageResult, previous: ReturnType<typeof previousKindCoverage>) {
  let coveredDifferences = 0;
  let distanceDifference = 0;
  const pairs = [
    [fast.district, previous.district] as const,
    ...fast.areas.map((area, index) => [area, previous.byTownship[index]] as const),
  ];
  for (const [a, b] of pairs) {
    if (!b) continue;
    if (a.covered !== b.covered || a.population !== b.population) coveredDifferences++;
    for (const figure of ['median', 'p90'] as const) {
      const [x, y] = [a.distance[figure], b.distance[figure]];
      if (x === null || y === null) {
        if (x !== y) distanceDifference = Number.POSITIVE_INFINITY;
      } else distanceDifference = Math.max(distanceDifference, Math.abs(x - y));
    }
  }
  return { coveredDifferences, distanceDifference, gapsDiffer: fast.gapPositions.length !== previous.gaps };
}

/** Nearest distance by comparing every school: what the index avoids. */
function naiveNearest(points: readonly Place[], schools: readonly Place[]): Float64Array {
  const distances = new Float64Array(points.length);
  points.forEach((point, position) => {
    let best = Number.POSITIVE_INFINITY;
    for (const school of schools) {
      const metres = haversineDistance([point.lon, point.lat], [school.lon, school.lat]);
      if (metres < best) best = metres;
    }
    distances[position] = best;
  });
  return distances;
}

/**
 * Merges circles with Turf `union` in batches, giving up once the budget is spent (a batch in
 * progress cannot be interrupted, so the time may run over a little).
 */
function mergeCircles(
  circles: Feature<Polygon>[],
  budgetMs: number,
): { merged: Feature<Polygon | MultiPolygon> | null; circlesMerged: number; ms: number } {
  const start = performance.now();
  let merged: Feature<Polygon | MultiPolygon> | null = null;
  let circlesMerged = 0;
  const batch = 100;
  for (let from = 0; from < circles.length; from += batch) {
    const part = union(featureCollection(circles.slice(from, from + batch)));
    merged = merged && part ? union(featureCollection([merged, part])) : (part ?? merged);
    circlesMerged = Math.min(circles.length, from + batch);
    if (performance.now() - start > budgetMs) break;
  }
  return { merged, circlesMerged, ms: performance.now() - start };
}

const KIND_NAMES: Record<ServiceKind, string> = {
  kindergarten: 'kindergarten 幼儿园',
  primary: 'primary 小学',
  middle: 'middle 初中',
  high: 'high 高中',
  special: 'special 特殊教育',
};

/**
 * Runs the benchmark and returns its section of docs/PERFORMANCE.md as markdown lines.
 * @example (await coverageBenchmark()).join('\n')
 */
export async function coverageBenchmark(): Promise<string[]> {
  const lines: string[] = [];

  // 1. The county.
  const county = countyInput();
  const countyCurrent = timed(() => analyzeDistrict(county), COUNTY_RUNS, COUNTY_WARM_UPS);
  const countyPlanned = timed(
    () => analyzeDistrict({ ...county, scenario: PLANNED_SCENARIO }),
    COUNTY_RUNS,
    COUNTY_WARM_UPS,
  );
  const countyCoverage = coverageInput(county);
  const countyFastPath = fastCoverage(countyCoverage);
  const countyFast = timed(
    () => {
      const frame = countyFastPath.prepare();
      return countyFastPath.kinds.map((_, index) => countyFastPath.measure(frame, index));
    },
    COUNTY_RUNS,
    COUNTY_WARM_UPS,
  );
  const countyPrevious = timed(
    () => SERVICE_KINDS.map((kind) => previousKindCoverage(countyCoverage, kind)),
    COUNTY_RUNS,
    COUNTY_WARM_UPS,
  );
  const countyAgreement = countyFast.value.map((fast, index) =>
    agreement(fast, countyPrevious.value[index] as ReturnType<typeof previousKindCoverage>),
  );
  lines.push(
    `County: the embedded 港南区 sample (${count(county.schools.length)} schools in the roster, ${county.townships.features.length} townships, ${count(county.population.points.length)} modelled population cells), default radii and rules. Median of ${COUNTY_RUNS} runs after ${COUNTY_WARM_UPS} untimed ones.`,
    '',
    '| county, 港南区 sample data | ms |',
    '| --- | ---: |',
    `| \`analyzeDistrict\`, 现状 (everything: scenario, townships, coverage of 5 kinds, rules, flags, gaps, 所属乡镇 check) | ${format(countyCurrent.ms)} |`,
    `| \`analyzeDistrict\`, 规划完成后 | ${format(countyPlanned.ms)} |`,
    `| coverage of all 5 kinds, fast method (prepare the points once, then each kind) | ${format(countyFast.ms)} |`,
    `| coverage of all 5 kinds, previous method (grid index + \`findNearest\` per point + a sort per township) | ${format(countyPrevious.ms)} |`,
    '',
    `Fast and previous agree on the county: covered population identical in ${countyAgreement.every((entry) => entry.coveredDifferences === 0 && !entry.gapsDiffer) ? 'every' : '**not every**'} township and kind; medians and 90th percentiles within ${Math.max(...countyAgreement.map((entry) => entry.distanceDifference)).toExponential(1)} m.`,
    '',
  );

  // 2. The province.
  const province = provinceInput(county.ruleSet);
  const provinceCoverage = coverageInput(province);
  const fast = fastCoverage(provinceCoverage);
  const prepared = timed(fast.prepare, RUNS);
  const perKind = fast.kinds.map(({ kind, sites }, index) => ({
    kind,
    sites,
    ...timed(() => fast.measure(prepared.value, index), RUNS),
  }));
  const fastTotal = prepared.ms + perKind.reduce((sum, entry) => sum + entry.ms, 0);
  const full = timed(() => analyzeDistrict(province), SLOW_RUNS, 0);
  const previous = SERVICE_KINDS.map((kind) =>
    timed(() => previousKindCoverage(provinceCoverage, kind), SLOW_RUNS, 0),
  );
  const previousTotal = previous.reduce((sum, entry) => sum + entry.ms, 0);
  const provinceAgreement = perKind.map((entry, index) =>
    agreement(entry.value, previous[index]?.value as ReturnType<typeof previousKindCoverage>),
  );
  const gaps = SERVICE_KINDS.map((kind) => full.value.gaps[kind].length);

  // All pairs on a subsample of the cells, for the densest kind; extrapolated.
  const kindergartens = perKind[0]?.sites ?? [];
  const cells = province.population.points;
  const stride = Math.floor(cells.length / NAIVE_SAMPLE);
  const sample = cells.filter((_, position) => position % stride === 0).slice(0, NAIVE_SAMPLE);
  const naive = timed(() => naiveNearest(sample, kindergartens));
  const fastOnSample = findNearestSites(preparePoints(sample), kindergartens).distances;
  let sampleDifference = 0;
  let decisionDifferences = 0;
  sample.forEach((_, position) => {
    const [a, b] = [fastOnSample[position] ?? 0, naive.value[position] ?? 0];
    sampleDifference = Math.max(sampleDifference, Math.abs(a - b));
    for (const radius of [300, 1500]) if (a <= radius !== b <= radius) decisionDifferences++;
  });
  const naiveEstimate = naive.ms * (cells.length / sample.length);

  lines.push(
    `Province: synthetic and seeded — ${count(province.schools.length)} schools (${TYPE_MIX.map(([type, share]) => `${type} ${Math.round(share * 100)} %`).join(', ')}), ${count(province.townships.features.length)} square townships of ≈ 7.8 km (a tenth urban), ${count(cells.length)} population cells of ≈ ${CELL_METRES} m over ≈ 390 × 234 km at 21.5–23.6° N; default radii (urban 300/500/1,000 m, rural 1,500/2,500/5,000 m). Fast figures (prepare, each kind): median of ${RUNS} runs after one untimed, the points prepared once and shared by the five kinds; \`analyzeDistrict\` and the previous method: median of ${SLOW_RUNS}; garbage collection included as it falls. Previous method = the code \`analyzeDistrict\` used before (grid index with cells of the kind's largest radius, \`findNearest\` per cell, a sort per township), run here on the same input. The machine is shared and its load varies: compare rows of the same run.`,
    '',
    '| province, 现状 | schools | fast ms | previous ms |',
    '| --- | ---: | ---: | ---: |',
    `| prepare the 10⁶ points once (unit vectors, Z-order quadtree, township grouping) | | ${format(prepared.ms)} | — |`,
    ...perKind.map(
      (entry, index) =>
        `| coverage of ${KIND_NAMES[entry.kind]}: nearest school of every cell, township and district figures, gaps | ${count(entry.sites.length)} | ${format(entry.ms)} | ${format(previous[index]?.ms ?? 0)} |`,
    ),
    `| coverage of all 5 kinds (fast: prepare + kinds) | | ${format(fastTotal)} | ${format(previousTotal)} |`,
    `| \`analyzeDistrict\`, everything (as in the county row; ${gaps.map(count).join(' / ')} gap points by kind) | | ${format(full.ms)} | — |`,
    `| all pairs, ${count(sample.length)} cells × ${count(kindergartens.length)} kindergartens (a subsample) | | | ${format(naive.ms)} |`,
    `| all pairs, extrapolated to ${count(cells.length)} cells, kindergartens only (×${Math.round(cells.length / sample.length)}; not run) | | | ≈ ${format(naiveEstimate)} |`,
    '',
    `Fast and previous agree on the province: covered population identical in ${provinceAgreement.every((entry) => entry.coveredDifferences === 0 && !entry.gapsDiffer) ? 'every' : '**not every**'} township and kind; medians and 90th percentiles within ${Math.max(...provinceAgreement.map((entry) => entry.distanceDifference)).toExponential(1)} m. On the all-pairs subsample the fast distances are within ${sampleDifference.toExponential(1)} m of haversine, and ${decisionDifferences === 0 ? 'no' : `**${decisionDifferences}**`} cell changes side at 300 or 1,500 m.`,
    '',
  );

  // 3. The same question by merging buffers: the first 3,000 schools (any type) in the
  // south-west corner of the province, and the cells there.
  const cornerWest = cells.reduce((least, cell) => Math.min(least, cell.lon), Number.POSITIVE_INFINITY);
  const cornerSouth = cells.reduce((least, cell) => Math.min(least, cell.lat), Number.POSITIVE_INFINITY);
  let cornerSpan = 0.3;
  const schoolsWithin = (span: number) =>
    province.schools.filter((school) => school.lon < cornerWest + span && school.lat < cornerSouth + span);
  while (schoolsWithin(cornerSpan).length < TURF_CIRCLES && cornerSpan < 5) cornerSpan *= 1.05;
  const cornerSchools = schoolsWithin(cornerSpan).slice(0, TURF_CIRCLES);
  const inCorner = (place: Place) =>
    place.lon < cornerWest + cornerSpan && place.lat < cornerSouth + cornerSpan;
  const cornerCells = cells.filter(inCorner);
  const cornerStride = Math.max(1, Math.floor(cornerCells.length / TURF_SAMPLE));
  const cornerSample = cornerCells.filter((_, position) => position % cornerStride === 0);
  const fastCorner = timed(() => {
    const { distances } = findNearestSites(preparePoints(cornerSample), cornerSchools);
    return distances.filter((distance) => distance <= TURF_RADIUS).length;
  }, RUNS);
  const circles = timed(() =>
    cornerSchools.map((school) =>
      circle([school.lon, school.lat], TURF_RADIUS / 1000, { steps: 64, units: 'kilometers' }),
    ),
  );
  const merged = mergeCircles(circles.value, TURF_BUDGET_MS);
  lines.push(
    `| the same question by merging buffers: ${count(cornerSchools.length)} schools in a corner of the province (${cornerSpan.toFixed(2)}° square), ${count(cornerSample.length)} cells, ${count(TURF_RADIUS)} m | ms | covered cells |`,
    '| --- | ---: | ---: |',
    `| fast method: prepare the cells and find each one's nearest school | ${format(fastCorner.ms)} | ${count(fastCorner.value)} |`,
    `| Turf: ${count(cornerSchools.length)} circles (64 steps) | ${format(circles.ms)} | |`,
  );
  if (merged.circlesMerged < cornerSchools.length || !merged.merged) {
    lines.push(
      `| Turf: union of the circles — given up after ${format(merged.ms)} ms with ${count(merged.circlesMerged)} of ${count(cornerSchools.length)} merged | > ${format(merged.ms)} | — |`,
    );
  } else {
    const polygon = merged.merged;
    const inside = timed(
      () => cornerSample.filter((cell) => booleanPointInPolygon([cell.lon, cell.lat], polygon)).length,
    );
    lines.push(
      `| Turf: union of the circles | ${format(merged.ms)} | |`,
      `| Turf: point-in-polygon of each cell in the union | ${format(inside.ms)} | ${count(inside.value)} |`,
      `| Turf total | ${format(circles.ms + merged.ms + inside.ms)} | |`,
    );
    if (Math.abs(inside.value - fastCorner.value) > cornerSample.length * 0.01) {
      lines.push('', '**Warning: buffers and the fast method disagree by more than 1 % of the cells.**');
    }
  }
  lines.push(
    '',
    'Circles are 64-gons inscribed in the true circle, so merged buffers also miss a sliver at every rim; the fast method decides each cell exactly (haversine) and gives each cell its distance, which buffers cannot.',
  );
  return lines;
}

// Run directly: print the section.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log((await coverageBenchmark()).join('\n'));
}
