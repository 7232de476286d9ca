/** The base year an imported population is used with: its own 年份, else the year chosen on import. */
import { describe, expect, it } from 'vitest';
import type { PopulationData } from '../../../src/domain/population.ts';
import { withChosenBaseYear } from '../../../src/domain/population-base-year.ts';

const township = { code: '450803100', name: '桥圩镇', population: 1000, schoolAgePopulation: null };
const table = (extra: Partial<PopulationData> = {}, children = true): PopulationData => ({
  source: 'township-table',
  label: '人口.csv',
  points: [],
  townships: [children ? { ...township, stageChildren: { primary: 80 } } : township],
  ...extra,
});

describe('withChosenBaseYear', () => {
  it('gives a file with children and no year the chosen year', () => {
    expect(withChosenBaseYear(table(), 2022).baseYear).toBe(2022);
  });

  it('keeps the file’s own year, leaves the default when none is chosen, and ignores files without children', () => {
    expect(withChosenBaseYear(table({ baseYear: 2021 }), 2022).baseYear).toBe(2021);
    expect(withChosenBaseYear(table(), null).baseYear).toBeUndefined();
    expect(withChosenBaseYear(table({}, false), 2022).baseYear).toBeUndefined();
  });
});
