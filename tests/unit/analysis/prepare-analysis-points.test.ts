/**
 * The analysis's preparation of its points reads the point objects once, into columns, and the
 * coverage frame is made on those columns: the same townships, columns, figures and frame as the
 * code before (scripts/bench/prepare-previous-method/, main at 3f19a31), to the last bit; the
 * slots' townships in 16 bits up to 65,535 townships, in 32 beyond.
 */
import { describe, expect, it } from 'vitest';
import {
  firstDifference,
  PREPARED_COLUMNS,
} from '../../../scripts/bench/prepare-previous-method/compare-prepared.ts';
import { prepareAnalysisPoints as previousPrepareAnalysisPoints } from '../../../scripts/bench/prepare-previous-method/prepare-analysis-points.ts';
import { prepareCoverage as previousPrepareCoverage } from '../../../scripts/bench/prepare-previous-method/prepare-coverage.ts';
import { createSeededRandom, type SeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { gapSourceOf } from '../../../src/analysis/gap-points.ts';
import { prepareAnalysisPoints } from '../../../src/analysis/prepare-analysis-points.ts';
import { type CoverageFrame, prepareCoverage } from '../../../src/analysis/prepare-coverage.ts';
import { preparePoints, readCoordinates } from '../../../src/analysis/prepare-points.ts';
import { packPopulation } from '../../../src/domain/point-columns.ts';
import type { PopulationData, PopulationPoint } from '../../../src/domain/population.ts';
import type { TownshipCollection, TownshipFeature } from '../../../src/domain/township.ts';

function expectSameArray(actual: ArrayLike<number>, expected: ArrayLike<number>, name: string) {
  expect(firstDifference(actual, expected), name).toBeNull();
}

function expectSameFrame(now: CoverageFrame, before: CoverageFrame) {
  for (const name of PREPARED_COLUMNS) expectSameArray(now.prepared[name], before.prepared[name], name);
  for (const name of [
    'weights',
    'areaOfPoint',
    'slotWeights',
    'slotAreas',
    'areaPoints',
    'areaPopulation',
    'areaTotal',
    'gapSlotOfPosition',
  ] as const)
    expectSameArray(now[name], before[name], name);
  expect(now.areaCount).toBe(before.areaCount);
  expect(now.prepared.count).toBe(before.prepared.count);
}

/** A square township `side` degrees wide with its south-west corner at (lon, lat). */
function square(code: string, lon: number, lat: number, side: number): TownshipFeature {
  return {
    type: 'Feature',
    properties: { code, name: code, urban: false, approximate: false },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon, lat],
          [lon + side, lat],
          [lon + side, lat + side],
          [lon, lat + side],
          [lon, lat],
        ],
      ],
    },
  };
}

/**
 * Points over a 3 × 3 block of townships and a margin outside them: some with their own township
 * code (known, unknown or none: then the boundaries decide), some without coordinates, some with
 * fractional or no people.
 */
function population(random: SeededRandom, count: number): PopulationData {
  const points: PopulationPoint[] = Array.from({ length: count }, (_, index) => {
    const lon = 108.9 + random.next() * 0.5;
    const lat = 22.9 + random.next() * 0.5;
    const draw = random.next();
    return {
      lon: index % 97 === 5 ? Number.NaN : lon,
      lat: index % 89 === 7 ? Number.POSITIVE_INFINITY : lat,
      population: draw < 0.1 ? 0 : draw < 0.2 ? draw * 33.3 : Math.floor(draw * 200),
      schoolAgePopulation: null,
      name: '',
      townshipCode: draw < 0.3 ? `t${Math.floor(draw * 30) % 9}` : draw < 0.35 ? 'elsewhere' : '',
    };
  });
  return { source: 'settlement-points', label: 'test', points, townships: [] };
}

function townships(): TownshipCollection {
  const features: TownshipFeature[] = [];
  for (let row = 0; row < 3; row++)
    for (let column = 0; column < 3; column++)
      features.push(square(`t${row * 3 + column}`, 109 + column * 0.1, 23 + row * 0.1, 0.1));
  // A code given twice: the second boundary takes no area of its own.
  features.push(square('t4', 109.35, 23.35, 0.02));
  return { type: 'FeatureCollection', features };
}

describe('prepareAnalysisPoints reads the point objects once and gives what the previous code gave', () => {
  it('the same townships, columns, figures and frame, to the last bit', () => {
    const input = population(createSeededRandom(31), 6000);
    const boundaries = townships();
    const now = prepareAnalysisPoints(input, boundaries);
    const before = previousPrepareAnalysisPoints(input, boundaries);
    expect(now.pointTownships).toEqual(before.pointTownships);
    expect(new Set(now.pointTownships)).toEqual(
      new Set(['', 't0', 't1', 't2', 't3', 't4', 't5', 't6', 't7', 't8']),
    );
    expect(now.areaCodes).toEqual(before.areaCodes);
    expect([...now.areaByCode]).toEqual([...before.areaByCode]);
    for (const name of ['areaOfPoint', 'weights', 'areaPopulation'] as const)
      expectSameArray(now[name], before[name], name);
    expect(Object.is(now.districtPopulation, before.districtPopulation)).toBe(true);
    expect(Object.is(now.outsideTownships, before.outsideTownships)).toBe(true);
    expect(now.outsideTownships).toBeGreaterThan(0);
    expectSameFrame(now.frame, before.frame);
    expect(now.frame.prepared.unplaced.length).toBeGreaterThan(0);
  });

  it('on the points packed into columns (as the worker keeps them): the same, and the gap source the objects gave', () => {
    const objects = population(createSeededRandom(31), 6000);
    objects.points.forEach((point, index) => {
      if (index % 3 === 0) point.name = `村${index % 11}`;
    });
    const boundaries = townships();
    const packed = prepareAnalysisPoints(packPopulation(objects), boundaries);
    const before = previousPrepareAnalysisPoints(objects, boundaries);
    expect(packed.pointTownships).toEqual(before.pointTownships);
    for (const name of ['areaOfPoint', 'weights', 'areaPopulation'] as const)
      expectSameArray(packed[name], before[name], name);
    expectSameFrame(packed.frame, before.frame);
    // The gap source as the objects made it, position by position.
    const source = gapSourceOf(objects.points, before.pointTownships);
    for (const name of ['lon', 'lat', 'population'] as const)
      expectSameArray(packed.gapSource[name], source[name], name);
    for (let position = 0; position < objects.points.length; position++) {
      expect(packed.gapSource.townshipCodes[packed.gapSource.township[position] ?? -1]).toBe(
        source.townshipCodes[source.township[position] ?? -1],
      );
      expect(packed.gapSource.names[packed.gapSource.name[position] ?? -1]).toBe(
        source.names[source.name[position] ?? -1],
      );
    }
    // No point object is kept, however the population came.
    expect(packed.population.points).toBeUndefined();
    expect(prepareAnalysisPoints(objects, boundaries).population.points).toBeUndefined();
  });

  it('with no point at all', () => {
    const input = population(createSeededRandom(1), 0);
    const now = prepareAnalysisPoints(input, townships());
    expectSameFrame(now.frame, previousPrepareAnalysisPoints(input, townships()).frame);
    expect(now.pointTownships).toEqual([]);
  });
});

describe('the coverage frame made on coordinates read beforehand', () => {
  it('gives the frame made from the objects, on the very array of coordinates', () => {
    const input = population(createSeededRandom(7), 3000);
    const points = input.points;
    const weights = Float64Array.from(points, (point) => point.population);
    const areaOfPoint = Int32Array.from(points, (_, index) => (index % 11) - 1);
    const coordinates = readCoordinates(points);
    const onColumns = prepareCoverage(coordinates, weights, areaOfPoint, 10);
    expect(onColumns.prepared.coordinates).toBe(coordinates);
    expectSameFrame(onColumns, previousPrepareCoverage(points, weights, areaOfPoint, 10));
    const prepared = preparePoints(coordinates);
    for (const name of PREPARED_COLUMNS)
      expectSameArray(prepared[name], onColumns.prepared[name], `preparePoints ${name}`);
  });
});

describe('preparePoints with most points unplaced', () => {
  it('gives what the previous code gave (the keys by position in a buffer of their own)', () => {
    const random = createSeededRandom(5);
    const places = Array.from({ length: 600 }, (_, index) => ({
      lon: index % 7 === 0 ? 108 + random.next() : Number.NaN,
      lat: 22 + random.next(),
    }));
    const coordinates = readCoordinates(places);
    const weights = new Float64Array(places.length).fill(2);
    const areaOfPoint = new Int32Array(places.length);
    expectSameFrame(
      prepareCoverage(coordinates, weights, areaOfPoint, 1),
      previousPrepareCoverage(places, weights, areaOfPoint, 1),
    );
  });
});

describe("the slots' townships", () => {
  const random = createSeededRandom(3);
  const places = Array.from({ length: 4000 }, () => ({
    lon: 110 + random.next(),
    lat: 24 + random.next(),
  }));
  const weights = Float64Array.from(places, () => 1);

  it.each([
    { areaCount: 65_535, kind: Uint16Array, bits: '16 bits (up to 65,535, "in none" included)' },
    { areaCount: 65_536, kind: Int32Array, bits: '32 bits (beyond), with the same values' },
  ])('with $areaCount townships take $bits', ({ areaCount, kind }) => {
    const areaOfPoint = Int32Array.from(places, (_, index) =>
      index % 5 === 0 ? -1 : index % 3 === 0 ? areaCount - 1 : index * 16,
    );
    const frame = prepareCoverage(places, weights, areaOfPoint, areaCount);
    expect(frame.slotAreas).toBeInstanceOf(kind);
    expect(frame.slotAreas).toContain(areaCount);
    expectSameFrame(frame, previousPrepareCoverage(places, weights, areaOfPoint, areaCount));
  });
});
