import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import {
  CURRENT_SCENARIO,
  inScenario,
  PLAN_YEARS,
  PLANNED_SCENARIO,
  type Scenario,
  scenarioTitle,
  schoolsInScenario,
} from '../../../src/domain/scenario.ts';
import type { ProjectStatus, ProjectType, School } from '../../../src/domain/school.ts';
import { makeSchool } from '../school-fixtures.ts';

const build = (projectStatus: ProjectStatus, plannedYear: number | null, projectType: ProjectType = '新建') =>
  makeSchool({ code: 'x', name: 'x', projectType, projectStatus, plannedYear });

describe('inScenario', () => {
  it('keeps existing, renovated and standardised schools in every scenario', () => {
    for (const school of [
      build('', null, ''),
      build('规划', 2020, '改扩建'),
      build('在建', 2019, '标准化'),
    ]) {
      expect(inScenario(school, CURRENT_SCENARIO)).toBe(true);
      expect(inScenario(school, { kind: 'current', year: 2018 })).toBe(true);
    }
  });

  it('counts new builds: completed now, all after the plan, by 计划年度 with a year', () => {
    const cases: [School, Scenario, boolean][] = [
      [build('竣工', 2019), CURRENT_SCENARIO, true],
      [build('在建', 2019), CURRENT_SCENARIO, false],
      [build('规划', 2020), PLANNED_SCENARIO, true],
      [build('竣工', 2020), { kind: 'current', year: 2019 }, false],
      [build('竣工', 2019), { kind: 'current', year: 2019 }, true],
      [build('在建', 2019), { kind: 'planned', year: 2019 }, true],
      [build('在建', 2020), { kind: 'planned', year: 2019 }, false],
      [build('竣工', null), { kind: 'current', year: 2018 }, true],
      [build('规划', null), { kind: 'planned', year: 2020 }, false],
      [build('规划', null), PLANNED_SCENARIO, true],
    ];
    for (const [school, scenario, expected] of cases) {
      expect(
        inScenario(school, scenario),
        `${school.projectStatus} ${school.plannedYear} in ${scenarioTitle(scenario)}`,
      ).toBe(expected);
    }
  });

  it('names scenarios as the top bar shows them', () => {
    expect(scenarioTitle(CURRENT_SCENARIO)).toBe('现状');
    expect(scenarioTitle({ kind: 'planned', year: 2019 })).toBe('规划完成后（截至2019年）');
  });
});

describe('scenario properties on random rosters', () => {
  const random = createSeededRandom(2020);
  const types: ProjectType[] = ['', '新建', '改扩建', '标准化'];
  const statuses: ProjectStatus[] = ['', '规划', '在建', '竣工'];
  const schools = Array.from({ length: 400 }, (_, index) =>
    makeSchool({
      code: String(index),
      name: `学校${index}`,
      projectType: random.pick(types),
      projectStatus: random.pick(statuses),
      plannedYear: random.next() < 0.2 ? null : random.integerBetween(2017, 2021),
    }),
  );
  const codes = (scenario: Scenario): Set<string> =>
    new Set(schoolsInScenario(schools, scenario).map((s) => s.code));
  const years: (number | null)[] = [...PLAN_YEARS, null];

  it('planned ⊇ current, for the whole plan and for every year', () => {
    for (const year of years) {
      const current = codes({ kind: 'current', year });
      const planned = codes({ kind: 'planned', year });
      for (const code of current) expect(planned.has(code), `${code} in ${year}`).toBe(true);
    }
    expect(codes(PLANNED_SCENARIO).size).toBeGreaterThan(codes(CURRENT_SCENARIO).size);
  });

  it('a later year holds everything an earlier one does, and no year more than no cut-off', () => {
    for (const kind of ['current', 'planned'] as const) {
      const sequence = years.map((year) => codes({ kind, year }));
      for (let step = 1; step < sequence.length; step++) {
        for (const code of sequence[step - 1] ?? []) expect(sequence[step]?.has(code)).toBe(true);
      }
    }
  });
});
