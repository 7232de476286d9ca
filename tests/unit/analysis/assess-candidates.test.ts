import { describe, expect, it } from 'vitest';
import { analyzeDistrict } from '../../../src/analysis/analyze-district.ts';
import { assessCandidates } from '../../../src/analysis/assess-candidates.ts';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import type { PopulationData } from '../../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import { makeCandidate, makeSchool, TWO_TOWNSHIPS } from '../school-fixtures.ts';
import { defaultAnalysisInput, defaultRuleSet } from './default-inputs.ts';

const candidate = makeCandidate;

function point(lon: number, lat: number, population: number) {
  return { lon, lat, population, schoolAgePopulation: null, name: '', townshipCode: '' };
}

// 甲镇 (rural, primary radius 2.5 km): a primary school with 100 people beside it, and 350 people
// about 20 km east; 乙街道 (urban) has 40 people far from everything.
const population: PopulationData = {
  source: 'settlement-points',
  label: '测试',
  points: [point(109.5, 22.5, 100), point(109.7, 22.5, 300), point(109.7, 22.51, 50), point(110.5, 22.5, 40)],
  townships: [],
};
const input = {
  schools: [
    makeSchool({ code: '1', name: '甲镇小学', type: '小学', lon: 109.5, lat: 22.5, township: '甲镇' }),
  ],
  townships: TWO_TOWNSHIPS,
  population,
  ruleSet: defaultRuleSet(),
  radii: DEFAULT_SERVICE_RADII,
  scenario: CURRENT_SCENARIO,
};

describe('assessCandidates on two townships', () => {
  const far = candidate({ id: 'C1', lon: 109.7, lat: 22.5, boarding: true });
  const near = candidate({ id: 'C2', lon: 109.51, lat: 22.5 });
  const report = assessCandidates(input, [far, near]);
  const [farAssessment, nearAssessment] = report.assessments;

  it('counts the people a far candidate newly brings within 2.5 km, by township', () => {
    const effect = farAssessment?.effects[0];
    expect(farAssessment?.townshipName).toBe('甲镇');
    expect(effect?.kind).toBe('primary');
    expect(effect?.radius).toBe(2500);
    expect(effect?.newlyCovered).toBe(350);
    expect(effect?.newlyCoveredByTownship).toEqual([{ code: '450803100', name: '甲镇', population: 350 }]);
    expect(effect?.overlapPopulation).toBe(0);
    expect(effect?.overlapAreaShare).toBe(0);
    expect(effect?.nearestExisting?.code).toBe('1');
    expect(effect?.nearestExisting?.metres).toBeCloseTo(haversineDistance([109.7, 22.5], [109.5, 22.5]), 6);
  });

  it('turns the boarding and coverage rules of its township from ✗ to ✓', () => {
    expect(farAssessment?.rulesFixed.map((rule) => `${rule.townshipName}:${rule.ruleId}`).sort()).toEqual(
      ['甲镇:boarding-primary', '甲镇:coverage-primary'].sort(),
    );
    expect(nearAssessment?.rulesFixed).toEqual([]);
  });

  it('finds that a candidate 1 km from a school mostly overlaps it and brings nobody new', () => {
    const effect = nearAssessment?.effects[0];
    expect(effect?.newlyCovered).toBe(0);
    expect(effect?.populationWithin).toBe(100);
    expect(effect?.overlapPopulation).toBe(100);
    // Two 2.5 km circles 1 km apart share about 75 % of their area.
    expect(effect?.overlapAreaShare).toBeGreaterThan(0.7);
    expect(effect?.overlapAreaShare).toBeLessThan(0.8);
  });

  it('adds up the candidates together without counting a person twice', () => {
    const twin = candidate({ id: 'C3', lon: 109.7, lat: 22.505 });
    const together = assessCandidates(input, [far, twin]);
    expect(together.assessments.map((item) => item.effects[0]?.newlyCovered)).toEqual([350, 350]);
    expect(together.combined.newlyCovered.primary).toBe(350);
    expect(together.combined.newlyCovered.kindergarten).toBeNull();
  });

  it('uses a candidate’s own radius when it has one, and serves every kind of its type', () => {
    const small = assessCandidates(input, [candidate({ id: 'C4', lon: 109.7, lat: 22.5, radius: 500 })]);
    expect(small.assessments[0]?.effects[0]?.newlyCovered).toBe(300);
    const nineYear = assessCandidates(input, [
      candidate({ id: 'C5', lon: 109.7, lat: 22.5, type: '九年一贯制' }),
    ]);
    expect(nineYear.assessments[0]?.effects.map((effect) => [effect.kind, effect.newlyCovered])).toEqual([
      ['primary', 350],
      ['middle', 350],
    ]);
    const high = assessCandidates(input, [candidate({ id: 'C6', lon: 109.7, lat: 22.5, type: '高中' })]);
    expect(high.assessments[0]?.effects[0]).toMatchObject({ kind: 'high', radius: null, newlyCovered: null });
  });
});

describe('assessCandidates on the Gangnan data', () => {
  it('finds that a boarding primary school at the seat of 湛江镇 fixes its boarding rule today', async () => {
    const gangnan = await defaultAnalysisInput();
    const base = analyzeDistrict(gangnan);
    const zhanjiang = base.townships.find((township) => township.name === '湛江镇');
    expect(zhanjiang?.rules.find((rule) => rule.id === 'boarding-primary')?.pass).toBe(false);
    const report = assessCandidates(
      gangnan,
      [candidate({ id: 'C1', lon: 109.79345, lat: 22.90495, boarding: true })],
      base,
    );
    const assessment = report.assessments[0];
    expect(assessment?.townshipName).toBe('湛江镇');
    expect(assessment?.rulesFixed).toContainEqual({
      ruleId: 'boarding-primary',
      title: zhanjiang?.rules.find((rule) => rule.id === 'boarding-primary')?.title,
      titleEnglish: 'At least one boarding primary school per township',
      townshipCode: zhanjiang?.code,
      townshipName: '湛江镇',
    });
    const effect = assessment?.effects[0];
    expect((effect?.newlyCovered ?? -1) + (effect?.overlapPopulation ?? -1)).toBeCloseTo(
      effect?.populationWithin ?? 0,
      6,
    );
  });
});
