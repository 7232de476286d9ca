/**
 * planSuggestion on two hand-made squares (figures worked out by hand) and on the embedded
 * 港南区 data (consistency with the district analysis, required townships, lazy = plain).
 */
import { describe, expect, it } from 'vitest';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import {
  planSuggestion,
  type SuggestionContext,
  type SuggestionRequest,
} from '../../../src/analysis/plan-suggestion.ts';
import type { Message } from '../../../src/domain/message.ts';
import { DEFAULT_SERVICE_RADII } from '../../../src/domain/radius.ts';
import { CURRENT_SCENARIO, PLANNED_SCENARIO } from '../../../src/domain/scenario.ts';
import { translateMessage } from '../../../src/i18n/index.ts';
import { makeSchool } from '../school-fixtures.ts';
import { defaultPopulation, defaultRuleSet, defaultSchools, defaultTownships } from './default-inputs.ts';
import { refusalOf } from './refusals.ts';
import { listed, squares } from './suggestion-fixtures.ts';

/** Messages in Chinese, as the CLI prints them. */
const chinese = (messages: readonly Message[]) => messages.map((entry) => translateMessage('zh-CN', entry));

describe('planSuggestion on two squares', () => {
  it('puts the pick where the uncovered people live, in the township failing the rule, and says it fixes it', async () => {
    const result = await planSuggestion(squares, listed);
    expect(result.requiredTownships).toEqual([{ code: '450803100', name: '甲镇' }]);
    expect(result.picks).toHaveLength(1);
    expect(result.picks[0]).toEqual({
      rank: 1,
      lon: 109.6,
      lat: 22.5,
      name: '东村地块',
      townshipCode: '450803100',
      townshipName: '甲镇',
      origin: 'list',
      gain: 200,
      gainByTownship: [{ code: '450803100', name: '甲镇', population: 200 }],
      rulesFixed: [
        {
          ruleId: 'coverage-primary',
          title: '小学服务半径内人口覆盖率',
          townshipCode: '450803100',
          townshipName: '甲镇',
        },
      ],
      nearestExistingMetres: haversineDistance([109.6, 22.5], [109.2, 22.5]),
      // The unnamed parcel 10 m east would cover the same 200 people.
      runnerUp: {
        lon: 109.61,
        lat: 22.5,
        name: '',
        townshipCode: '450803100',
        townshipName: '甲镇',
        value: 200,
      },
    });
    expect(result.quality).toMatchObject({ value: 200, bound: 200, gap: 0 });
    expect(result).toMatchObject({
      population: 2100,
      coveredBefore: 1900,
      coveredAfter: 2100,
      candidatesConsidered: 5,
      candidatesExcluded: { township: 0, distance: 0, sites: 0 },
      stopped: 'no-gain',
    });
    expect(chinese(result.messages)).toContain('只有 1 个建议点能增加小学服务半径内的人口，少于要求的 2 个');
    expect(
      result.comparison.map(({ label, schools, covered }) => [
        translateMessage('zh-CN', label),
        schools,
        covered,
      ]),
    ).toEqual([
      ['现状', 2, 1900],
      ['规划完成后（规划新增小学 0 所）', 2, 1900],
      ['现状 + 建议点 1 个', 3, 2100],
    ]);
    const [before, , after] = result.comparison;
    expect(before?.share).toBeCloseTo(1900 / 2100, 12);
    expect(after?.share).toBe(1);
    expect([before?.townshipsPassing, after?.townshipsPassing]).toEqual([1, 2]);
    expect((before?.rulesFailing ?? 0) - (after?.rulesFailing ?? 0)).toBe(1);
  });

  it('searches only the townships asked for, and leaves out candidates too close to a school', async () => {
    const urban = await planSuggestion(squares, {
      ...listed,
      count: 1,
      requireRuleId: null,
      includeTownships: ['450803001'],
    });
    // Only 城中地块 lies in 乙街道 (the candidate outside every township goes too, with an include list).
    expect(urban.candidatesExcluded).toEqual({ township: 4, distance: 0, sites: 0 });
    expect(urban.candidatesConsidered).toBe(1);
    expect(urban.picks).toEqual([]);
    expect(urban.stopped).toBe('no-gain');
    expect(chinese(urban.messages)).toContain(
      '没有候选点能增加小学服务半径内的人口（候选点附近的人口都已被覆盖，或没有人口）',
    );
    // 城中地块 is 111 m from 乙街道小学.
    expect(
      await refusalOf(
        planSuggestion(squares, {
          ...listed,
          requireRuleId: null,
          includeTownships: ['450803001'],
          minDistance: 200,
        }),
      ),
    ).toContain('没有可选的候选点');
    const apart = await planSuggestion(squares, { ...listed, requireRuleId: null, minDistance: 2000 });
    expect(apart.candidatesExcluded).toEqual({ township: 0, distance: 1, sites: 0 });
    expect(apart.candidatesConsidered).toBe(4);
    const rural = await planSuggestion(squares, { ...listed, excludeTownships: ['450803001'] });
    expect(rural.candidatesExcluded).toEqual({ township: 1, distance: 0, sites: 0 });
    expect(rural.picks.map((pick) => pick.name)).toEqual(['东村地块']);
  });

  it('leaves a list candidate without a name unnamed (shown by its rank), and in no township when outside all', async () => {
    const result = await planSuggestion(squares, {
      ...listed,
      count: 1,
      requireRuleId: null,
      candidates: { source: 'list', sites: [{ lon: 109.61, lat: 22.5, name: ' ' }] },
    });
    expect(result.picks[0]).toMatchObject({ name: '', townshipName: '甲镇', gain: 200 });
    const outside = await planSuggestion(
      { ...squares, schools: [] },
      {
        ...listed,
        count: 1,
        requireRuleId: null,
        radius: 200_000,
        candidates: { source: 'list', sites: [{ lon: 108.5, lat: 22.5, name: '界外地块' }] },
      },
    );
    // 200 km from 108.5 E reaches 甲镇区 (72 km) and 东村 (113 km) but not 乙城区 (205 km).
    expect(outside.picks[0]).toMatchObject({
      townshipCode: '',
      townshipName: '',
      gain: 1100,
      nearestExistingMetres: null,
    });
    expect(outside.picks[0]?.gainByTownship).toEqual([{ code: '450803100', name: '甲镇', population: 1100 }]);
  });

  it('refuses, with a reason in Chinese, requests that cannot be met', async () => {
    expect(await refusalOf(planSuggestion(squares, { ...listed, kind: 'high' }))).toMatch(
      /高中按全区服务，没有服务半径/,
    );
    expect(await refusalOf(planSuggestion(squares, { ...listed, count: 0 }))).toBe(
      '建议点数应为不小于 1 的整数，实际为 0',
    );
    expect(await refusalOf(planSuggestion(squares, { ...listed, requireRuleId: 'no-such-rule' }))).toBe(
      '规则集中没有乡镇规则「no-such-rule」',
    );
    expect(
      await refusalOf(
        planSuggestion(squares, {
          ...listed,
          minDistance: 50_000,
          candidates: { source: 'list', sites: [{ lon: 109.6, lat: 22.5, name: '东村地块' }] },
        }),
      ),
    ).toContain('没有可选的候选点');
    expect(
      await refusalOf(
        planSuggestion(squares, {
          ...listed,
          minDistance: 50_000,
          candidates: {
            source: 'list',
            sites: [
              { lon: 109.6, lat: 22.5, name: '东村地块' },
              { lon: 110.9, lat: 22.9, name: '乙北地块' },
            ],
          },
        }),
      ),
    ).toContain('甲镇未通过规则「小学服务半径内人口覆盖率」，但该乡镇内没有可选的候选点');
  });

  it('covers points within a single radius when one is given, for the district-wide kinds too', async () => {
    const highSchools = {
      ...squares,
      schools: [makeSchool({ code: 'H1', name: '高中', type: '高中', lon: 109.2, lat: 22.5 })],
    };
    const result = await planSuggestion(highSchools, {
      ...listed,
      kind: 'high',
      radius: 10_000,
      requireRuleId: null,
    });
    expect(result.coveredBefore).toBe(900);
    expect(result.picks.map((pick) => [pick.name, pick.gain])).toEqual([
      ['城中地块', 1000],
      ['东村地块', 200],
    ]);
  });
});

describe('planSuggestion on the embedded 港南区 data', async () => {
  const context: SuggestionContext = {
    schools: await defaultSchools(),
    townships: defaultTownships(),
    population: defaultPopulation(),
    ruleSet: defaultRuleSet(),
    radii: DEFAULT_SERVICE_RADII,
  };
  const request: SuggestionRequest = {
    kind: 'primary',
    count: 4,
    radius: null,
    minDistance: 1000,
    includeTownships: [],
    excludeTownships: [],
    requireRuleId: 'coverage-primary',
    candidates: { source: 'grid', spacing: 1000 },
    scenario: CURRENT_SCENARIO,
  };

  it('agrees with the district analysis before and after, and the gains add up', async () => {
    const result = await planSuggestion(context, request);
    expect(result.picks).toHaveLength(4);
    const [base, , withPicks] = result.comparison;
    expect(result.coveredBefore).toBe(base?.covered);
    expect(result.coveredAfter).toBe(withPicks?.covered);
    expect(result.coveredAfter - result.coveredBefore).toBe(
      result.picks.reduce((sum, pick) => sum + pick.gain, 0),
    );
    for (const pick of result.picks) {
      expect(pick.gainByTownship.reduce((sum, entry) => sum + entry.population, 0)).toBe(pick.gain);
      expect(pick.nearestExistingMetres).toBeGreaterThanOrEqual(1000);
    }
    // coverage-primary fails in 江南街道 and 木梓镇 today: each gets a pick.
    expect(result.requiredTownships.map((township) => township.name).sort()).toEqual(
      ['木梓镇', '江南街道'].sort(),
    );
    for (const township of result.requiredTownships) {
      expect(result.picks.some((pick) => pick.townshipCode === township.code)).toBe(true);
    }
    for (const [position, a] of result.picks.entries()) {
      for (const b of result.picks.slice(position + 1)) {
        expect(haversineDistance([a.lon, a.lat], [b.lon, b.lat])).toBeGreaterThanOrEqual(1000);
      }
    }
  });

  it('gives the same answer to the same request, for every objective (determinism)', async () => {
    const small: SuggestionRequest = {
      ...request,
      count: 2,
      requireRuleId: null,
      minDistance: 0,
      candidates: { source: 'grid', spacing: 1500 },
      // 木梓镇, below 60 % today.
      includeTownships: ['450803102'],
    };
    for (const objective of ['coverage', 'count', 'distance', 'seats'] as const) {
      const asked = { ...small, objective, ...(objective === 'count' ? { target: 0.6 } : {}) };
      const first = await planSuggestion(context, asked);
      expect(first.picks.length).toBeGreaterThan(0);
      expect(await planSuggestion(context, asked)).toEqual(first);
    }
  }, 120_000);

  it('gives the same picks lazily and plainly, the lazy search summing fewer gains', async () => {
    const lazy = await planSuggestion(context, { ...request, method: 'greedy', evaluation: 'lazy' });
    const plain = await planSuggestion(context, { ...request, method: 'greedy', evaluation: 'plain' });
    expect(lazy.picks).toEqual(plain.picks);
    expect(lazy.evaluations).toBeLessThan(plain.evaluations);
  });

  it('puts one boarding primary school in the township still failing the boarding rule after the plan, fixing it', async () => {
    const result = await planSuggestion(context, {
      ...request,
      count: 1,
      minDistance: 0,
      requireRuleId: 'boarding-primary',
      scenario: PLANNED_SCENARIO,
    });
    expect(result.requiredTownships).toEqual([{ code: '450803001', name: '江南街道' }]);
    expect(result.picks[0]?.townshipName).toBe('江南街道');
    expect(result.picks[0]?.rulesFixed).toContainEqual({
      ruleId: 'boarding-primary',
      title: '每个乡镇至少1所寄宿制小学',
      townshipCode: '450803001',
      townshipName: '江南街道',
    });
    expect(result.comparison.map((figures) => translateMessage('zh-CN', figures.label))).toEqual([
      '规划完成后',
      '规划完成后 + 建议点 1 个',
    ]);
  });

  it('leaves failing townships outside the search area out of the required ones, saying so', async () => {
    const result = await planSuggestion(context, {
      ...request,
      count: 1,
      includeTownships: ['450803102'],
    });
    expect(result.requiredTownships).toEqual([{ code: '450803102', name: '木梓镇' }]);
    expect(result.picks[0]?.townshipName).toBe('木梓镇');
    expect(chinese(result.messages)).toContain(
      '未通过规则「小学服务半径内人口覆盖率」的江南街道不在选址范围内，未列为必选乡镇',
    );
  });

  it('reports progress after every pick and stops when asked, keeping the picks so far', async () => {
    const progress: number[] = [];
    const result = await planSuggestion(context, request, {
      onProgress: (picked) => progress.push(picked),
      shouldStop: () => progress.length >= 2,
    });
    expect(progress).toEqual([1, 2]);
    expect(result.stopped).toBe('cancelled');
    expect(result.picks).toHaveLength(2);
    expect(chinese(result.messages)).toContain('已取消：保留已选出的 2 个建议点');
  });
});
