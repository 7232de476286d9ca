/**
 * The one lattice core both preparations call (`placeOnLattice`): `prepareStampLattice` and
 * `prepareListLattice` give, bit for bit, what their code gave before they shared it (the copies
 * in scripts/bench/lattice-previous-method/) — slots, buckets, coordinates, unit vectors, edge
 * cosines, slot weights and townships, the unplaced points — on random instances with points of
 * no class, points without coordinates, points in no township, fractional populations, several
 * classes, a lattice of cells whose latitudes repeat along a row, and no point at all.
 */
import { describe, expect, it } from 'vitest';
import { prepareListLattice as previousListLattice } from '../../../scripts/bench/lattice-previous-method/prepare-list-lattice.ts';
import { prepareStampLattice as previousStampLattice } from '../../../scripts/bench/lattice-previous-method/prepare-stamp-lattice.ts';
import { createSeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { prepareListLattice } from '../../../src/analysis/prepare-list-lattice.ts';
import { prepareStampLattice, type StampLattice } from '../../../src/analysis/prepare-stamp-lattice.ts';

interface Place {
  lon: number;
  lat: number;
}

/** Every array and number of a lattice, as plain arrays (so that `toEqual` compares them all, bit for bit). */
function fields(lattice: StampLattice): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(lattice).map(([key, value]) => [
      key,
      ArrayBuffer.isView(value) ? Array.from(value as Float64Array) : value,
    ]),
  );
}

/**
 * Points over a box at `south`°: jittered, or on a regular lattice of cells (`regular`), a few
 * without coordinates; a township each (some in none), a population each (some fractional).
 */
function points(seed: number, south: number, count: number, regular: boolean) {
  const random = createSeededRandom(seed);
  const places: Place[] = [];
  const areaOfPoint = new Int32Array(count);
  const weights = new Float64Array(count);
  const columns = Math.ceil(Math.sqrt(count));
  for (let index = 0; index < count; index++) {
    const column = index % columns;
    const row = Math.floor(index / columns);
    const place = regular
      ? { lon: 108 + column * 0.002, lat: south + row * 0.002 }
      : { lon: 108 + random.next() * 0.3, lat: south + random.next() * 0.2 };
    places.push(index % 97 === 13 ? { lon: Number.NaN, lat: place.lat } : place);
    areaOfPoint[index] = random.next() < 0.05 ? -1 : Math.floor(random.next() * 5);
    weights[index] = index % 7 === 0 ? random.next() * 40 : Math.round(random.next() * 40);
  }
  return { places, areaOfPoint, weights };
}

const CASES: [number, number, number, boolean][] = [
  [41, 22.8, 4000, false],
  [42, -33, 2500, true],
  [43, 61, 3000, false],
  [44, 0, 1, false],
];

describe('the lattice core', () => {
  for (const [seed, south, count, regular] of CASES) {
    it(`prepareStampLattice gives what it gave before, bit for bit, at ${south}° (${count} points${regular ? ', a regular lattice' : ''})`, () => {
      const { places, areaOfPoint, weights } = points(seed, south, count, regular);
      // Areas 0 and 3 rural (class 0), 1 urban (class 1), 2 not stamped, 4 and none a third class.
      const classOfArea = Int32Array.of(0, 1, -1, 0, 2, 2);
      const current = prepareStampLattice(places, weights, areaOfPoint, 5, classOfArea);
      const previous = previousStampLattice(places, weights, areaOfPoint, 5, classOfArea);
      expect(fields(current)).toEqual(fields(previous));
      expect(current.order.length).toBeGreaterThan(0);
      expect(current.slotWeights.length).toBe(current.order.length);
    });

    it(`prepareListLattice gives what it gave before, bit for bit, at ${south}° (${count} points${regular ? ', a regular lattice' : ''})`, () => {
      const { places, areaOfPoint } = points(seed, south, count, regular);
      const classOfPoint = Int32Array.from(
        areaOfPoint,
        (area) => (area < 0 ? -1 : area % 3) - (area === 4 ? 2 : 0),
      );
      const kept = Int32Array.from(classOfPoint);
      const current = prepareListLattice(places, classOfPoint, 3);
      const previous = previousListLattice(places, classOfPoint, 3);
      expect(fields(current)).toEqual(fields(previous));
      // The classes the caller keeps (the lattice cache compares them) are left as they were.
      expect(classOfPoint).toEqual(kept);
    });
  }

  it('places nothing when no point is of a class or none has coordinates', () => {
    const none = [
      { lon: Number.NaN, lat: 1 },
      { lon: 2, lat: Number.POSITIVE_INFINITY },
      { lon: 3, lat: 4 },
    ];
    const classes = Int32Array.of(0, 0, -1);
    expect(fields(prepareListLattice(none, classes, 1))).toEqual(
      fields(previousListLattice(none, classes, 1)),
    );
    expect(prepareListLattice(none, classes, 1).unplaced).toEqual(Int32Array.of(0, 1));
    const empty = prepareStampLattice([], new Float64Array(0), new Int32Array(0), 0, Int32Array.of(0));
    expect(fields(empty)).toEqual(
      fields(previousStampLattice([], new Float64Array(0), new Int32Array(0), 0, Int32Array.of(0))),
    );
  });
});
