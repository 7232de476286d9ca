/** The children columns of a population file: single-year ages, stage counts and the year. */
import { describe, expect, it } from 'vitest';
import { findAgeColumns, readChildrenCells } from '../../../src/io/read-children-cells.ts';

const noStages = { '3-5岁': null, '6-11岁': null, '12-14岁': null, '15-17岁': null } as const;

describe('findAgeColumns', () => {
  it('finds 0岁 … 17岁 however they are written, first header of an age first', () => {
    const ages = findAgeColumns([
      '村名',
      '0岁',
      '1 岁',
      '2周岁',
      'age_3',
      'AGE4',
      '5岁',
      '5 岁',
      '18岁',
      '6-11岁',
    ]);
    expect(ages.slice(0, 7)).toEqual(['0岁', '1 岁', '2周岁', 'age_3', 'AGE4', '5岁', null]);
    expect(ages).toHaveLength(18);
  });
});

describe('readChildrenCells', () => {
  it('reads single-year ages, empty cells as none, and warns about a cell that is not a count', () => {
    const row: Record<string, string> = { '0岁': '12', '1岁': '', '2岁': '约十' };
    const reading = readChildrenCells((header) => row[header] ?? '', {
      ages: findAgeColumns(['0岁', '1岁', '2岁']),
      stages: noStages,
      year: null,
    });
    expect(reading.ages?.slice(0, 4)).toEqual([12, 0, 0, 0]);
    expect(reading.stageChildren).toBeUndefined();
    expect(reading.problems).toEqual([
      {
        header: '2岁',
        kind: 'warning',
        problem: { key: 'childrenCountNotNumber', values: { value: '约十' } },
      },
    ]);
  });

  it('reads stage counts and the year, and leaves single years out when there are none', () => {
    const row: Record<string, string> = { 学前适龄: '300', 小学适龄: '620', 年份: '2021年' };
    const reading = readChildrenCells((header) => row[header] ?? '', {
      ages: findAgeColumns([]),
      stages: { ...noStages, '3-5岁': '学前适龄', '6-11岁': '小学适龄' },
      year: '年份',
    });
    expect(reading).toEqual({ stageChildren: { kindergarten: 300, primary: 620 }, year: 2021, problems: [] });
  });

  it('prefers single-year ages to stage counts and refuses a year that is not one', () => {
    const row: Record<string, string> = { '6岁': '10', '6-11岁': '60', 年份: '20211' };
    const reading = readChildrenCells((header) => row[header] ?? '', {
      ages: findAgeColumns(['6岁']),
      stages: { ...noStages, '6-11岁': '6-11岁' },
      year: '年份',
    });
    expect(reading.ages?.[6]).toBe(10);
    expect(reading.stageChildren).toBeUndefined();
    expect(reading.year).toBeNull();
    expect(reading.problems[0]?.problem.key).toBe('childrenYearNotYear');
  });
});
