/**
 * preparePoints and prepareCoverage against a copy of their code before the counting sort and the
 * angle tables (scripts/bench/prepare-previous-method/): every array the same to the last bit — the
 * slots' order, the unit vectors, the quadtree, the frame's columns — on grids, jittered and
 * clustered points, crowded buckets, repeated points, points without coordinates and high latitudes.
 */
import { describe, expect, it } from 'vitest';
import { prepareCoverage as previousPrepareCoverage } from '../../../scripts/bench/prepare-previous-method/prepare-coverage.ts';
import { preparePoints as previousPreparePoints } from '../../../scripts/bench/prepare-previous-method/prepare-points.ts';
import { createSeededRandom, type SeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { prepareCoverage } from '../../../src/analysis/prepare-coverage.ts';
import { preparePoints } from '../../../src/analysis/prepare-points.ts';

interface Place {
  lon: number;
  lat: number;
}

/** A regular grid of `columns` × `rows` cells `step` degrees apart, row by row. */
function grid(lon: number, lat: number, columns: number, rows: number, step: number): Place[] {
  const places: Place[] = [];
  for (let row = 0; row < rows; row++)
    for (let column = 0; column < columns; column++)
      places.push({ lon: lon + column * step, lat: lat + row * step });
  return places;
}

/** Points anywhere in a square, a share of them bunched into a few very small spots. */
function scattered(
  random: SeededRandom,
  count: number,
  lon: number,
  lat: number,
  span: number,
  bunched: number,
): Place[] {
  const spots = Array.from({ length: 3 }, () => ({
    lon: lon + random.next() * span,
    lat: lat + random.next() * span,
  }));
  return Array.from({ length: count }, () => {
    if (random.next() < bunched) {
      const spot = spots[Math.floor(random.next() * spots.length)] as Place;
      return { lon: spot.lon + random.next() * 1e-7, lat: spot.lat + random.next() * 1e-7 };
    }
    return { lon: lon + random.next() * span, lat: lat + random.next() * span };
  });
}

/** Shuffles in place (the order of positions matters to the ties of the sort). */
function shuffle<T>(random: SeededRandom, items: T[]): T[] {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random.next() * (index + 1));
    [items[index], items[other]] = [items[other] as T, items[index] as T];
  }
  return items;
}

/** The same numbers bit for bit (NaN equal to NaN, 0 and −0 told apart). */
function expectSameArray(actual: ArrayLike<number>, expected: ArrayLike<number>, name: string) {
  expect(actual.length, name).toBe(expected.length);
  for (let index = 0; index < expected.length; index++) {
    if (!Object.is(actual[index], expected[index]))
      throw new Error(`${name}[${index}]: ${actual[index]} against ${expected[index]}`);
  }
}

function expectSamePrepared(points: readonly Place[]) {
  const now = preparePoints(points);
  const before = previousPreparePoints(points);
  expect(now.count).toBe(before.count);
  for (const name of [
    'coordinates',
    'unplaced',
    'order',
    'vectors',
    'nodeStart',
    'nodeEnd',
    'nodeFirstChild',
    'nodeChildren',
    'nodeCentres',
    'nodeReach',
  ] as const)
    expectSameArray(now[name], before[name], name);
}

describe('preparePoints gives what the previous code gave, to the last bit', () => {
  it('on a regular grid given row by row, and shuffled', () => {
    const random = createSeededRandom(7);
    const places = grid(109.1, 22.6, 90, 70, 0.0029);
    expectSamePrepared(places);
    expectSamePrepared(shuffle(random, [...places]));
  });

  it('on jittered and scattered points at low and high latitudes', () => {
    const random = createSeededRandom(11);
    for (const lat of [0, 22.5, 61, 84]) {
      expectSamePrepared(scattered(random, 3000, 100, lat, 2, 0));
      expectSamePrepared(
        grid(100, lat, 40, 40, 0.01).map((place) => ({
          lon: place.lon + random.next() * 1e-3,
          lat: place.lat + random.next() * 1e-3,
        })),
      );
    }
  });

  it('with crowded buckets (thousands of points in a few metres), repeated points and ties of the key', () => {
    const random = createSeededRandom(13);
    const places = scattered(random, 6000, 108, 23, 3, 0.6);
    const repeated = Array.from({ length: 500 }, (_, index) => places[index % 7] as Place);
    expectSamePrepared([...places, ...repeated]);
    // All in one spot: one bucket of every point.
    expectSamePrepared(Array.from({ length: 2000 }, () => ({ lon: 110, lat: 22 })));
  });

  it('with points without coordinates, a single point and none', () => {
    const random = createSeededRandom(17);
    const places: Place[] = scattered(random, 800, 109, 22, 0.5, 0.1);
    places.splice(5, 0, { lon: Number.NaN, lat: 22 }, { lon: 109, lat: Number.POSITIVE_INFINITY });
    expectSamePrepared(places);
    expectSamePrepared([{ lon: 109.5, lat: 22.5 }]);
    expectSamePrepared([]);
  });
});

describe('prepareCoverage gives the frame the previous code gave', () => {
  it('the same columns by slot and the same figures by township', () => {
    const random = createSeededRandom(19);
    const places = scattered(random, 5000, 109, 22.5, 1, 0.2);
    places.push({ lon: Number.NaN, lat: 0 });
    const weights = Float64Array.from(places, () => Math.floor(random.next() * 40));
    const areaOfPoint = Int32Array.from(places, () => Math.floor(random.next() * 13) - 1);
    const now = prepareCoverage(places, weights, areaOfPoint, 12);
    const before = previousPrepareCoverage(places, weights, areaOfPoint, 12);
    for (const name of [
      'slotWeights',
      'slotAreas',
      'unplaced',
      'areaPoints',
      'areaPopulation',
      'areaTotal',
      'gapSlotOfPosition',
    ] as const)
      expectSameArray(now[name], before[name], name);
    expectSameArray(now.prepared.order, before.prepared.order, 'order');
    expect(now.nearest.distances.length).toBe(before.nearest.distances.length);
    expect(now.areaFigures.length).toBe(before.areaFigures.length);
  });
});
