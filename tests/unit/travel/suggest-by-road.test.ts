/**
 * Site suggestion and consolidation under road time: the candidates' coverage lists come from
 * the road model, so a site across a river with no bridge covers nobody on the other bank; a
 * radius of the request's own and the mean-distance objective are refused by road.
 */
import { describe, expect, it } from 'vitest';
import { planConsolidation } from '../../../src/analysis/optimise/plan-consolidation.ts';
import { coveringProblemOf } from '../../../src/analysis/optimise/prepare-suggestion.ts';
import {
  planSuggestion,
  prepareRequest,
  type SuggestionContext,
  type SuggestionRequest,
} from '../../../src/analysis/plan-suggestion.ts';
import type { PopulationData } from '../../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import { defaultRuleSet } from '../analysis/default-inputs.ts';
import { refusalOf } from '../analysis/refusals.ts';
import { makeSchool, TWO_TOWNSHIPS } from '../school-fixtures.ts';
import { barrier, network, road } from './travel-fixtures.ts';

// 甲镇 (rural) at 22.5° N: a village on the east bank of a river with no bridge.
const population: PopulationData = {
  source: 'settlement-points',
  label: 'test',
  points: [
    { lon: 109.506, lat: 22.5, population: 1000, schoolAgePopulation: null, name: '东村', townshipCode: '' },
  ],
  townships: [],
};
const river = barrier([
  [
    [109.503, 22.4],
    [109.503, 22.6],
  ],
]);
const banks = network([
  road([
    [109.495, 22.5],
    [109.502, 22.5],
  ]),
  road([
    [109.504, 22.5],
    [109.51, 22.5],
  ]),
]);
const straight: SuggestionContext = {
  schools: [],
  townships: TWO_TOWNSHIPS,
  population,
  ruleSet: defaultRuleSet(),
  radii: DEFAULT_SERVICE_RADII,
};
const byRoad: SuggestionContext = {
  ...straight,
  distance: { model: 'road', mode: 'walk' },
  roads: { network: banks, barriers: [river] },
};
const westBank = { lon: 109.5, lat: 22.5, name: '西岸地块' };
const request: SuggestionRequest = {
  kind: 'primary',
  count: 1,
  radius: null,
  minDistance: 0,
  includeTownships: [],
  excludeTownships: [],
  requireRuleId: null,
  candidates: { source: 'list', sites: [westBank, { lon: 109.508, lat: 22.5, name: '东岸地块' }] },
  scenario: CURRENT_SCENARIO,
  method: 'greedy',
};

describe('suggestion by road time', () => {
  it('builds the candidates’ lists through the roads: the west bank covers nobody across the river', () => {
    const listsOf = (context: SuggestionContext) => {
      const { lists } = coveringProblemOf(prepareRequest(context, request).prepared);
      return [0, 1].map((site) =>
        Array.from(lists.points.subarray(lists.start[site], lists.start[site + 1])),
      );
    };
    expect(listsOf(straight)).toEqual([[0], [0]]);
    expect(listsOf(byRoad)).toEqual([[], [0]]);
  });

  it('picks the east bank by road; with only the west bank offered, nobody is newly covered', async () => {
    const picked = await planSuggestion(byRoad, request);
    expect(picked.picks.map((pick) => pick.name)).toEqual(['东岸地块']);
    expect(picked.coveredAfter).toBe(1000);
    const westOnly = { ...request, candidates: { source: 'list' as const, sites: [westBank] } };
    expect((await planSuggestion(straight, westOnly)).coveredAfter).toBe(1000);
    expect((await planSuggestion(byRoad, westOnly)).coveredAfter).toBe(0);
  });

  it('refuses a radius of its own and the mean-distance objective by road', async () => {
    expect(await refusalOf(planSuggestion(byRoad, { ...request, radius: 3000 }))).toContain(
      '不能另设统一服务半径',
    );
    expect(await refusalOf(planSuggestion(byRoad, { ...request, objective: 'distance' }))).toContain(
      '不能在道路时间下使用',
    );
    expect((await planSuggestion(straight, { ...request, radius: 3000 })).picks).toHaveLength(1);
  });
});

describe('consolidation by road time', () => {
  it('keeps the school that alone reaches the village by road, and closes the one across the river', async () => {
    const schools = [
      makeSchool({ code: 'W1', name: '西岸教学点', type: '教学点', lon: 109.5, lat: 22.5 }),
      makeSchool({ code: 'E1', name: '东岸教学点', type: '教学点', lon: 109.508, lat: 22.5 }),
    ];
    const consolidate = (context: SuggestionContext) =>
      planConsolidation(
        { ...context, schools },
        {
          kind: 'primary',
          types: ['教学点'],
          maxEnrolment: null,
          codes: [],
          closeCount: 1,
          target: 1,
          radius: null,
          scenario: CURRENT_SCENARIO,
          method: 'exact',
        },
      );
    const road = await consolidate(byRoad);
    expect(road.closed.map((school) => school.code)).toEqual(['W1']);
    expect(road.coveredAfter).toBe(1000);
  });
});
