/**
 * The default rule set on the embedded data reproduces the failures the sample roster was built
 * with (geodata/README.md): boarding primary missing in 江南街道 and 湛江镇 now, only 江南街道
 * after the plan; no public central kindergarten in 瓦塘镇 now, none missing after; 桥圩镇 gets
 * three new public kindergartens, 木格镇 only one.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDistrict, type DistrictAnalysis } from '../../../src/analysis/analyze-district.ts';
import { compareAnalyses } from '../../../src/analysis/compare-analyses.ts';
import { evaluateTargets } from '../../../src/analysis/evaluate-targets.ts';
import { gapPointList } from '../../../src/analysis/gap-points.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import { CURRENT_SCENARIO, PLANNED_SCENARIO } from '../../../src/domain/scenario.ts';
import type { School } from '../../../src/domain/school.ts';
import { defaultPopulation, defaultRuleSet, defaultSchools, defaultTownships } from './default-inputs.ts';

let schools: School[];
let current: DistrictAnalysis;
let planned: DistrictAnalysis;

beforeAll(async () => {
  schools = await defaultSchools();
  const common = {
    schools,
    townships: defaultTownships(),
    population: defaultPopulation(),
    ruleSet: defaultRuleSet(),
    radii: DEFAULT_SERVICE_RADII,
  };
  current = analyzeDistrict({ ...common, scenario: CURRENT_SCENARIO });
  planned = analyzeDistrict({ ...common, scenario: PLANNED_SCENARIO });
});

function failing(analysis: DistrictAnalysis, ruleId: string): string[] {
  return analysis.townships
    .filter((township) => township.rules.find((rule) => rule.id === ruleId)?.pass === false)
    .map((township) => township.name);
}

function result(analysis: DistrictAnalysis, township: string, ruleId: string) {
  return analysis.townships
    .find((candidate) => candidate.name === township)
    ?.rules.find((rule) => rule.id === ruleId);
}

describe('default rules on the embedded sample data', () => {
  it('finds the townships without a boarding primary school', () => {
    expect(failing(current, 'boarding-primary')).toEqual(['江南街道', '湛江镇']);
    expect(failing(planned, 'boarding-primary')).toEqual(['江南街道']);
  });

  it('finds the township without a public central kindergarten today, none after the plan', () => {
    expect(failing(current, 'public-central-kindergarten')).toEqual(['瓦塘镇']);
    expect(failing(planned, 'public-central-kindergarten')).toEqual([]);
  });

  it('treats 桥圩镇 and 木格镇 as the populous towns and counts their new public kindergartens', () => {
    expect(
      current.townships.filter((township) => township.populous).map((township) => township.name),
    ).toEqual(['桥圩镇', '木格镇']);
    expect(result(current, '桥圩镇', 'populous-town-new-kindergartens')).toMatchObject({
      pass: true,
      actual: 2,
    });
    expect(result(planned, '桥圩镇', 'populous-town-new-kindergartens')).toMatchObject({
      pass: true,
      actual: 3,
    });
    expect(result(planned, '木格镇', 'populous-town-new-kindergartens')).toMatchObject({
      pass: false,
      actual: 1,
    });
    expect(result(planned, '八塘街道', 'populous-town-new-kindergartens')).toMatchObject({
      applicable: false,
      pass: null,
    });
  });

  it('flags the oversized classes the sample keeps (10 above 55, 3 above 65) and its ICT shortfalls', () => {
    const flagged = (ruleId: string) =>
      current.schoolFlags.filter((school) => school.flags.some((flag) => flag.ruleId === ruleId)).length;
    expect(flagged('class-size-large')).toBe(10);
    expect(flagged('class-size-severe')).toBe(3);
    expect(flagged('bandwidth-lead-schools')).toBeGreaterThan(0);
    expect(flagged('bandwidth-village-primaries')).toBeGreaterThan(0);
    expect(flagged('students-per-computer-primary')).toBeGreaterThan(0);
    expect(flagged('students-per-computer-middle')).toBeGreaterThan(0);
  });

  it('computes coverage for every township from the modelled population', () => {
    expect(current.district.population).toBe(516_598);
    expect(current.population.outsideTownships).toBe(0);
    for (const township of current.townships) {
      for (const kind of ['kindergarten', 'primary', 'middle'] as const) {
        const coverage = township.coverage[kind];
        expect(coverage.share, `${township.name} ${kind}`).not.toBeNull();
        expect(coverage.share ?? -1).toBeGreaterThanOrEqual(0);
        expect(coverage.share ?? 2).toBeLessThanOrEqual(1);
        expect((coverage.covered ?? 0) + (coverage.uncovered ?? 0)).toBe(coverage.population);
      }
      expect(township.coverage.high.share).toBeNull();
      expect(township.coverage.high.distance.median).toBeGreaterThan(0);
    }
    expect(gapPointList(current.gaps.primary).reduce((sum, gap) => sum + gap.population, 0)).toBe(
      current.district.coverage.primary.uncovered,
    );
  });

  it('lists what the plan fixes and breaks nothing', () => {
    const comparison = compareAnalyses(current, planned);
    expect(comparison.broken).toEqual([]);
    expect(comparison.fixed).toContainEqual({
      code: '450803103',
      name: '湛江镇',
      ruleId: 'boarding-primary',
    });
    expect(comparison.fixed).toContainEqual({
      code: '450803107',
      name: '瓦塘镇',
      ruleId: 'public-central-kindergarten',
    });
    const jiangnan = comparison.townships.find((township) => township.name === '江南街道');
    expect(jiangnan?.rules.find((rule) => rule.ruleId === 'boarding-primary')?.change).toBe('still-failing');
  });

  it('compares again only the townships whose records are new, with the same result', () => {
    const kept = new WeakMap();
    const first = compareAnalyses(current, planned, kept);
    expect(first).toEqual(compareAnalyses(current, planned));
    // 规划完成后 with one township's record new (a rule now failing): that township only is compared again.
    const index = planned.townships.findIndex((township) => township.name === '湛江镇');
    const changed = structuredClone(planned.townships[index]) as DistrictAnalysis['townships'][number];
    const rule = changed.rules.find((each) => each.id === 'boarding-primary');
    if (!rule) throw new Error('expected the rule');
    rule.pass = false;
    const edited = { ...planned, townships: planned.townships.with(index, changed) };
    const second = compareAnalyses(current, edited, kept);
    expect(second).toEqual(compareAnalyses(current, edited));
    expect(second.fixed).not.toContainEqual({
      code: '450803103',
      name: '湛江镇',
      ruleId: 'boarding-primary',
    });
    second.townships.forEach((township, at) => {
      if (at === index) expect(township).not.toBe(first.townships[at]);
      else expect(township).toBe(first.townships[at]);
    });
  });

  it('reports no 所属乡镇 disagreements on the sample, and says the boundaries are approximate', () => {
    expect(current.membership).toEqual({ boundariesApproximate: true, mismatches: [] });
  });
});

describe('district targets on the embedded sample data', () => {
  it('counts the new builds by status against the plan’s figures', () => {
    const progress = Object.fromEntries(
      evaluateTargets(schools, defaultRuleSet()).map((target) => [target.id, target]),
    );
    const kindergartens = progress['new-public-kindergartens'];
    expect(kindergartens?.afterPlan).toBe(16);
    expect(kindergartens?.metAfterPlan).toBe(true);
    const counts = kindergartens?.counts;
    expect((counts?.completed ?? 0) + (counts?.construction ?? 0) + (counts?.planned ?? 0)).toBe(16);
    expect(counts?.existing).toBe(0);
    expect(progress['new-primary-schools']).toMatchObject({ afterPlan: 4, metAfterPlan: true });
    expect(progress['new-high-schools']?.counts).toEqual({
      existing: 0,
      completed: 0,
      construction: 1,
      planned: 0,
    });
    expect(progress['public-kindergartens-renovated']).toMatchObject({ target: 116, metAfterPlan: false });
    expect(progress['inclusive-private-certified']).toMatchObject({ achieved: 28, met: true });
    expect(progress['demonstration-kindergartens']).toMatchObject({ achieved: 2, met: true });
    expect(progress['preschool-gross-enrolment']).toMatchObject({ counts: null, achieved: null, met: null });
  });
});
