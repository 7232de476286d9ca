import { describe, expect, it } from 'vitest';
import { analyzeDistrict } from '../../../src/analysis/analyze-district.ts';
import { evaluateSchoolRules } from '../../../src/analysis/evaluate-school-rules.ts';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import { serviceCircles } from '../../../src/analysis/service-circles.ts';
import { summariseDistances } from '../../../src/analysis/summarise-distances.ts';
import {
  DEFAULT_SERVICE_RADII,
  servesKind,
  serviceRadius,
  withServiceRadius,
} from '../../../src/domain/radius.ts';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import { thrownMessage } from '../messages.ts';
import { makeSchool, TWO_TOWNSHIPS } from '../school-fixtures.ts';
import { defaultRuleSet } from './default-inputs.ts';

describe('summariseDistances', () => {
  it('gives the population-weighted median, 90th percentile and histogram', () => {
    const summary = summariseDistances([100, 200, 900, 12_000, Number.POSITIVE_INFINITY], [1, 1, 2, 5, 1]);
    // Sorted weights 1, 1, 2, 5 (+1 unreachable) of 10: half (5) is reached at 12,000 m, 90 % (9) too.
    expect(summary.median).toBe(12_000);
    expect(summary.p90).toBe(12_000);
    expect(summary.unreachable).toBe(1);
    expect(summary.histogram.map((bin) => bin.population)).toEqual([2, 0, 2, 0, 0, 0, 0, 5]);
    expect(summary.histogram.at(-1)).toEqual({ from: 10_000, to: null, population: 5 });
    expect(summariseDistances([100, 200, 900], [1, 1, 2]).median).toBe(200);
  });

  it('gives null percentiles when half the people have no school at all, or nobody lives there', () => {
    expect(summariseDistances([100, Number.POSITIVE_INFINITY], [1, 3]).median).toBeNull();
    expect(summariseDistances([], []).median).toBeNull();
  });
});

describe('service radii', () => {
  it('has the SPEC defaults and which types serve which kinds', () => {
    expect(serviceRadius(DEFAULT_SERVICE_RADII, 'kindergarten', true)).toBe(300);
    expect(serviceRadius(DEFAULT_SERVICE_RADII, 'middle', false)).toBe(5000);
    expect(serviceRadius(DEFAULT_SERVICE_RADII, 'high', false)).toBeNull();
    expect(servesKind('九年一贯制', 'primary') && servesKind('九年一贯制', 'middle')).toBe(true);
    expect(servesKind('完全中学', 'high') && servesKind('完全中学', 'middle')).toBe(true);
    expect(servesKind('教学点', 'primary')).toBe(true);
    expect(servesKind('高中', 'middle')).toBe(false);
    const edited = withServiceRadius(DEFAULT_SERVICE_RADII, 'primary', 'rural', 3000);
    expect(edited.primary).toEqual({ urban: 500, rural: 3000 });
    expect(DEFAULT_SERVICE_RADII.primary.rural).toBe(2500);
    expect(thrownMessage(() => withServiceRadius(DEFAULT_SERVICE_RADII, 'primary', 'rural', -5))).toBe(
      '服务半径应为非负数（米），实际为 -5',
    );
  });
});

describe('serviceCircles', () => {
  it('draws a circle of the radius around each school serving the kind only', () => {
    const schools = [
      makeSchool({ code: '1', name: '小学', type: '小学', lon: 109.7, lat: 22.9 }),
      makeSchool({ code: '2', name: '初中', type: '初中', lon: 109.8, lat: 22.9 }),
      makeSchool({ code: '3', name: '九年', type: '九年一贯制', lon: 109.6, lat: 22.9 }),
    ];
    const circles = serviceCircles(schools, 'primary', 2500, 32);
    expect(circles.features.map((feature) => feature.properties.code)).toEqual(['1', '3']);
    const ring = circles.features[0]?.geometry.coordinates[0] ?? [];
    expect(ring).toHaveLength(33);
    for (const vertex of ring)
      expect(haversineDistance([109.7, 22.9], [vertex[0] ?? 0, vertex[1] ?? 0])).toBeCloseTo(2500, 0);
    const perSchool = serviceCircles(schools, 'middle', (school) => (school.code === '2' ? 1000 : null));
    expect(perSchool.features.map((feature) => [feature.properties.code, feature.properties.radius])).toEqual(
      [['2', 1000]],
    );
  });
});

describe('evaluateSchoolRules', () => {
  it('flags a school without any computer, and skips one whose figures are missing', () => {
    const rules = defaultRuleSet().rules;
    const flags = evaluateSchoolRules(
      [
        makeSchool({
          code: '1',
          name: '无机房',
          type: '小学',
          students: 300,
          classes: 6,
          staff: 20,
          computers: 0,
        }),
        makeSchool({ code: '2', name: '未填', type: '小学' }),
        makeSchool({ code: '3', name: '幼儿园', type: '幼儿园', students: 400, classes: 5 }),
      ],
      ['A', 'A', 'A'],
      rules,
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]?.flags.map((flag) => [flag.ruleId, flag.actual])).toEqual([
      ['students-per-computer-primary', null],
      ['staff-per-computer', null],
    ]);
  });
});

describe('membership in analyzeDistrict', () => {
  it('lists schools whose 所属乡镇 names another township than the boundary they lie in, saying the lines are approximate', () => {
    const analysis = analyzeDistrict({
      schools: [
        makeSchool({ code: '1', name: '在甲', lon: 109.5, lat: 22.5, township: '甲镇' }),
        makeSchool({ code: '2', name: '写乙在甲', lon: 109.5, lat: 22.5, township: '乙' }),
        makeSchool({ code: '3', name: '未写', lon: 110.5, lat: 22.5 }),
      ],
      townships: TWO_TOWNSHIPS,
      population: { source: 'settlement-points', label: '', points: [], townships: [] },
      ruleSet: defaultRuleSet(),
      radii: DEFAULT_SERVICE_RADII,
      scenario: CURRENT_SCENARIO,
    });
    expect(analysis.membership.boundariesApproximate).toBe(true);
    expect(
      analysis.membership.mismatches.map((mismatch) => [
        mismatch.schoolCode,
        mismatch.statedCode,
        mismatch.locatedCode,
      ]),
    ).toEqual([['2', '450803001', '450803100']]);
  });
});

describe('analyzeDistrict with a township table and no points', () => {
  it('spreads the table over the township and uses the table totals', () => {
    const analysis = analyzeDistrict({
      schools: [makeSchool({ code: '1', name: '小学', type: '小学', lon: 109.5, lat: 22.5 })],
      townships: TWO_TOWNSHIPS,
      population: {
        source: 'township-table',
        label: '表',
        points: [],
        townships: [{ code: '450803100', name: '甲镇', population: 1000, schoolAgePopulation: null }],
      },
      ruleSet: defaultRuleSet(),
      radii: DEFAULT_SERVICE_RADII,
      scenario: CURRENT_SCENARIO,
    });
    const township = analysis.townships[0];
    expect(township?.population).toBe(1000);
    expect(township?.coverage.primary.population).toBe(1000);
    // 2.5 km around one school in a 1° square: a small share, but more than nothing.
    expect(township?.coverage.primary.share ?? 0).toBeGreaterThan(0);
    expect(township?.coverage.primary.share ?? 1).toBeLessThan(0.05);
    expect(analysis.townships[1]?.population).toBe(0);
    expect(analysis.population.source).toBe('township-table');
  });
});
