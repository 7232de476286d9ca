/**
 * The analysis session the worker keeps: after any sequence of edits (schools moved, added,
 * removed or retyped, a radius changed, a rule threshold changed, a population figure changed),
 * each request answered through the worker's own entry point with its session equals the same
 * request answered from scratch — every figure of both scenarios — and the session did take its
 * short cuts (population kept, searches updated rather than redone).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDistrict } from '../../../src/analysis/analyze-district.ts';
import type { AnalysisPair } from '../../../src/analysis/run-analysis-pair.ts';
import { type AnalysisSession, startAnalysisSession } from '../../../src/analysis/start-analysis-session.ts';
import type { PopulationData } from '../../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII, type ServiceRadii, withServiceRadius } from '../../../src/domain/radius.ts';
import { type RuleSet, withRuleSettings } from '../../../src/domain/rules.ts';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import { existsToday, type School } from '../../../src/domain/school.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { analyseRequest, type WorkerKeeps } from '../../../src/workers/analyse-request.ts';
import type { AnalysisRequest } from '../../../src/workers/analysis-protocol.ts';
import { defaultPopulation, defaultRuleSet, defaultSchools, defaultTownships } from './default-inputs.ts';

interface Inputs {
  schools: School[];
  townships: TownshipCollection;
  population: PopulationData;
  ruleSet: RuleSet;
  radii: ServiceRadii;
}

let start: Inputs;
beforeAll(async () => {
  start = {
    schools: await defaultSchools(),
    townships: defaultTownships(),
    population: defaultPopulation(),
    ruleSet: defaultRuleSet(),
    radii: DEFAULT_SERVICE_RADII,
  };
});

const edit = fc.oneof(
  fc.record({
    kind: fc.constant('move' as const),
    which: fc.nat(),
    east: fc.double({ min: -0.03, max: 0.03, noNaN: true }),
    north: fc.double({ min: -0.03, max: 0.03, noNaN: true }),
  }),
  fc.record({ kind: fc.constant('remove' as const), which: fc.nat() }),
  fc.record({
    kind: fc.constant('copy' as const),
    which: fc.nat(),
    east: fc.double({ min: -0.02, max: 0.02, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('retype' as const),
    which: fc.nat(),
    type: fc.constantFrom('幼儿园', '小学', '初中', '九年一贯制', '高中'),
  }),
  fc.record({
    kind: fc.constant('radius' as const),
    service: fc.constantFrom('kindergarten', 'primary', 'middle', 'high'),
    area: fc.constantFrom('urban', 'rural'),
    metres: fc.integer({ min: 200, max: 6000 }),
  }),
  fc.record({ kind: fc.constant('threshold' as const), value: fc.integer({ min: 10_000, max: 90_000 }) }),
  fc.record({
    kind: fc.constant('population' as const),
    which: fc.nat(),
    value: fc.integer({ min: 0, max: 5000 }),
  }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(inputs: Inputs, step: Edit): Inputs {
  const schools = [...inputs.schools];
  const at = (which: number) => which % schools.length;
  switch (step.kind) {
    case 'move': {
      const school = schools[at(step.which)] as School;
      schools[at(step.which)] = { ...school, lon: school.lon + step.east, lat: school.lat + step.north };
      return { ...inputs, schools };
    }
    case 'remove':
      schools.splice(at(step.which), 1);
      return { ...inputs, schools };
    case 'copy': {
      const school = schools[at(step.which)] as School;
      schools.push({ ...school, code: `${school.code}X${schools.length}`, lon: school.lon + step.east });
      return { ...inputs, schools };
    }
    case 'retype': {
      const school = schools[at(step.which)] as School;
      schools[at(step.which)] = { ...school, type: step.type as School['type'] };
      return { ...inputs, schools };
    }
    case 'radius':
      return { ...inputs, radii: withServiceRadius(inputs.radii, step.service, step.area, step.metres) };
    case 'threshold':
      return { ...inputs, ruleSet: withRuleSettings(inputs.ruleSet, { populousTownThreshold: step.value }) };
    case 'population': {
      const points = [...inputs.population.points];
      const index = step.which % points.length;
      points[index] = { ...(points[index] as PopulationData['points'][number]), population: step.value };
      return { ...inputs, population: { ...inputs.population, points } };
    }
  }
}

/** A request as the runner posts it: a structured clone, as the worker receives it. */
function request(id: number, inputs: Inputs, scenario?: 'current' | 'planned'): AnalysisRequest {
  return structuredClone({ id, year: null, input: inputs, ...(scenario ? { scenario } : {}) });
}

describe('the analysis session of the worker', () => {
  it('answers every edit as a fresh analysis would', () => {
    let updated = 0;
    let kept = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        const session: WorkerKeeps = { current: null };
        let inputs = start;
        analyseRequest(request(0, inputs), session);
        edits.forEach((step, index) => {
          const before = inputs;
          inputs = apply(inputs, step);
          // As the runner sends it: the population and boundaries only when they changed.
          const sent = request(index + 1, inputs);
          if (inputs.population === before.population) delete sent.input.population;
          if (inputs.townships === before.townships) delete sent.input.townships;
          const withSession = analyseRequest(sent, session) as AnalysisPair;
          const fresh = analyseRequest(request(index + 1, inputs)) as AnalysisPair;
          expect(withSession).toEqual(fresh);
          const report = session.current?.report;
          for (const done of Object.values(report?.kinds ?? {})) {
            // A kept summary brought up to date (an edit's cells, or the cells between two radii).
            if (done === 'updated' || done === 'radii updated') updated++;
            if (done === 'kept') kept++;
          }
        });
      }),
      {
        numRuns: 16,
        // Whatever the seed, one run that takes both short cuts: a kind edited twice (its kept
        // summary updated), then a radius changed twice (the summary's radii updated).
        examples: [
          [
            [
              { kind: 'move', which: 3, east: 0.01, north: 0 },
              { kind: 'move', which: 3, east: -0.01, north: 0.005 },
              { kind: 'radius', service: 'kindergarten', area: 'rural', metres: 3000 },
              { kind: 'radius', service: 'kindergarten', area: 'rural', metres: 2000 },
            ],
          ],
        ],
      },
    );
    // The short cuts were taken (else the equality above says nothing about them).
    expect(updated).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(0);
  });

  it('keeps the population and updates only the kind a moved school serves, keeping its summary from its first edit on', () => {
    const session: { current: AnalysisSession | null } = { current: null };
    analyseRequest(request(1, start, 'current'), session);
    expect(session.current?.report.points).toBe('prepared');
    const index = start.schools.findIndex((school) => school.type === '小学' && existsToday(school));
    const schools = [...start.schools];
    const school = schools[index] as School;
    schools[index] = { ...school, lon: school.lon + 0.01 };
    const moved = { ...start, schools };
    // The kind's first edit makes the summary it keeps (the first analysis kept none); the next counts only what changed.
    const kinds = (primary: string) => ({
      'current kindergarten': 'kept',
      'current primary': primary,
      'current middle': 'kept',
      'current high': 'kept',
      'current special': 'kept',
    });
    const first = analyseRequest(request(2, moved, 'current'), session);
    expect(session.current?.report).toEqual({ points: 'kept', kinds: kinds('updated, summarised') });
    expect(first).toEqual(analyseRequest(request(2, moved, 'current')));
    schools[index] = { ...school, lon: school.lon + 0.02 };
    const answer = analyseRequest(request(3, moved, 'current'), session);
    expect(session.current?.report).toEqual({ points: 'kept', kinds: kinds('updated') });
    expect(answer).toEqual(analyseRequest(request(3, moved, 'current')));
  });

  it('prepares the population again when only its file changes (the description names the file)', () => {
    const session: { current: AnalysisSession | null } = { current: null };
    const imported = (file: string) => ({
      ...start,
      population: { ...start.population, source: 'settlement-points' as const, file },
    });
    analyseRequest(request(1, imported('甲.csv'), 'current'), session);
    const second = analyseRequest(request(2, imported('乙.csv'), 'current'), session);
    expect(session.current?.report.points).toBe('prepared');
    expect(second).toEqual(analyseRequest(request(2, imported('乙.csv'), 'current')));
  });

  it('holds the gap points it derived in a plain property (no getter), made again after forgetDerived', () => {
    // A getter in the session's object literal gave every session a hidden class of its own,
    // which kept a dropped session's prepared population alive until a full collection.
    const session = startAnalysisSession();
    const held = Object.getOwnPropertyDescriptor(session, 'derived');
    expect(held?.get).toBeUndefined();
    expect(held?.value).toBeInstanceOf(WeakMap);
    const input = { ...start, scenario: CURRENT_SCENARIO };
    const first = analyzeDistrict(input, session);
    const again = analyzeDistrict(input, session);
    // The same figures give the same gap points: the kept ones.
    expect(again.gaps.primary).toBe(first.gaps.primary);
    const before = session.derived;
    session.forgetDerived();
    expect(session.derived).not.toBe(before);
    expect(Object.getOwnPropertyDescriptor(session, 'derived')?.get).toBeUndefined();
    const afterForgetting = analyzeDistrict(input, session);
    expect(afterForgetting.gaps.primary).not.toBe(first.gaps.primary);
    expect(afterForgetting).toEqual(analyzeDistrict(input));
  });
});
