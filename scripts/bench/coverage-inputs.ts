/**
 * Inputs of the coverage benchmarks: the embedded 港南区 county, a seeded synthetic province, and
 * the per-point groupings every method starts from (shared by coverage-bench.ts and
 * stamped-coverage-bench.ts).
 */

import { readFileSync } from 'node:fs';
import type { AnalysisInput } from '../../src/analysis/analyze-district.ts';
import { assignPopulationTownships } from '../../src/analysis/assign-population-townships.ts';
import { groupRadiusClasses } from '../../src/analysis/group-radius-classes.ts';
import {
  type CoverageFrame,
  measureKindCoverage,
  prepareCoverage,
} from '../../src/analysis/measure-kind-coverage.ts';
import type { PopulationData, PopulationPoint } from '../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII, SERVICE_KINDS, servesKind, serviceRadius } from '../../src/domain/radius.ts';
import { CURRENT_SCENARIO, schoolsInScenario } from '../../src/domain/scenario.ts';
import type { School, SchoolType } from '../../src/domain/school.ts';
import type { TownshipCollection, TownshipFeature } from '../../src/domain/township.ts';
import { readRoster } from '../../src/io/read-roster.ts';
import { requireRuleSet } from '../../src/io/rule-set-file.ts';
import { createSeededRandom } from '../geodata/seeded-random.ts';

/** Synthetic province: townships per row and column, lattice cells per township side (≈ 300 m each). */
export const TOWNSHIP_COLUMNS = 50;
export const TOWNSHIP_ROWS = 30;
export const CELLS_PER_TOWNSHIP_SIDE = 26;
export const CELL_METRES = 300;
export const PROVINCE_CELLS = 1_000_000;
export const PROVINCE_SCHOOLS = 30_000;
/** Share of each school type in the synthetic roster. */
export const TYPE_MIX: readonly [SchoolType, number][] = [
  ['幼儿园', 0.4],
  ['小学', 0.3],
  ['教学点', 0.1],
  ['初中', 0.1],
  ['九年一贯制', 0.04],
  ['高中', 0.03],
  ['完全中学', 0.02],
  ['特殊教育学校', 0.01],
];

/** Points, schools and the per-point groupings both methods start from. */
export interface CoverageInput {
  points: PopulationPoint[];
  schools: School[];
  townships: TownshipCollection;
  pointTownships: string[];
  urbanByCode: Map<string, boolean>;
  positionsByTownship: Map<string, number[]>;
  allPositions: number[];
}

export function coverageInput(input: AnalysisInput): CoverageInput {
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
export function fastCoverage(input: CoverageInput) {
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

/**
 * What a stamp lattice of the input's points needs: the township (area) of every point, their
 * population, and the radius classes of the five kinds (areas sharing their radius for every kind).
 */
export function latticeInputs(input: CoverageInput, fast: ReturnType<typeof fastCoverage>) {
  const codes = input.townships.features.map((feature) => feature.properties.code);
  const areaCount = codes.length;
  const areaByCode = new Map(codes.map((code, area) => [code, area]));
  const areaOfPoint = Int32Array.from(input.pointTownships, (code) => areaByCode.get(code) ?? -1);
  const weights = Float64Array.from(input.points, (point) => point.population);
  const classes = groupRadiusClasses(
    fast.kinds.map((kind) => {
      const radii = new Float64Array(areaCount + 1);
      radii.set(kind.radiusOfArea);
      radii[areaCount] = kind.outside;
      return radii;
    }),
  );
  return { areaCount, areaOfPoint, weights, classes };
}

function readGeodata<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(`../../geodata/${relative}`, import.meta.url), 'utf8')) as T;
}

/** The embedded 港南区 data: sample roster, approximate townships, modelled population, rule set. */
export function countyInput(): AnalysisInput {
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
export function provinceInput(ruleSet: AnalysisInput['ruleSet']): AnalysisInput {
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
