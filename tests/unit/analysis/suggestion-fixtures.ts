/** Two hand-made squares and a candidate list for the site-suggestion tests. */
import type { SuggestionContext, SuggestionRequest } from '../../../src/analysis/plan-suggestion.ts';
import type { PopulationPoint } from '../../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import { makeSchool, TWO_TOWNSHIPS } from '../school-fixtures.ts';
import { defaultRuleSet } from './default-inputs.ts';

/** A settlement point with its population. */
export function settlement(name: string, lon: number, lat: number, population: number): PopulationPoint {
  return { lon, lat, population, schoolAgePopulation: null, name, townshipCode: '' };
}

/**
 * 甲镇 (rural, 109–110 E): a primary school at 109.2 E beside 900 people, and 200 people at
 * 109.6 E (≈ 41 km away), so 900 / 1,100 = 81.8 % < 90 % fails coverage-primary. 乙街道 (urban,
 * 110–111 E): a primary school beside its 1,000 people, 100 %.
 */
export const squares: SuggestionContext = {
  schools: [
    makeSchool({ code: 'P1', name: '甲镇中心小学', lon: 109.2, lat: 22.5, township: '甲镇' }),
    makeSchool({ code: 'P2', name: '乙街道小学', lon: 110.5, lat: 22.5, township: '乙街道' }),
  ],
  townships: TWO_TOWNSHIPS,
  population: {
    source: 'settlement-points',
    label: '两方块',
    points: [
      settlement('甲镇区', 109.2, 22.5, 900),
      settlement('东村', 109.6, 22.5, 200),
      settlement('乙城区', 110.5, 22.5, 1000),
    ],
    townships: [],
  },
  ruleSet: defaultRuleSet(),
  radii: DEFAULT_SERVICE_RADII,
};

/** Five listed candidates, two picks, at least one in each township failing coverage-primary. */
export const listed: SuggestionRequest = {
  kind: 'primary',
  count: 2,
  radius: null,
  minDistance: 0,
  includeTownships: [],
  excludeTownships: [],
  requireRuleId: 'coverage-primary',
  candidates: {
    source: 'list',
    sites: [
      { lon: 109.9, lat: 22.9, name: '北山地块' },
      { lon: 110.5, lat: 22.501, name: '城中地块' },
      { lon: 109.6, lat: 22.5, name: '东村地块' },
      { lon: 108.5, lat: 22.5, name: '界外地块' },
      { lon: 109.61, lat: 22.5, name: '' },
    ],
  },
  scenario: CURRENT_SCENARIO,
};
