/**
 * Properties that must always hold, on seeded random districts: a larger radius never covers
 * fewer people; adding a school never lowers coverage and never makes a township fail a rule
 * it passed; the order of the rows changes nothing; 规划完成后 never covers fewer people than 现状.
 */
import { describe, expect, it } from 'vitest';
import { createSeededRandom, type SeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { analyzeDistrict, type DistrictAnalysis } from '../../../src/analysis/analyze-district.ts';
import { gapPointList } from '../../../src/analysis/gap-points.ts';
import type { PopulationData } from '../../../src/domain/population.ts';
import { DEFAULT_SERVICE_RADII, SERVICE_KINDS, type ServiceRadii } from '../../../src/domain/radius.ts';
import { withRuleSettings } from '../../../src/domain/rules.ts';
import { CURRENT_SCENARIO, type Scenario } from '../../../src/domain/scenario.ts';
import { SCHOOL_TYPES, type School } from '../../../src/domain/school.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { makeSchool } from '../school-fixtures.ts';
import { defaultRuleSet } from './default-inputs.ts';

/** Two 0.2° squares: 450803100 rural (109.5–109.7 E), 450803001 urban (109.7–109.9 E), 22.8–23.0 N. */
const townships: TownshipCollection = {
  type: 'FeatureCollection',
  features: [
    [109.5, '450803100', '甲镇', false],
    [109.7, '450803001', '乙街道', true],
  ].map(([west, code, name, urban]) => ({
    type: 'Feature' as const,
    properties: { code: code as string, name: name as string, urban: urban as boolean, approximate: true },
    geometry: {
      type: 'Polygon' as const,
      coordinates: [
        [
          [west as number, 22.8],
          [(west as number) + 0.2, 22.8],
          [(west as number) + 0.2, 23],
          [west as number, 23],
          [west as number, 22.8],
        ],
      ],
    },
  })),
};

function randomSchool(random: SeededRandom, index: number): School {
  return makeSchool({
    code: `s${index}`,
    name: `学校${index}`,
    type: random.pick(SCHOOL_TYPES),
    lon: random.between(109.5, 109.9),
    lat: random.between(22.8, 23),
    ownership: random.next() < 0.7 ? '公办' : '民办',
    boarding: random.next() < 0.3,
    central: random.next() < 0.2,
    projectType: random.next() < 0.2 ? '新建' : '',
    projectStatus: '竣工',
  });
}

function randomPopulation(random: SeededRandom): PopulationData {
  return {
    source: 'settlement-points',
    label: 'random',
    townships: [],
    points: Array.from({ length: 250 }, (_, index) => ({
      lon: random.between(109.5, 109.9),
      lat: random.between(22.8, 23),
      population: random.integerBetween(0, 500),
      schoolAgePopulation: null,
      name: `点${index}`,
      townshipCode: '',
    })),
  };
}

function scaleRadii(radii: ServiceRadii, factor: number): ServiceRadii {
  return Object.fromEntries(
    SERVICE_KINDS.map((kind) => [
      kind,
      {
        urban: radii[kind].urban === null ? null : radii[kind].urban * factor,
        rural: radii[kind].rural === null ? null : radii[kind].rural * factor,
      },
    ]),
  ) as ServiceRadii;
}

// A low populous threshold, so the populous-town rule applies to the random townships too.
const ruleSet = withRuleSettings(defaultRuleSet(), { populousTownThreshold: 20_000 });

function analyse(
  schools: readonly School[],
  population: PopulationData,
  radii = DEFAULT_SERVICE_RADII,
  scenario: Scenario = CURRENT_SCENARIO,
): DistrictAnalysis {
  return analyzeDistrict({ schools, townships, population, ruleSet, radii, scenario });
}

describe('coverage properties (seeded random districts)', () => {
  it('a larger radius never covers fewer people', () => {
    for (const seed of [1, 2, 3]) {
      const random = createSeededRandom(seed);
      const schools = Array.from({ length: 30 }, (_, index) => randomSchool(random, index));
      const population = randomPopulation(random);
      const factors = [0.25, 0.5, 1, 2, 4];
      const analyses = factors.map((factor) =>
        analyse(schools, population, scaleRadii(DEFAULT_SERVICE_RADII, factor)),
      );
      for (let step = 1; step < analyses.length; step++) {
        for (const kind of ['kindergarten', 'primary', 'middle'] as const) {
          const smaller = analyses[step - 1];
          const larger = analyses[step];
          if (!smaller || !larger) throw new Error('missing analysis');
          expect(larger.district.coverage[kind].covered ?? 0).toBeGreaterThanOrEqual(
            smaller.district.coverage[kind].covered ?? 0,
          );
          larger.townships.forEach((township, position) => {
            expect(township.coverage[kind].covered ?? 0).toBeGreaterThanOrEqual(
              smaller.townships[position]?.coverage[kind].covered ?? 0,
            );
          });
        }
      }
      const widest = analyses.at(-1);
      const narrowest = analyses[0];
      expect(widest?.district.coverage.primary.covered).toBeGreaterThan(
        narrowest?.district.coverage.primary.covered ?? 0,
      );
    }
  });

  it('adding a school never lowers coverage and never makes a township fail a rule it passed', () => {
    for (const seed of [4, 5, 6, 7, 8]) {
      const random = createSeededRandom(seed);
      let schools = Array.from({ length: 12 }, (_, index) => randomSchool(random, index));
      const population = randomPopulation(random);
      let before = analyse(schools, population);
      for (let added = 0; added < 15; added++) {
        schools = [...schools, randomSchool(random, 100 + added)];
        const after = analyse(schools, population);
        before.townships.forEach((township, position) => {
          const later = after.townships[position];
          if (!later) throw new Error('township lost');
          for (const kind of SERVICE_KINDS) {
            expect(later.coverage[kind].covered ?? 0).toBeGreaterThanOrEqual(
              township.coverage[kind].covered ?? 0,
            );
            const medianBefore = township.coverage[kind].distance.median;
            const medianAfter = later.coverage[kind].distance.median;
            if (medianBefore !== null)
              expect(medianAfter ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(medianBefore);
          }
          township.rules.forEach((rule, index) => {
            if (rule.pass === true)
              expect(later.rules[index]?.pass, `${township.name} ${rule.id}`).toBe(true);
          });
        });
        before = after;
      }
    }
  });

  it('does not depend on the order of the rows (schools, population points)', () => {
    for (const seed of [11, 12, 13]) {
      const random = createSeededRandom(seed);
      const schools = Array.from({ length: 40 }, (_, index) => randomSchool(random, index));
      const population = randomPopulation(random);
      const original = analyse(schools, population);
      const shuffled = analyse(random.shuffle(schools), {
        ...population,
        points: random.shuffle(population.points),
      });
      original.townships.forEach((township, position) => {
        const other = shuffled.townships[position];
        if (!other) throw new Error('township lost');
        expect(other.rules, township.name).toEqual(township.rules);
        expect(other.counts, township.name).toEqual(township.counts);
        for (const kind of SERVICE_KINDS) {
          const [a, b] = [township.coverage[kind], other.coverage[kind]];
          expect([b.population, b.covered, b.uncovered, b.share], `${township.name} ${kind}`).toEqual([
            a.population,
            a.covered,
            a.uncovered,
            a.share,
          ]);
          expect(b.distance.histogram).toEqual(a.distance.histogram);
          for (const figure of ['median', 'p90'] as const) {
            const [x, y] = [a.distance[figure], b.distance[figure]];
            if (x === null || y === null) expect(y).toBe(x);
            else expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-6);
          }
        }
      });
      for (const kind of SERVICE_KINDS) {
        const key = (gap: { lon: number; lat: number }) => `${gap.lon},${gap.lat}`;
        expect(gapPointList(shuffled.gaps[kind]).map(key).sort()).toEqual(
          gapPointList(original.gaps[kind]).map(key).sort(),
        );
      }
    }
  });

  it('规划完成后 never covers fewer people than 现状, for the whole plan and for every year', () => {
    for (const seed of [21, 22, 23]) {
      const random = createSeededRandom(seed);
      const schools = Array.from({ length: 45 }, (_, index) => ({
        ...randomSchool(random, index),
        projectType: random.next() < 0.5 ? ('新建' as const) : ('' as const),
        projectStatus: random.pick(['规划', '在建', '竣工'] as const),
        plannedYear: random.next() < 0.2 ? null : random.integerBetween(2018, 2020),
      }));
      const population = randomPopulation(random);
      let differs = false;
      for (const year of [2018, 2019, 2020, null]) {
        const current = analyse(schools, population, DEFAULT_SERVICE_RADII, { kind: 'current', year });
        const planned = analyse(schools, population, DEFAULT_SERVICE_RADII, { kind: 'planned', year });
        planned.townships.forEach((township, position) => {
          const today = current.townships[position];
          if (!today) throw new Error('township lost');
          for (const kind of SERVICE_KINDS) {
            const [after, before] = [township.coverage[kind].covered ?? 0, today.coverage[kind].covered ?? 0];
            expect(after, `${year} ${township.name} ${kind}`).toBeGreaterThanOrEqual(before);
            if (after > before) differs = true;
          }
        });
      }
      expect(differs).toBe(true);
    }
  });
});
