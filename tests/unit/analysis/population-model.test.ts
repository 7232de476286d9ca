import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import {
  buildPopulationModel,
  modelTownshipPopulations,
  REFERENCE_TOWNSHIP,
} from '../../../scripts/geodata/build-population-model.ts';
import { readGeodataFiles } from '../../../scripts/geodata/geodata-files.ts';
import { populationModelText } from '../../../scripts/geodata/write-population-model.ts';
import { distributeTownshipTable } from '../../../src/analysis/distribute-township-table.ts';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { defaultPopulation, repositoryPath } from './default-inputs.ts';

const geodata = readGeodataFiles(repositoryPath('geodata'));

describe('the modelled default population (geodata/population.model.json)', () => {
  it('is what the generator makes from the committed boundaries (run `npm run geodata` after changing it)', () => {
    expect(populationModelText(repositoryPath('geodata'))).toBe(
      readFileSync(repositoryPath('geodata/population.model.json'), 'utf8'),
    );
  });

  it('says it is a model, in the label', () => {
    const population = defaultPopulation();
    expect(population.source).toBe('model');
    expect(population.label).toContain('示例/模型估算');
  });

  it('gives 桥圩镇 its published figure and the others in proportion to their villages and communities', () => {
    const rows = modelTownshipPopulations(geodata.townships, geodata.villages);
    const perUnit = REFERENCE_TOWNSHIP.registeredPopulation / 27;
    expect(
      geodata.villages.filter((village) => village.townshipCode === REFERENCE_TOWNSHIP.code),
    ).toHaveLength(27);
    expect(rows.find((row) => row.code === REFERENCE_TOWNSHIP.code)?.population).toBe(124_725);
    expect(rows.find((row) => row.name === '木格镇')?.population).toBe(Math.round(26 * perUnit));
    expect(rows.find((row) => row.name === '江南街道')?.population).toBe(Math.round(9 * perUnit));
  });

  it('keeps every township total in its points, and every point inside its township', () => {
    const population = defaultPopulation();
    for (const row of population.townships) {
      const points = population.points.filter((point) => point.townshipCode === row.code);
      expect(
        points.reduce((sum, point) => sum + point.population, 0),
        row.name,
      ).toBe(row.population);
      const feature = geodata.townships.features.find((candidate) => candidate.properties.code === row.code);
      if (!feature) throw new Error(row.code);
      for (const point of points) expect(booleanPointInPolygon([point.lon, point.lat], feature)).toBe(true);
    }
  });
});

describe('distributeTownshipTable', () => {
  const square: TownshipCollection = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { code: 'A', name: '甲镇', urban: false, approximate: false },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [109.6, 22.8],
              [109.7, 22.8],
              [109.7, 22.9],
              [109.6, 22.9],
              [109.6, 22.8],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { code: 'B', name: '乙镇', urban: false, approximate: false },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [109.7, 22.8],
              [109.7001, 22.8],
              [109.7001, 22.8001],
              [109.7, 22.8001],
              [109.7, 22.8],
            ],
          ],
        },
      },
    ],
  };

  it('keeps each total exactly, in whole people, denser near the seat', () => {
    const seat = { code: 'A', lon: 109.62, lat: 22.82 };
    const data = distributeTownshipTable(
      [{ code: 'A', name: '甲镇', population: 50_001, schoolAgePopulation: null }],
      square,
      { seats: [seat] },
    );
    expect(data.source).toBe('township-table');
    expect(data.points.reduce((sum, point) => sum + point.population, 0)).toBe(50_001);
    for (const point of data.points) expect(Number.isInteger(point.population)).toBe(true);
    // 0.1° × 0.1° at 22.85° N is 10.25 × 11.12 km: 20–21 columns × 22–23 rows of 500 m cells.
    expect(data.points.length).toBeGreaterThanOrEqual(20 * 22);
    expect(data.points.length).toBeLessThanOrEqual(21 * 23);
    const distanceToSeat = (point: { lon: number; lat: number }) =>
      haversineDistance([point.lon, point.lat], [seat.lon, seat.lat]);
    const nearest = data.points.reduce((best, point) =>
      distanceToSeat(point) < distanceToSeat(best) ? point : best,
    );
    const farthest = data.points.reduce((best, point) =>
      distanceToSeat(point) > distanceToSeat(best) ? point : best,
    );
    expect(nearest.population / farthest.population).toBeGreaterThan(5);
    expect(nearest.population / farthest.population).toBeLessThan(7);
  });

  it('matches rows by name, puts a township too small for a cell at one point, and keeps unmatched rows', () => {
    const data = distributeTownshipTable(
      [
        { code: '', name: '乙镇', population: 321, schoolAgePopulation: null },
        { code: 'Z', name: '不存在镇', population: 5, schoolAgePopulation: null },
      ],
      square,
    );
    expect(data.points).toHaveLength(1);
    expect(data.points[0]).toMatchObject({ population: 321, townshipCode: 'B' });
    expect(data.townships.map((row) => row.code)).toEqual(['B', 'Z']);
  });

  it('is deterministic', () => {
    expect(buildPopulationModel(geodata)).toEqual(buildPopulationModel(geodata));
  });
});
