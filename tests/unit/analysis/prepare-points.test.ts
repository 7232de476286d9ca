/**
 * preparePoints and prepareCoverage against a copy of their code at 5570921, before the sorted keys
 * and the quadtree being built were kept in the unit vectors' buffer and the population and township
 * of every slot gathered in the unit vectors' pass (scripts/bench/prepare-previous-method/), and
 * prepareStampLattice against a copy of its code before it could read the coordinates columns
 * (scripts/bench/lattice-previous-method/):
 * every array the same to the last bit — the slots' order, the unit vectors, the quadtree, the
 * frame's columns and buffers, the lattice — on grids, jittered and clustered points, crowded
 * buckets, repeated points, points without coordinates and high latitudes.
 */
import { describe, expect, it } from 'vitest';
import { prepareStampLattice as previousPrepareStampLattice } from '../../../scripts/bench/lattice-previous-method/prepare-stamp-lattice.ts';
import {
  firstDifference,
  PREPARED_COLUMNS,
} from '../../../scripts/bench/prepare-previous-method/compare-prepared.ts';
import { prepareCoverage as previousPrepareCoverage } from '../../../scripts/bench/prepare-previous-method/prepare-coverage.ts';
import { preparePoints as previousPreparePoints } from '../../../scripts/bench/prepare-previous-method/prepare-points.ts';
import { createSeededRandom, type SeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { prepareCoverage } from '../../../src/analysis/prepare-coverage.ts';
import { preparePoints } from '../../../src/analysis/prepare-points.ts';
import { prepareStampLattice, type StampLattice } from '../../../src/analysis/prepare-stamp-lattice.ts';

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

function expectSameArray(actual: ArrayLike<number>, expected: ArrayLike<number>, name: string) {
  expect(firstDifference(actual, expected), name).toBeNull();
}

function expectSamePrepared(points: readonly Place[]) {
  const now = preparePoints(points);
  const before = previousPreparePoints(points);
  expect(now.count).toBe(before.count);
  for (const name of PREPARED_COLUMNS) expectSameArray(now[name], before[name], name);
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

  it('at every width of the first digit of the sort (11 to 16 bits, by the number of points), with crowded buckets at each', () => {
    const random = createSeededRandom(19);
    for (const count of [1, 3, 4095, 4096, 8191, 8192, 16_384, 32_767, 65_536, 131_071, 131_072, 140_000])
      expectSamePrepared(scattered(random, count, 108, 23, 2.5, 0.3));
  });

  it('with more quadtree nodes than a quarter of the points (the build space outgrown)', () => {
    // Two nested spirals toward opposite corners: three points in the other quadrants at every
    // level and a tight cluster at the end, so nearly every point makes a node of its own.
    const cosine = Math.cos((22.5 * Math.PI) / 180);
    const places: Place[] = [];
    for (const mirrored of [false, true]) {
      const at = (u: number, v: number) =>
        places.push(
          mirrored ? { lon: 109 + (1 - u) / cosine, lat: 23 - v } : { lon: 109 + u / cosine, lat: 22 + v },
        );
      for (let level = 1; level <= 15; level++) {
        const size = 2 ** -level;
        at(1.5 * size, 0.5 * size);
        at(0.5 * size, 1.5 * size);
        at(1.5 * size, 1.5 * size);
      }
      for (let index = 0; index < 30; index++) at((index % 6) * 2 ** -22, Math.floor(index / 6) * 2 ** -22);
    }
    expect(preparePoints(places).nodeStart.length).toBeGreaterThan(places.length / 4);
    expectSamePrepared(places);
  });

  it('with points without coordinates, a single point and none', () => {
    const random = createSeededRandom(17);
    const places: Place[] = scattered(random, 800, 109, 22, 0.5, 0.1);
    places.splice(5, 0, { lon: Number.NaN, lat: 22 }, { lon: 109, lat: Number.POSITIVE_INFINITY });
    expectSamePrepared(places);
    expectSamePrepared([{ lon: 109.5, lat: 22.5 }]);
    expectSamePrepared([]);
  });

  it('one preparation after another on the angle tables the earlier ones filled: grids sharing rows and columns, other extents and steps', () => {
    const random = createSeededRandom(19);
    const county = grid(109.1, 22.6, 60, 50, 0.0029);
    for (const places of [
      county,
      grid(109.1, 22.6, 30, 25, 0.0058), // every other row and column of the county, a wider step
      county.slice(0, 1500), // the county's southern half: another extent, the same angles
      grid(109.1 - 0.0029 * 7, 22.6 - 0.0029 * 3, 80, 70, 0.0029),
      shuffle(random, [...county]),
      scattered(random, 2000, 109.1, 22.6, 0.2, 0.2),
      county,
    ])
      expectSamePrepared(places);
  });
});

describe('prepareCoverage gives the frame the previous code gave', () => {
  it('the same columns by slot, the same figures by township, the same buffers once read', () => {
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
      'bucketOfSlot',
      'areaFigures',
      'areaBuckets',
      'radiusOfArea',
    ] as const)
      expectSameArray(now[name], before[name], name);
    for (const name of ['distances', 'nearest', 'exact'] as const)
      expectSameArray(now.nearest[name], before.nearest[name], `nearest.${name}`);
    expectSameArray(now.prepared.order, before.prepared.order, 'order');
    expect(now.areaCount).toBe(before.areaCount);
    expect(now.weights).toBe(weights);
    expect(now.areaOfPoint).toBe(areaOfPoint);
  });

  it('makes its counting buffers once: every kind counts in the same ones', () => {
    const places = grid(109.1, 22.6, 30, 20, 0.003);
    const frame = prepareCoverage(
      places,
      new Float64Array(places.length).fill(1),
      new Int32Array(places.length),
      1,
    );
    const first = [
      frame.nearest,
      frame.bucketOfSlot,
      frame.areaFigures,
      frame.areaBuckets,
      frame.radiusOfArea,
      frame.gapSlotOfPosition,
      frame.scratch,
    ];
    frame.gapSlotOfPosition[3] = 7;
    frame.nearest.distances[5] = 42;
    const again = [
      frame.nearest,
      frame.bucketOfSlot,
      frame.areaFigures,
      frame.areaBuckets,
      frame.radiusOfArea,
      frame.gapSlotOfPosition,
      frame.scratch,
    ];
    again.forEach((buffer, index) => {
      expect(buffer).toBe(first[index]);
    });
    expect(frame.gapSlotOfPosition[3]).toBe(7);
    expect(frame.nearest.distances[5]).toBe(42);
    expect(frame.unplaced).toBe(frame.prepared.unplaced);
  });
});

/** Every array of two lattices the same to the last bit, and the same grid. */
function expectSameLattice(actual: StampLattice, expected: StampLattice) {
  for (const name of [
    'count',
    'classCount',
    'west',
    'south',
    'bucketLongitude',
    'bucketLatitude',
    'columns',
    'rows',
    'areaCount',
  ] as const)
    expect(Object.is(actual[name], expected[name]), name).toBe(true);
  for (const name of [
    'bucketStart',
    'order',
    'longitudes',
    'latitudes',
    'edgeCosines',
    'vectors',
    'unplaced',
    'unplacedWeights',
    'unplacedClasses',
    'slotWeights',
    'slotAreas',
  ] as const)
    expectSameArray(actual[name], expected[name], name);
}

describe('prepareStampLattice gives the lattice the previous code gave, on the point objects or on the coordinates preparePoints read', () => {
  it('with two classes, points of no class, points in no area and points without coordinates', () => {
    const random = createSeededRandom(23);
    for (const lat of [0, 22.5, 61]) {
      const places: Place[] = scattered(random, 4000, 108, lat, 1.5, 0.2);
      places.splice(17, 0, { lon: Number.NaN, lat }, { lon: 108.5, lat: Number.NEGATIVE_INFINITY });
      const weights = Float64Array.from(places, () => Math.floor(random.next() * 30));
      // Areas −1 … 4: area 3 not stamped (class −1); the points in no area in class 1.
      const areaOfPoint = Int32Array.from(places, () => Math.floor(random.next() * 6) - 1);
      const classOfArea = Int32Array.of(0, 1, 0, -1, 1, 1);
      const before = previousPrepareStampLattice(places, weights, areaOfPoint, 5, classOfArea);
      expectSameLattice(prepareStampLattice(places, weights, areaOfPoint, 5, classOfArea), before);
      const { coordinates } = preparePoints(places);
      expectSameLattice(
        prepareStampLattice(places, weights, areaOfPoint, 5, classOfArea, coordinates),
        before,
      );
    }
  });

  it('on a regular grid, shuffled, and on no point', () => {
    const random = createSeededRandom(29);
    const places = shuffle(random, grid(109.1, 22.6, 60, 50, 0.0029));
    const weights = new Float64Array(places.length).fill(2);
    const areaOfPoint = new Int32Array(places.length);
    const classOfArea = Int32Array.of(0, 0);
    const before = previousPrepareStampLattice(places, weights, areaOfPoint, 1, classOfArea);
    const { coordinates } = preparePoints(places);
    expectSameLattice(prepareStampLattice(places, weights, areaOfPoint, 1, classOfArea, coordinates), before);
    expectSameLattice(
      prepareStampLattice([], new Float64Array(0), new Int32Array(0), 1, classOfArea, new Float64Array(0)),
      previousPrepareStampLattice([], new Float64Array(0), new Int32Array(0), 1, classOfArea),
    );
  });
});
