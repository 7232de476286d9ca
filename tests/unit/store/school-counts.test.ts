/**
 * A township's panel counts the schools standing in the scenario on screen, exactly as the legend
 * counts them when only that township is ticked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../../src/domain/filters.ts';
import { SCHOOL_TYPES, type School } from '../../../src/domain/school.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import { selectTownshipSchoolCounts, selectVisibleSchoolCounts } from '../../../src/store/selectors.ts';
import { makeSchool, TWO_TOWNSHIPS } from '../school-fixtures.ts';

const JIA = '450803100';
const YI = '450803001';

function storeWith(schools: School[]) {
  const store = createAtlasStore();
  store.setState({ loadStatus: 'ready', townships: TWO_TOWNSHIPS, schools });
  return store;
}

describe('township school counts', () => {
  it('leave out new builds that do not stand in the scenario', () => {
    const store = storeWith([
      makeSchool({ code: '1', name: '甲小学', lon: 109.5 }),
      makeSchool({
        code: '2',
        name: '甲新幼儿园',
        type: '幼儿园',
        projectType: '新建',
        projectStatus: '规划',
      }),
      makeSchool({
        code: '3',
        name: '甲新初中',
        type: '初中',
        projectType: '新建',
        projectStatus: '竣工',
        plannedYear: 2019,
      }),
      makeSchool({ code: '4', name: '乙小学', lon: 110.5 }),
    ]);
    store.getState().setScenario({ kind: 'current', year: null });
    const current = selectTownshipSchoolCounts(store.getState()).get(JIA);
    expect(current?.total).toBe(2);
    expect(current?.types.幼儿园).toBe(0);
    expect(current?.types.初中).toBe(1);
    store.getState().setScenario({ kind: 'planned', year: null });
    expect(selectTownshipSchoolCounts(store.getState()).get(JIA)?.total).toBe(3);
    expect(selectTownshipSchoolCounts(store.getState()).get(YI)?.total).toBe(1);
  });

  it('ignore the other filters, which only the legend follows', () => {
    const store = storeWith([
      makeSchool({ code: '1', name: '甲小学' }),
      makeSchool({ code: '2', name: '甲幼儿园', type: '幼儿园' }),
    ]);
    store.getState().setFilters({ ...NO_FILTERS, types: ['小学'] });
    expect(selectVisibleSchoolCounts(store.getState()).total).toBe(1);
    expect(selectTownshipSchoolCounts(store.getState()).get(JIA)?.total).toBe(2);
  });

  it('equal the legend with only that township ticked, for any roster and scenario', () => {
    const school = fc.record({
      type: fc.constantFrom(...SCHOOL_TYPES),
      lon: fc.double({ min: 108.5, max: 111.5, noNaN: true }),
      lat: fc.double({ min: 21.5, max: 23.5, noNaN: true }),
      projectType: fc.constantFrom('', '新建', '改扩建', '标准化'),
      projectStatus: fc.constantFrom('', '规划', '在建', '竣工'),
      plannedYear: fc.constantFrom(null, 2018, 2019, 2020),
    });
    const scenario = fc.record({
      kind: fc.constantFrom('current' as const, 'planned' as const),
      year: fc.constantFrom(null, 2018, 2019, 2020),
    });
    fc.assert(
      fc.property(fc.array(school, { maxLength: 40 }), scenario, (fields, chosen) => {
        const store = storeWith(
          fields.map((item, index) =>
            makeSchool({ code: String(index), name: `校${index}`, ...item } as Partial<School> &
              Pick<School, 'code' | 'name'>),
          ),
        );
        store.getState().setScenario(chosen);
        const panel = selectTownshipSchoolCounts(store.getState());
        for (const code of [JIA, YI, '']) {
          store.getState().setFilters({ ...NO_FILTERS, townships: [code] });
          const legend = selectVisibleSchoolCounts(store.getState());
          const shown = panel.get(code);
          expect(shown?.total ?? 0).toBe(legend.total);
          if (shown) expect(shown).toEqual(legend);
        }
      }),
      { numRuns: 60 },
    );
  });
});
