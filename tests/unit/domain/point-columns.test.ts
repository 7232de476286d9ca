/**
 * The population's points packed into columns, as the analysis worker keeps them: every field the
 * analysis reads comes back the same, equal points compare equal and any change of a read field
 * does not, and a population is packed once however often it is asked for.
 */
import { describe, expect, it } from 'vitest';
import {
  columnsOf,
  packPoints,
  packPopulation,
  pointCount,
  samePointColumns,
} from '../../../src/domain/point-columns.ts';
import {
  describePopulation,
  type PopulationData,
  type PopulationPoint,
} from '../../../src/domain/population.ts';

function point(index: number): PopulationPoint {
  return {
    lon: 109 + index / 1000,
    lat: 23 - index / 3000,
    population: index % 5 === 0 ? 0 : index * 1.5,
    schoolAgePopulation: null,
    name: index % 3 === 0 ? '' : `村${index % 7}`,
    townshipCode: index % 4 === 0 ? '' : `45080${index % 3}`,
  };
}

const points = Array.from({ length: 50 }, (_, index) => point(index));
const population: PopulationData = {
  source: 'settlement-points',
  label: 'x',
  file: '村.csv',
  points,
  townships: [],
};

describe('packPoints', () => {
  it('keeps the place, population, township code and name of every point, in order', () => {
    const columns = packPoints(points);
    points.forEach((one, position) => {
      expect(columns.lon[position]).toBe(one.lon);
      expect(columns.lat[position]).toBe(one.lat);
      expect(columns.population[position]).toBe(one.population);
      expect(columns.townshipCodes[columns.township[position] ?? -1]).toBe(one.townshipCode);
      expect(columns.names[columns.name[position] ?? -1]).toBe(one.name);
    });
    // Each code and name once in its table.
    expect(new Set(columns.townshipCodes).size).toBe(columns.townshipCodes.length);
    expect(columns.names.length).toBe(8);
  });

  it('compares equal to the same points only', () => {
    expect(samePointColumns(packPoints(points), packPoints(points.map((one) => ({ ...one }))))).toBe(true);
    for (const change of [
      { lon: 120 },
      { lat: 1 },
      { population: 7 },
      { townshipCode: 'other' },
      { name: 'other' },
    ] as Partial<PopulationPoint>[]) {
      const changed = points.map((one, position) => (position === 17 ? { ...one, ...change } : one));
      expect(samePointColumns(packPoints(points), packPoints(changed)), JSON.stringify(change)).toBe(false);
    }
    expect(samePointColumns(packPoints(points), packPoints(points.slice(1)))).toBe(false);
  });
});

describe('a packed population', () => {
  it('is packed once per points array, and a packed one is returned as it is', () => {
    const packed = packPopulation(population);
    expect(packed.points).toBeUndefined();
    expect(packed.columns).toBe(columnsOf(population));
    expect(packPopulation(packed)).toBe(packed);
    expect(columnsOf(packed)).toBe(packed.columns);
    expect(packed.file).toBe('村.csv');
  });

  it('counts as the objects do, and is described the same (count and total)', () => {
    const packed = packPopulation(population);
    expect(pointCount(packed)).toBe(50);
    expect(describePopulation(packed)).toEqual(describePopulation(population));
    const total = points.reduce((sum, one) => sum + one.population, 0);
    expect(describePopulation(packed)).toMatchObject({
      values: { count: 50, total: Math.round(total).toLocaleString('en-US') },
    });
  });
});
