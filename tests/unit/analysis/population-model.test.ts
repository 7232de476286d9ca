import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import {
  buildPopulationModel,
  districtChildrenByAge,
  modelTownshipPopulations,
  POPULATION_MODEL_LABEL,
} from '../../../scripts/geodata/build-population-model.ts';
import { readGeodataFiles } from '../../../scripts/geodata/geodata-files.ts';
import { parseDistrictCensus, readDistrictCensus } from '../../../scripts/geodata/read-census.ts';
import { populationModelText } from '../../../scripts/geodata/write-population-model.ts';
import { distributeTownshipTable } from '../../../src/analysis/distribute-township-table.ts';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { defaultPopulation, repositoryPath } from './default-inputs.ts';

const census = readDistrictCensus(repositoryPath('geodata'), '450803');
const geodata = { ...readGeodataFiles(repositoryPath('geodata')), census };

describe('the modelled default population (geodata/population.model.json)', () => {
  it('is what the generator makes from the committed boundaries (run `npm run geodata` after changing it)', () => {
    expect(populationModelText(repositoryPath('geodata'))).toBe(
      readFileSync(repositoryPath('geodata/population.model.json'), 'utf8'),
    );
  });

  it('says which figures are the census’s and which are modelled, in the label', () => {
    const population = defaultPopulation();
    expect(population.source).toBe('model');
    expect(population.label).toBe('区级总数与年龄结构：2020年人口普查；乡镇及网格分布：模型估算');
    expect(population.label).toBe(POPULATION_MODEL_LABEL);
    expect(population.baseYear).toBe(2020);
  });

  it('adds up to the 2020 census total of 港南区, shared by villages and communities', () => {
    expect(census.population).toBe(516_598);
    const rows = modelTownshipPopulations(geodata.townships, geodata.villages, census);
    expect(rows.reduce((sum, row) => sum + row.population, 0)).toBe(516_598);
    const units = (name: string) => {
      const code = geodata.townships.features.find((feature) => feature.properties.name === name)?.properties
        .code;
      return geodata.villages.filter((village) => village.townshipCode === code).length;
    };
    expect(units('桥圩镇')).toBe(27);
    for (const name of ['桥圩镇', '木格镇', '江南街道']) {
      const exact = (516_598 * units(name)) / geodata.villages.length;
      expect(
        Math.abs((rows.find((row) => row.name === name)?.population ?? 0) - exact),
        name,
      ).toBeLessThanOrEqual(1);
    }
    const population = defaultPopulation();
    expect(population.points.reduce((sum, point) => sum + point.population, 0)).toBe(516_598);
  });

  it('gives children by single year from the census age bands, spread evenly within a band', () => {
    const ages = districtChildrenByAge(census);
    // 0: 1.06 % of 516,598; 1–4: 5.71 % over four years; 5–9: 9.28 % over five; 15–17 from 15–19.
    expect(ages[0]).toBe(Math.round(516_598 * 0.0106));
    expect(ages.slice(1, 5).reduce((sum, count) => sum + count, 0)).toBe(Math.round(516_598 * 0.0571));
    expect(ages.slice(5, 10).reduce((sum, count) => sum + count, 0)).toBe(Math.round(516_598 * 0.0928));
    expect(Math.max(...ages.slice(5, 10)) - Math.min(...ages.slice(5, 10))).toBeLessThanOrEqual(1);
    expect(ages).toHaveLength(18);
    const population = defaultPopulation();
    for (let age = 0; age < 18; age++) {
      const atPoints = population.points.reduce((sum, point) => sum + (point.ages?.[age] ?? 0), 0);
      expect(atPoints, `age ${age}`).toBe(ages[age]);
    }
  });

  it('reads the census row of the county it is asked for, and refuses a missing one', () => {
    const populationText = 'CODE,NAME,POPU\n450803,港南区,516598\n';
    const agesText = 'CODE,NAME,AGES_0\n450803,港南区,0.0106\n';
    expect(parseDistrictCensus(populationText, agesText, '450803')).toEqual({
      code: '450803',
      name: '港南区',
      population: 516_598,
      ageShares: { AGES_0: 0.0106 },
    });
    expect(() => parseDistrictCensus(populationText, agesText, '450802')).toThrow();
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
