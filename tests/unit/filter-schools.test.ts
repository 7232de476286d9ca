import { describe, expect, it } from 'vitest';
import { assignTownships } from '../../src/analysis/assign-townships.ts';
import { countFacets } from '../../src/analysis/count-facets.ts';
import { filterSchools } from '../../src/analysis/filter-schools.ts';
import { NO_FILTERS, toggleFilterValue } from '../../src/domain/filters.ts';
import { existsToday, schoolState } from '../../src/domain/school.ts';
import { makeSchool, TWO_TOWNSHIPS } from './school-fixtures.ts';

const schools = [
  makeSchool({
    code: '1',
    name: '甲镇中心小学',
    type: '小学',
    township: '甲镇',
    boarding: true,
    central: true,
  }),
  makeSchool({
    code: '2',
    name: '甲镇幼儿园',
    type: '幼儿园',
    township: '甲镇',
    ownership: '民办',
    inclusive: true,
  }),
  makeSchool({
    code: '3',
    name: '乙街道新小学',
    type: '小学',
    lon: 110.5,
    projectType: '新建',
    projectStatus: '在建',
  }),
  makeSchool({
    code: '4',
    name: '乙街道中学',
    type: '初中',
    township: '乙',
    projectType: '改扩建',
    projectStatus: '竣工',
  }),
];
const townships = assignTownships(schools, TWO_TOWNSHIPS);

describe('assignTownships', () => {
  it('takes 所属乡镇 by full or short name, else the containing boundary', () => {
    // School 4 lies in 甲镇's square but its roster says 乙 (short for 乙街道): the roster wins.
    expect(townships).toEqual(['450803100', '450803100', '450803001', '450803001']);
  });

  it('leaves the township empty when neither the name nor the point gives one', () => {
    expect(assignTownships([makeSchool({ code: 'x', name: 'x', lon: 120 })], TWO_TOWNSHIPS)).toEqual(['']);
  });
});

describe('filterSchools', () => {
  it('shows everything with no filters', () => {
    expect(filterSchools(schools, townships, NO_FILTERS)).toEqual([0, 1, 2, 3]);
  });

  it('filters by type, state, township, ownership and boarding, all together', () => {
    expect(filterSchools(schools, townships, { ...NO_FILTERS, types: ['小学'] })).toEqual([0, 2]);
    expect(filterSchools(schools, townships, { ...NO_FILTERS, states: ['construction'] })).toEqual([2]);
    expect(filterSchools(schools, townships, { ...NO_FILTERS, townships: ['450803001'] })).toEqual([2, 3]);
    expect(filterSchools(schools, townships, { ...NO_FILTERS, ownership: '民办' })).toEqual([1]);
    expect(filterSchools(schools, townships, { ...NO_FILTERS, boarding: true })).toEqual([0]);
    expect(filterSchools(schools, townships, { ...NO_FILTERS, boarding: false, types: ['小学'] })).toEqual([
      2,
    ]);
  });

  it('never shows more schools when a filter is added', () => {
    const loose = filterSchools(schools, townships, { ...NO_FILTERS, types: ['小学', '初中'] });
    const tight = filterSchools(schools, townships, {
      ...NO_FILTERS,
      types: ['小学', '初中'],
      ownership: '公办',
    });
    expect(tight.every((index) => loose.includes(index))).toBe(true);
  });
});

describe('countFacets', () => {
  it('counts each option under the other filters', () => {
    const counts = countFacets(schools, townships, { ...NO_FILTERS, types: ['小学'] });
    // Type counts ignore the type filter itself ...
    expect(counts.types.小学).toBe(2);
    expect(counts.types.幼儿园).toBe(1);
    // ... while the other fields count only primary schools.
    expect(counts.townships).toEqual({ '450803100': 1, '450803001': 1 });
    expect(counts.ownership).toEqual({ 公办: 2, 民办: 0 });
    expect(counts.states.construction).toBe(1);
  });
});

describe('toggleFilterValue', () => {
  const all = ['a', 'b', 'c'];
  it('unticks one value out of "all"', () => {
    expect(toggleFilterValue([], 'b', all)).toEqual(['a', 'c']);
  });
  it('goes back to "all" when the last value is ticked again', () => {
    expect(toggleFilterValue(['a', 'c'], 'b', all)).toEqual([]);
  });
});

describe('schoolState', () => {
  it('derives the map state from project type and status', () => {
    expect(schoolState({ projectType: '新建', projectStatus: '规划' })).toBe('planned');
    expect(schoolState({ projectType: '新建', projectStatus: '在建' })).toBe('construction');
    expect(schoolState({ projectType: '新建', projectStatus: '竣工' })).toBe('completed');
    expect(schoolState({ projectType: '改扩建', projectStatus: '在建' })).toBe('renovation');
    expect(schoolState({ projectType: '标准化', projectStatus: '规划' })).toBe('existing');
    expect(schoolState({ projectType: '', projectStatus: '' })).toBe('existing');
  });
  it('counts only completed new builds as standing today', () => {
    expect(existsToday({ projectType: '新建', projectStatus: '竣工' })).toBe(true);
    expect(existsToday({ projectType: '新建', projectStatus: '在建' })).toBe(false);
  });
});

describe('filterSchools with a scenario', () => {
  it('drops new builds not standing in 现状, and counts facets the same way', () => {
    const current = { kind: 'current', year: null } as const;
    expect(filterSchools(schools, townships, NO_FILTERS, current)).toEqual([0, 1, 3]);
    expect(countFacets(schools, townships, NO_FILTERS, current).types.小学).toBe(1);
  });
});
