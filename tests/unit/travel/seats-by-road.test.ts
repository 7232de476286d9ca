/**
 * Seats under road time: a school is eligible for a place only when the road reaches it within the
 * stage's minutes, so a river with no bridge keeps a nearby school's seats out of reach; new sites
 * (the suggestion's seat objective) are paired through the same roads, and the seats objective of
 * the site suggestion picks differently when a river has no bridge.
 */
import { describe, expect, it } from 'vitest';
import { planSuggestion, type SuggestionRequest } from '../../../src/analysis/plan-suggestion.ts';
import { allocateSeats } from '../../../src/analysis/seats/allocate-seats.ts';
import { countNewlySeated } from '../../../src/analysis/seats/count-newly-seated.ts';
import { countStageChildren } from '../../../src/analysis/seats/count-stage-children.ts';
import {
  prepareSeatAnalysis,
  type SeatAnalysisInput,
} from '../../../src/analysis/seats/prepare-seat-analysis.ts';
import type { PopulationData, PopulationPoint } from '../../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import { CHILD_AGE_COUNT, DEFAULT_SEAT_SETTINGS } from '../../../src/domain/seats.ts';
import { DEFAULT_TRAVEL_SETTINGS, withTravelThreshold } from '../../../src/domain/travel-settings.ts';
import { defaultRuleSet } from '../analysis/default-inputs.ts';
import { makeSchool, TWO_TOWNSHIPS } from '../school-fixtures.ts';
import { barrier, network, road } from './travel-fixtures.ts';

function place(lon: number, ages: number): PopulationPoint {
  const perAge = Array.from({ length: CHILD_AGE_COUNT }, (_, age) => (age >= 6 && age <= 11 ? ages : 0));
  return {
    lon,
    lat: 22.5,
    population: 500,
    schoolAgePopulation: null,
    name: '',
    townshipCode: '',
    ages: perAge,
  };
}

// 甲镇 (rural) at 22.5° N: the school on the west bank, a village 600 m east across the river.
const population: PopulationData = {
  source: 'settlement-points',
  label: 'test',
  baseYear: 2020,
  points: [place(109.499, 10), place(109.506, 20)],
  townships: [],
};
const school = makeSchool({ code: 'P1', name: '甲小学', lon: 109.5, lat: 22.5, seats: 500, students: 0 });
const river = barrier([
  [
    [109.503, 22.4],
    [109.503, 22.6],
  ],
]);
const westBank = road([
  [109.495, 22.5],
  [109.502, 22.5],
]);
const eastBank = road([
  [109.504, 22.5],
  [109.51, 22.5],
]);
const withBridge = road([
  [109.495, 22.5],
  [109.51, 22.5],
]);

const base: SeatAnalysisInput = {
  schools: [school],
  townships: TWO_TOWNSHIPS,
  population,
  settings: DEFAULT_SEAT_SETTINGS,
  radii: DEFAULT_SERVICE_RADII,
  scenario: CURRENT_SCENARIO,
};

function seated(input: SeatAnalysisInput) {
  const frame = prepareSeatAnalysis(input);
  const stage = frame.stages.primary;
  const children = countStageChildren(
    frame.base.ages,
    frame.points.length,
    DEFAULT_SEAT_SETTINGS.stageAges.primary,
  );
  if (!stage.pairs) throw new Error('no pairs');
  return {
    frame,
    children,
    reach: Array.from(stage.pairs.reach),
    allocation: allocateSeats(stage.pairs, children, stage.seats),
  };
}

describe('seats under road time', () => {
  it('leaves the village across a river with no bridge without a seat; the straight line seats it', () => {
    const straight = seated(base);
    expect(straight.reach).toEqual([1, 1]);
    expect(Array.from(straight.allocation.seatedAtPlace)).toEqual([60, 120]);

    const noBridge = seated({
      ...base,
      distance: { model: 'road', mode: 'walk' },
      roads: { network: network([westBank, eastBank]), barriers: [river] },
    });
    expect(noBridge.reach).toEqual([1, 0]);
    expect(Array.from(noBridge.allocation.seatedAtPlace)).toEqual([60, 0]);

    const bridged = seated({
      ...base,
      distance: { model: 'road', mode: 'walk' },
      roads: { network: network([withBridge]), barriers: [river] },
    });
    expect(bridged.reach).toEqual([1, 1]);
    expect(Array.from(bridged.allocation.seatedAtPlace)).toEqual([60, 120]);
    // The pair's distance is minutes by road (about 600 m at 75 m a minute), not metres.
    const pairs = bridged.frame.stages.primary.pairs;
    const east = pairs ? Array.from(pairs.point).indexOf(1) : -1;
    expect(pairs?.distance[east]).toBeGreaterThan(7);
    expect(pairs?.distance[east]).toBeLessThan(10);
  });

  it('pairs a new site through the roads: one on the east bank seats the village', () => {
    const input: SeatAnalysisInput = {
      ...base,
      distance: { model: 'road', mode: 'walk' },
      roads: { network: network([westBank, eastBank]), barriers: [river] },
    };
    const { frame, children } = seated(input);
    const east = { code: 'C1', lon: 109.507, lat: 22.5, seats: 810 };
    const west = { code: 'C2', lon: 109.498, lat: 22.5, seats: 810 };
    expect(countNewlySeated(frame, 'primary', children, [east])).toBe(120);
    expect(countNewlySeated(frame, 'primary', children, [west])).toBe(0);
  });

  it('keeps to the stage minutes: a school 22 minutes away on foot is out of a 20-minute reach', () => {
    const other = makeSchool({
      code: 'P9',
      name: '乙小学',
      lon: 109.515,
      lat: 22.5,
      seats: 500,
      students: 0,
    });
    const input: SeatAnalysisInput = {
      ...base,
      schools: [other],
      distance: { model: 'road', mode: 'walk' },
      roads: {
        network: network([
          road([
            [109.495, 22.5],
            [109.52, 22.5],
          ]),
        ]),
        barriers: [],
      },
    };
    expect(seated(input).reach).toEqual([1, 1]);
    const travel = withTravelThreshold(DEFAULT_TRAVEL_SETTINGS, 'walk', 'primary', 'rural', 20);
    expect(seated({ ...input, travel }).reach).toEqual([0, 1]);
  });

  it('the suggestion’s seats objective: the river without a bridge changes the pick', async () => {
    // The school is full with the west bank's 60 children; a hamlet of 30 stays west of it, and
    // the village of 120 east of the river waits. A west-bank site reaches the hamlet and, in a
    // straight line, the village (150 children); the east-bank site, the village alone (120). By
    // road the west-bank site cannot cross the river: it seats the hamlet's 30, the east the 120.
    const full = makeSchool({ code: 'P1', name: '甲小学', lon: 109.5, lat: 22.5, seats: 60, students: 0 });
    const hamlet: PopulationPoint = { ...place(109.497, 5), name: '西岸小组' };
    const context = {
      schools: [full],
      townships: TWO_TOWNSHIPS,
      population: { ...population, points: [...population.points, hamlet] },
      ruleSet: defaultRuleSet(),
      radii: DEFAULT_SERVICE_RADII,
    };
    const request: SuggestionRequest = {
      kind: 'primary',
      count: 1,
      radius: null,
      minDistance: 0,
      includeTownships: [],
      excludeTownships: [],
      requireRuleId: null,
      candidates: {
        source: 'list',
        sites: [
          { lon: 109.499, lat: 22.5, name: '西岸地块' },
          { lon: 109.507, lat: 22.5, name: '东岸地块' },
        ],
      },
      scenario: CURRENT_SCENARIO,
      objective: 'seats',
      method: 'swap',
    };
    const straight = await planSuggestion(context, request);
    expect(straight.picks.map((pick) => pick.name)).toEqual(['西岸地块']);
    expect(straight.quality.value).toBe(150);
    const byRoad = await planSuggestion(
      {
        ...context,
        distance: { model: 'road', mode: 'walk' },
        roads: { network: network([westBank, eastBank]), barriers: [river] },
      },
      request,
    );
    expect(byRoad.picks.map((pick) => pick.name)).toEqual(['东岸地块']);
    expect(byRoad.quality.value).toBe(120);
    expect(byRoad.seats?.seatedAfter).toBe((byRoad.seats?.seatedBefore ?? 0) + 120);
  });
});
