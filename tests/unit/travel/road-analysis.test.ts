/**
 * The district analysis under road time: coverage against the mode's time threshold, the detour
 * against the straight line, and the one seam both models go through.
 */

import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { analyzeDistrict } from '../../../src/analysis/analyze-district.ts';
import { assessCandidates } from '../../../src/analysis/assess-candidates.ts';
import { gapPointList, gapPointsOf } from '../../../src/analysis/gap-points.ts';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import { measureCostCoverage } from '../../../src/analysis/measure-cost-coverage.ts';
import { measureKindCoverage, prepareCoverage } from '../../../src/analysis/measure-kind-coverage.ts';
import { prepareCostModel } from '../../../src/analysis/prepare-cost-model.ts';
import { DISTANCE_BIN_EDGES } from '../../../src/analysis/summarise-distances.ts';
import type { PopulationData, PopulationPoint } from '../../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import type { LonLat } from '../../../src/domain/road-network.ts';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../../../src/domain/travel-settings.ts';
import { defaultRuleSet } from '../analysis/default-inputs.ts';
import { makeCandidate, makeSchool } from '../school-fixtures.ts';
import { barrier, network, road } from './travel-fixtures.ts';

/** One rural township, 109.5–109.7 E, 22.8–23.0 N. */
const township: TownshipCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { code: '450803100', name: '甲镇', urban: false, approximate: true },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [109.5, 22.8],
            [109.7, 22.8],
            [109.7, 23.0],
            [109.5, 23.0],
            [109.5, 22.8],
          ],
        ],
      },
    },
  ],
};

/** Degrees of longitude for a distance east at 22.9° N, and of latitude north. */
const east = (metres: number) => metres / (111_194.93 * Math.cos((22.9 * Math.PI) / 180));
const north = (metres: number) => metres / 111_194.93;

function point(lon: number, lat: number, population: number, name: string): PopulationPoint {
  return { lon, lat, population, schoolAgePopulation: null, name, townshipCode: '' };
}

const schoolAt: LonLat = [109.55, 22.9];
const population: PopulationData = {
  source: 'settlement-points',
  label: 'test',
  townships: [],
  points: [
    point(109.55 + east(1000), 22.9, 100, '一公里'),
    point(109.55 + east(2400), 22.9, 200, '二点四公里'),
    point(109.55 + east(4000), 22.9, 400, '四公里'),
    // 2.2 km north of the school, off the road: 44 minutes' walk off-road, 2.2 km in a line.
    point(109.55, 22.9 + north(2200), 800, '北坡'),
  ],
};
const roads = { network: network([road([schoolAt, [109.55 + east(6000), 22.9]])]), barriers: [] };
const schools = [
  makeSchool({ code: 'p1', name: '甲镇小学', type: '小学', lon: schoolAt[0], lat: schoolAt[1] }),
];
const base = {
  schools,
  townships: township,
  population,
  ruleSet: defaultRuleSet(),
  radii: DEFAULT_SERVICE_RADII,
  scenario: CURRENT_SCENARIO,
};

describe('analyzeDistrict with road time', () => {
  it('counts a point covered when its minutes by road are within the mode’s threshold', () => {
    const analysis = analyzeDistrict({ ...base, distance: { model: 'road', mode: 'walk' }, roads });
    const primary = analysis.townships[0]?.coverage.primary;
    // Rural primary on foot: 40 minutes = 3 km along the road at 4.5 km/h.
    expect(primary?.radius).toBe(40);
    expect(primary?.covered).toBe(300);
    expect(primary?.share).toBeCloseTo(300 / 1500, 12);
    expect(analysis.distance).toEqual({ model: 'road', mode: 'walk' });
    expect(analysis.travelThresholds?.primary.rural).toBe(40);
    expect(
      gapPointList(analysis.gaps.primary)
        .map((gap) => gap.name)
        .sort(),
    ).toEqual(['北坡', '四公里']);
    const slope = gapPointList(analysis.gaps.primary).find((gap) => gap.name === '北坡');
    expect(slope?.distance).toBeCloseTo(2200 / 50, 1);
  });

  it('shows the people the straight line covers and the road does not, and the median detour', () => {
    const analysis = analyzeDistrict({ ...base, distance: { model: 'road', mode: 'walk' }, roads });
    const detour = analysis.detour?.primary;
    expect(gapPointList(detour?.hiddenGaps ?? gapPointsOf([])).map((gap) => gap.name)).toEqual(['北坡']);
    expect(detour?.district.hiddenGapPopulation).toBe(800);
    // Along the road the ratio is 1 (same speed, straight road); the slope's is 75 ÷ 50 = 1.5,
    // and it holds more than half of the people.
    expect(detour?.district.medianRatio).toBeCloseTo(1.5, 3);
    expect(detour?.townships[0]?.code).toBe('450803100');
  });

  it('covers by the straight line as before when no model is named', () => {
    const analysis = analyzeDistrict(base);
    expect(analysis.distance).toEqual({ model: 'straight' });
    expect(analysis.detour).toBeNull();
    expect(analysis.townships[0]?.coverage.primary.radius).toBe(2500);
    expect(analysis.townships[0]?.coverage.primary.covered).toBe(1100);
  });

  it('gives a place no road reaches no distance, and stays JSON-safe', () => {
    // The only road lies inside a ring of water: no leg from outside reaches it.
    const ring: LonLat[] = [
      [109.59, 22.84],
      [109.62, 22.84],
      [109.62, 22.86],
      [109.59, 22.86],
      [109.59, 22.84],
    ];
    const island = {
      network: network([
        road([
          [109.6, 22.85],
          [109.61, 22.85],
        ]),
      ]),
      barriers: [barrier([ring])],
    };
    const analysis = analyzeDistrict({ ...base, distance: { model: 'road', mode: 'bike' }, roads: island });
    expect(gapPointList(analysis.gaps.primary).every((gap) => gap.distance === null)).toBe(true);
    expect(analysis.district.coverage.primary.distance.unreachable).toBe(1500);
    // Plain data but for the gap columns (typed arrays, NaN where no school is reachable).
    const { gaps, detour, ...plain } = analysis;
    expect(JSON.parse(JSON.stringify(plain))).toEqual(plain);
    expect(Array.from(gaps.primary.distance).every(Number.isNaN)).toBe(true);
    expect(gapPointList(gaps.primary).length).toBeGreaterThan(0);
    for (const kind of Object.values(detour ?? {}))
      expect(JSON.parse(JSON.stringify({ ...kind, hiddenGaps: null }))).toEqual({
        ...kind,
        hiddenGaps: null,
      });
  });
});

describe('assessCandidates with road time', () => {
  it('counts the people a candidate newly reaches in time by road, and the minutes to the nearest school', () => {
    const candidate = makeCandidate({ id: 'C1', lon: 109.55 + east(5000), lat: 22.9 });
    const report = assessCandidates({ ...base, distance: { model: 'road', mode: 'walk' }, roads }, [
      candidate,
    ]);
    expect(report.distance).toEqual({ model: 'road', mode: 'walk' });
    const [effect] = report.assessments[0]?.effects ?? [];
    expect(effect?.radius).toBe(40);
    // 四公里 is 1 km on (13 min) and nobody reaches it today; 二点四公里 is 2.6 km on (35 min),
    // already served; 一公里 is 4 km on (53 min), too far.
    expect(effect?.newlyCovered).toBe(400);
    expect(effect?.populationWithin).toBe(600);
    expect(effect?.overlapPopulation).toBe(200);
    expect(effect?.nearestExisting?.code).toBe('p1');
    expect(effect?.nearestExisting?.minutes).toBeCloseTo(5000 / 75, 1);
    expect(effect?.nearestExisting?.metres).toBeCloseTo(5000, -1);
    expect(effect?.overlapAreaShare).toBeGreaterThan(0);
    expect(effect?.overlapAreaShare).toBeLessThan(1);
  });

  it('gives the straight line’s figures as before without a road model', () => {
    const candidate = makeCandidate({ id: 'C1', lon: 109.55 + east(5000), lat: 22.9 });
    const [effect] = assessCandidates(base, [candidate]).assessments[0]?.effects ?? [];
    expect(effect?.radius).toBe(2500);
    expect(effect?.nearestExisting?.minutes).toBeNull();
    expect(effect?.newlyCovered).toBe(400);
  });
});

describe('the cost model seam', () => {
  it('gives the straight line’s coverage the same figures through either path', () => {
    const random = createSeededRandom(21);
    const points = Array.from({ length: 400 }, () => ({
      lon: random.between(109.5, 109.7),
      lat: random.between(22.8, 23),
    }));
    const sites = Array.from({ length: 12 }, () => ({
      lon: random.between(109.5, 109.7),
      lat: random.between(22.8, 23),
    }));
    const weights = Float64Array.from(points, () => random.integerBetween(0, 300));
    const areaOfPoint = Int32Array.from(points, (place) => (place.lon < 109.6 ? 0 : 1));
    const radii = Float64Array.of(2500, 1500);
    const fast = measureKindCoverage(prepareCoverage(points, weights, areaOfPoint, 2), sites, radii, 2500);
    const model = prepareCostModel(points, {
      distance: { model: 'straight' },
      radii: DEFAULT_SERVICE_RADII,
      travel: DEFAULT_TRAVEL_SETTINGS,
      roads: null,
    });
    const { costs } = model.nearest(sites);
    // Every point's cost is the haversine metres to its nearest site, found by comparing all pairs.
    points.forEach((point, position) => {
      const brute = Math.min(
        ...sites.map((site) => haversineDistance([point.lon, point.lat], [site.lon, site.lat])),
      );
      expect(costs[position]).toBeCloseTo(brute, 6);
    });
    const generic = measureCostCoverage(costs, weights, areaOfPoint, 2, radii, 2500, DISTANCE_BIN_EDGES);
    expect([...generic.gapPositions]).toEqual([...fast.gapPositions]);
    for (const [one, other] of [
      [generic.district, fast.district],
      ...generic.areas.map((area, index) => [area, fast.areas[index]]),
    ]) {
      expect(one?.covered).toBe(other?.covered);
      expect(one?.distance.histogram).toEqual(other?.distance.histogram);
      expect(one?.distance.median).toBeCloseTo(other?.distance.median ?? Number.NaN, 5);
    }
  });

  it('reaches, from one site, exactly the points whose cost from it is within the limit', () => {
    const points = population.points;
    for (const distance of [{ model: 'straight' } as const, { model: 'road', mode: 'walk' } as const]) {
      const model = prepareCostModel(points, {
        distance,
        radii: DEFAULT_SERVICE_RADII,
        travel: DEFAULT_TRAVEL_SETTINGS,
        roads,
      });
      const site = { lon: schoolAt[0], lat: schoolAt[1] };
      const { costs } = model.nearest([site]);
      const limit = model.threshold('primary', false) ?? 0;
      const reached = model.reach(site, limit);
      expect([...reached.positions]).toEqual(
        points.flatMap((_, position) =>
          (costs[position] ?? Number.POSITIVE_INFINITY) <= limit ? [position] : [],
        ),
      );
      reached.positions.forEach((position, index) => {
        expect(reached.costs[index]).toBeCloseTo(costs[position] ?? 0, 9);
      });
    }
  });

  it('never covers fewer people by road when a school is added (random roads and schools)', () => {
    for (const seed of [31, 32, 33]) {
      const random = createSeededRandom(seed);
      const lines = Array.from({ length: 40 }, () => {
        const from: LonLat = [random.between(109.5, 109.7), random.between(22.8, 23)];
        return road([from, [from[0] + random.between(-0.03, 0.03), from[1] + random.between(-0.03, 0.03)]]);
      });
      // Join every line to a trunk through its first vertex, so most of the network is connected.
      const trunk = road(
        lines.map((line) => line.coordinates[0] as LonLat).sort((a, b) => a[0] - b[0]),
        '县道',
      );
      const randomRoads = { network: network([trunk, ...lines]), barriers: [] };
      const people: PopulationData = {
        ...population,
        points: Array.from({ length: 150 }, (_, index) =>
          point(
            random.between(109.5, 109.7),
            random.between(22.8, 23),
            random.integerBetween(1, 100),
            `点${index}`,
          ),
        ),
      };
      let list = [makeSchool({ code: 's0', name: '零', type: '九年一贯制', lon: 109.6, lat: 22.9 })];
      let before = analyzeDistrict({
        ...base,
        schools: list,
        population: people,
        distance: { model: 'road', mode: 'bus' },
        roads: randomRoads,
      });
      for (let added = 1; added <= 6; added++) {
        list = [
          ...list,
          makeSchool({
            code: `s${added}`,
            name: `${added}`,
            type: '九年一贯制',
            lon: random.between(109.5, 109.7),
            lat: random.between(22.8, 23),
          }),
        ];
        const after = analyzeDistrict({
          ...base,
          schools: list,
          population: people,
          distance: { model: 'road', mode: 'bus' },
          roads: randomRoads,
        });
        for (const kind of ['primary', 'middle'] as const) {
          expect(after.district.coverage[kind].covered ?? 0).toBeGreaterThanOrEqual(
            before.district.coverage[kind].covered ?? 0,
          );
        }
        before = after;
      }
    }
  });
});
