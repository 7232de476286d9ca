/**
 * A hand-computed district (tests/unit/fixtures/analysis/two-squares): parameters in input.json,
 * the answers worked out by hand in expected.json (distances on the equator are R·Δλ).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDistrict, type DistrictAnalysis } from '../../../src/analysis/analyze-district.ts';
import { gapPointList } from '../../../src/analysis/gap-points.ts';
import type { PopulationData } from '../../../src/domain/population.ts';
import type { ServiceRadii } from '../../../src/domain/radius.ts';
import type { Scenario } from '../../../src/domain/scenario.ts';
import type { School } from '../../../src/domain/school.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { requireRuleSet } from '../../../src/io/rule-set-file.ts';
import { makeSchool } from '../school-fixtures.ts';

const directory = new URL('../fixtures/analysis/two-squares/', import.meta.url);
const input = JSON.parse(readFileSync(new URL('input.json', directory), 'utf8')) as {
  scenarios: Record<string, Scenario>;
  radii: ServiceRadii;
  townships: TownshipCollection;
  schools: (Partial<School> & Pick<School, 'code' | 'name'>)[];
  population: PopulationData;
  ruleSet: unknown;
};
const expected = JSON.parse(readFileSync(new URL('expected.json', directory), 'utf8')) as Record<
  string,
  { townships: Record<string, { coverage: Record<string, unknown> }> }
>;

const ruleSet = requireRuleSet(input.ruleSet);
const schools = input.schools.map(makeSchool);

/** The parts of an analysis the fixture states, in the fixture's shape. */
function project(analysis: DistrictAnalysis, kinds: readonly string[]): unknown {
  return {
    schools: analysis.district.schools,
    townships: Object.fromEntries(
      analysis.townships.map((township) => [
        township.code,
        {
          population: township.population,
          populous: township.populous,
          counts: township.counts.kinds,
          rules: Object.fromEntries(
            township.rules.map((rule) => [rule.id, { pass: rule.pass, actual: rule.actual }]),
          ),
          coverage: Object.fromEntries(
            kinds.map((kind) => {
              const coverage = township.coverage[kind as keyof typeof township.coverage];
              return [
                kind,
                {
                  covered: coverage.covered,
                  uncovered: coverage.uncovered,
                  share: coverage.share,
                  median: coverage.distance.median,
                  p90: coverage.distance.p90,
                  histogram: coverage.distance.histogram.map((bin) => bin.population),
                  unreachable: coverage.distance.unreachable,
                },
              ];
            }),
          ),
        },
      ]),
    ),
    gaps: Object.fromEntries(
      Object.entries(analysis.gaps).map(([kind, points]) => [
        kind,
        gapPointList(points).map((point) => point.name),
      ]),
    ),
    schoolFlags: analysis.schoolFlags.map((school) => ({
      code: school.code,
      flags: school.flags.map(({ ruleId, actual, limit }) => ({ ruleId, actual, limit })),
    })),
  };
}

/** Deep equality where numbers may differ by a millimetre (the fixture gives distances to 0.1 mm). */
function expectClose(actual: unknown, wanted: unknown, path: string): void {
  if (typeof wanted === 'number') {
    expect(typeof actual, path).toBe('number');
    expect(Math.abs((actual as number) - wanted), `${path}: ${actual} vs ${wanted}`).toBeLessThan(1e-3);
  } else if (Array.isArray(wanted)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, `${path}.length`).toBe(wanted.length);
    wanted.forEach((item, index) => {
      expectClose((actual as unknown[])[index], item, `${path}[${index}]`);
    });
  } else if (wanted !== null && typeof wanted === 'object') {
    expect(actual !== null && typeof actual === 'object', path).toBe(true);
    expect(Object.keys(actual as object).sort(), `${path} keys`).toEqual(Object.keys(wanted).sort());
    for (const [key, item] of Object.entries(wanted)) {
      expectClose((actual as Record<string, unknown>)[key], item, `${path}.${key}`);
    }
  } else expect(actual, path).toBe(wanted);
}

describe('two-squares fixture (hand-computed)', () => {
  for (const [name, scenario] of Object.entries(input.scenarios)) {
    it(`gives the hand-computed answer for ${name}`, () => {
      const want = expected[name];
      if (!want) throw new Error(`expected.json has no ${name}`);
      const kinds = Object.keys(Object.values(want.townships)[0]?.coverage ?? {});
      const analysis = analyzeDistrict({
        schools,
        townships: input.townships,
        population: input.population,
        ruleSet,
        radii: input.radii,
        scenario,
      });
      expectClose(project(analysis, kinds), want, name);
    });
  }

  it('reports every point and the whole population in the district totals', () => {
    const analysis = analyzeDistrict({
      schools,
      townships: input.townships,
      population: input.population,
      ruleSet,
      radii: input.radii,
      scenario: { kind: 'current', year: null },
    });
    expect(analysis.district.population).toBe(600);
    expect(analysis.population.outsideTownships).toBe(0);
    expect(analysis.district.coverage.primary.share).toBeCloseTo(100 / 600, 10);
    expect(analysis.membership).toEqual({ boundariesApproximate: false, mismatches: [] });
  });
});
