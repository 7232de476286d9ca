/**
 * The kept summary of an analysis session on a small synthetic district: after any sequence of
 * schools added, moved and removed, radii changed and township rules or the 人口大镇 threshold
 * changed, the session's answer equals a fresh
 * `analyzeDistrict` after each step — and the edits were answered by counting again only the
 * cells they changed (`updated`), not by making the whole summary again. With populations that
 * are not whole numbers the session makes the whole summary again (still equal).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnalysisInput, analyzeDistrict } from '../../../src/analysis/analyze-district.ts';
import { startAnalysisSession } from '../../../src/analysis/start-analysis-session.ts';
import type { PopulationPoint } from '../../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII, withServiceRadius } from '../../../src/domain/radius.ts';
import { CURRENT_SCENARIO } from '../../../src/domain/scenario.ts';
import type { School } from '../../../src/domain/school.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { makeSchool } from '../school-fixtures.ts';
import { defaultRuleSet } from './default-inputs.ts';

const WEST = 109;
const SOUTH = 23;
const STEP = 0.004; // ≈ 400 m
const COLUMNS = 36;
const ROWS = 24;

/** Four townships, 2 × 2, over the lattice (one urban). */
function townships(): TownshipCollection {
  const width = (COLUMNS * STEP) / 2;
  const height = (ROWS * STEP) / 2;
  return {
    type: 'FeatureCollection',
    features: [0, 1, 2, 3].map((index) => {
      const w = WEST - STEP / 2 + (index % 2) * width;
      const s = SOUTH - STEP / 2 + Math.floor(index / 2) * height;
      return {
        type: 'Feature',
        properties: {
          code: `45000${index}`,
          name: `第${index + 1}镇`,
          urban: index === 0,
          approximate: false,
        },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [w, s],
              [w + width, s],
              [w + width, s + height],
              [w, s + height],
              [w, s],
            ],
          ],
        },
      };
    }),
  };
}

function cells(populationOf: (index: number) => number): PopulationPoint[] {
  const points: PopulationPoint[] = [];
  for (let row = 0; row < ROWS; row++)
    for (let column = 0; column < COLUMNS; column++)
      points.push({
        lon: WEST + column * STEP,
        lat: SOUTH + row * STEP,
        population: populationOf(points.length),
        schoolAgePopulation: null,
        name: '',
        townshipCode: '',
      });
  return points;
}

const place = fc.record({
  lon: fc.double({ min: WEST, max: WEST + COLUMNS * STEP, noNaN: true }),
  lat: fc.double({ min: SOUTH, max: SOUTH + ROWS * STEP, noNaN: true }),
});
const type = fc.constantFrom<School['type']>('小学', '初中', '幼儿园', '九年一贯制');
const edit = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), to: place, type }),
  fc.record({ kind: fc.constant('move' as const), which: fc.nat(), to: place }),
  fc.record({ kind: fc.constant('remove' as const), which: fc.nat() }),
  fc.record({
    kind: fc.constant('radius' as const),
    service: fc.constantFrom('kindergarten' as const, 'primary' as const, 'middle' as const),
    metres: fc.integer({ min: 300, max: 5000 }),
  }),
  // A township rule switched on or off, and the 人口大镇 threshold moved across the townships' populations.
  fc.record({
    kind: fc.constant('rule' as const),
    which: fc.nat(),
    populous: fc.integer({ min: 0, max: 2500 }),
  }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

let added = 0;
function apply(input: AnalysisInput, step: Edit): AnalysisInput {
  const schools = [...input.schools];
  if (step.kind === 'add') {
    added++;
    schools.push(makeSchool({ code: `N${added}`, name: `新${added}`, type: step.type, ...step.to }));
  } else if (step.kind === 'radius')
    return { ...input, radii: withServiceRadius(input.radii, step.service, 'rural', step.metres) };
  else if (schools.length > 0) {
    const index = step.which % schools.length;
    if (step.kind === 'remove') schools.splice(index, 1);
    else if (step.kind === 'move') schools[index] = { ...(schools[index] as School), ...step.to };
  }
  return { ...input, schools };
}

function startInput(schoolPlaces: { lon: number; lat: number }[], populationOf: (index: number) => number) {
  return {
    schools: schoolPlaces.map((at, index) =>
      makeSchool({ code: `S${index}`, name: `校${index}`, type: index % 3 === 0 ? '初中' : '小学', ...at }),
    ),
    townships: townships(),
    population: { source: 'model' as const, label: 'synthetic', points: cells(populationOf), townships: [] },
    ruleSet: defaultRuleSet(),
    radii: DEFAULT_SERVICE_RADII,
    scenario: CURRENT_SCENARIO,
  } satisfies AnalysisInput;
}

/** `plainFirstUpTo` 0: the first analysis keeps each kind's search, as on a province. */
function run(populationOf: (index: number) => number, runs: number, plainFirstUpTo?: number) {
  const done: string[] = [];
  fc.assert(
    fc.property(
      fc.array(place, { minLength: 1, maxLength: 8 }),
      fc.array(edit, { minLength: 1, maxLength: 8 }),
      (schoolPlaces, edits) => {
        const session = startAnalysisSession({ plainFirstUpTo });
        let input: AnalysisInput = startInput(schoolPlaces, populationOf);
        analyzeDistrict(input, session);
        for (const step of edits) {
          input = apply(input, step);
          expect(analyzeDistrict(input, session)).toEqual(analyzeDistrict(input));
          done.push(...Object.values(session.report.kinds));
        }
      },
    ),
    { numRuns: runs },
  );
  return done;
}

describe('the kept summary of a session', () => {
  it('answers every add, move, remove and radius change as a fresh analysis, counting only the cells changed', () => {
    const done = run((index) => (index * 7919) % 13, 40);
    expect(done).toContain('updated');
    expect(done).toContain('summarised');
    // A radius changed after the kind's first edit: only the cells between the two radii counted again.
    expect(done).toContain('radii updated');
  });

  it('answers them so too when the first analysis keeps its search (a province), not searching at the first edit', () => {
    const done = run((index) => (index * 7919) % 13, 20, 0);
    expect(done).toContain('updated');
    expect(done).toContain('radii updated');
  });

  it('makes the whole summary again when populations are not whole numbers, with the same result', () => {
    const done = run((index) => ((index * 7919) % 13) / 3, 10);
    expect(done).not.toContain('updated');
    expect(done).not.toContain('radii updated');
    expect(done).toContain('updated, summarised');
  });
});
