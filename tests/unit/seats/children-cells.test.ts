/** The children columns of a population file: single-year ages, stage counts and the year. */
import { describe, expect, it } from 'vitest';
import {
  createChildrenTableReader,
  findAgeColumns,
  findChildrenColumns,
  readChildrenCells,
} from '../../../src/io/read-children-cells.ts';

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

  it('takes a band such as 0-2岁 for no single age', () => {
    expect(findAgeColumns(['0-2岁', '3-5岁', 'age-4']).slice(0, 5)).toEqual([
      null,
      null,
      null,
      null,
      'age-4',
    ]);
  });
});

describe('findChildrenColumns', () => {
  it('finds stage and year columns by their synonyms, leaving out headers already taken', () => {
    const columns = findChildrenColumns(
      ['乡镇', '人口', '小学适龄', '初中适龄人口', '统计年份', '年份'],
      ['年份'],
    );
    expect(columns.stages).toEqual({
      '3-5岁': null,
      '6-11岁': '小学适龄',
      '12-14岁': '初中适龄人口',
      '15-17岁': null,
    });
    expect(columns.year).toBe('统计年份');
    expect(columns.ages.every((header) => header === null)).toBe(true);
  });
});

describe('createChildrenTableReader', () => {
  const headers = ['乡镇', '人口', '年份', '0岁', '1岁', '6-11岁'];
  const rows: Record<string, string>[] = [
    { 年份: '2021', '0岁': '5', '1岁': '7', '6-11岁': '90' },
    { 年份: '2021', '0岁': '', '1岁': '3' },
    { 年份: '2022', '0岁': '1' },
  ];

  it('reads every row, keeps the first year as the base year and refuses a row of another year', () => {
    const reader = createChildrenTableReader('人口.csv', headers, ['乡镇', '人口']);
    const read = rows.map((row, index) => reader.read((header) => row[header] ?? '', index + 2));
    expect(read[0]?.fields.ages?.slice(0, 3)).toEqual([5, 7, 0]);
    expect(read[0]?.fields.stageChildren).toBeUndefined();
    expect(read[1]?.problems).toEqual([]);
    expect(read[2]?.problems).toEqual([
      {
        header: '年份',
        kind: 'error',
        problem: { key: 'childrenYearDiffers', values: { year: 2022, firstRow: 2, firstYear: 2021 } },
      },
    ]);
    expect(reader.baseYear()).toBe(2021);
    expect(reader.notes().map((note) => note.key)).toEqual([
      'childrenAgeColumnsFound',
      'childrenAgesAndStages',
    ]);
  });

  it('adds nothing to the rows of a file without children columns', () => {
    const reader = createChildrenTableReader('人口.csv', ['乡镇', '人口'], ['乡镇', '人口']);
    expect(reader.read(() => '100', 2)).toEqual({ fields: {}, problems: [] });
    expect(reader.baseYear()).toBeUndefined();
    expect(reader.notes()).toEqual([]);
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
