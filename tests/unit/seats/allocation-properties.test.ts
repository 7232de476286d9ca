/**
 * Properties of the seat allocation on random small districts: it equals the naive version
 * (every place scans every school, one comparison sort); seated ≤ maximum flow ≤ min(children,
 * seats); the maximum flow equals a plain augmenting-path search; the order of the rows never
 * changes the result when no two distances tie.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateSeatsNaively } from '../../../scripts/bench/naive-seat-allocation.ts';
import { allocateSeats } from '../../../src/analysis/seats/allocate-seats.ts';
import { findEligiblePairs } from '../../../src/analysis/seats/find-eligible-pairs.ts';
import { measureMaximumSeated } from '../../../src/analysis/seats/measure-maximum-seated.ts';
import { rankSchoolCodes } from '../../../src/analysis/seats/rank-school-codes.ts';
import { sortEligiblePairs } from '../../../src/analysis/seats/sort-eligible-pairs.ts';

interface Place {
  lon: number;
  lat: number;
  children: number;
  radius: number;
}
interface School {
  code: string;
  lon: number;
  lat: number;
  seats: number;
}

/** Random coordinates over a 5 km square: distances practically never tie. */
const coordinate = fc.integer({ min: 0, max: 45_000 }).map((value) => value / 1e6);
const place = fc.record({
  lon: coordinate.map((value) => 109.5 + value),
  lat: coordinate.map((value) => 23 + value),
  children: fc.integer({ min: 0, max: 60 }),
  radius: fc.constantFrom(500, 1500, 2500, Number.POSITIVE_INFINITY),
});
const school = fc.record({
  lon: coordinate.map((value) => 109.5 + value),
  lat: coordinate.map((value) => 23 + value),
  seats: fc.integer({ min: 0, max: 120 }),
});
const district = fc.record({
  places: fc.array(place, { minLength: 0, maxLength: 25 }),
  schools: fc
    .array(school, { minLength: 0, maxLength: 8 })
    .map((list) => list.map((entry, index) => ({ ...entry, code: `S${(index * 7919) % 1000}` }))),
});

function allocate(places: readonly Place[], schools: readonly School[]) {
  const found = findEligiblePairs(
    {
      count: places.length,
      longitudes: Float64Array.from(places, (entry) => entry.lon),
      latitudes: Float64Array.from(places, (entry) => entry.lat),
      radii: Float64Array.from(places, (entry) => entry.radius),
    },
    {
      count: schools.length,
      longitudes: Float64Array.from(schools, (entry) => entry.lon),
      latitudes: Float64Array.from(schools, (entry) => entry.lat),
    },
  );
  if (!found.ok) throw new Error(found.message.key);
  const pairs = sortEligiblePairs(found.pairs, rankSchoolCodes(schools.map((entry) => entry.code)));
  const children = Int32Array.from(places, (entry) => entry.children);
  const seats = Int32Array.from(schools, (entry) => entry.seats);
  const allocation = allocateSeats(pairs, children, seats);
  return { pairs, children, seats, allocation };
}

/** Maximum flow by plain breadth-first augmenting paths on an adjacency matrix (small cases only). */
function plainMaximumFlow(
  places: readonly Place[],
  schools: readonly School[],
  eligible: boolean[][],
): number {
  const nodes = 2 + places.length + schools.length;
  const capacity = Array.from({ length: nodes }, () => new Array<number>(nodes).fill(0));
  places.forEach((entry, p) => {
    (capacity[0] as number[])[2 + p] = entry.children;
    schools.forEach((_, s) => {
      if (eligible[p]?.[s]) (capacity[2 + p] as number[])[2 + places.length + s] = entry.children;
    });
  });
  schools.forEach((entry, s) => {
    (capacity[2 + places.length + s] as number[])[1] = entry.seats;
  });
  let flow = 0;
  for (;;) {
    const parent = new Array<number>(nodes).fill(-1);
    parent[0] = 0;
    const queue = [0];
    while (queue.length > 0 && (parent[1] ?? -1) < 0) {
      const node = queue.shift() ?? 0;
      for (let next = 0; next < nodes; next++) {
        if ((parent[next] ?? 0) < 0 && (capacity[node]?.[next] ?? 0) > 0) {
          parent[next] = node;
          queue.push(next);
        }
      }
    }
    if ((parent[1] ?? -1) < 0) return flow;
    let bottleneck = Number.POSITIVE_INFINITY;
    for (let node = 1; node !== 0; node = parent[node] ?? 0) {
      bottleneck = Math.min(bottleneck, capacity[parent[node] ?? 0]?.[node] ?? 0);
    }
    for (let node = 1; node !== 0; node = parent[node] ?? 0) {
      const from = parent[node] ?? 0;
      (capacity[from] as number[])[node] = (capacity[from]?.[node] ?? 0) - bottleneck;
      (capacity[node] as number[])[from] = (capacity[node]?.[from] ?? 0) + bottleneck;
    }
    flow += bottleneck;
  }
}

describe('seat allocation properties', () => {
  it('equals the naive allocation, place by place and school by school', () => {
    fc.assert(
      fc.property(district, ({ places, schools }) => {
        const { allocation } = allocate(places, schools);
        const naive = allocateSeatsNaively(places, schools);
        expect([...allocation.seatedAtPlace]).toEqual(naive.seatedAtPlace);
        expect([...allocation.allocatedAtSchool]).toEqual(naive.allocatedAtSchool);
      }),
      { numRuns: 300 },
    );
  });

  it('seats no more than the maximum flow, which seats no more than min(children, seats)', () => {
    fc.assert(
      fc.property(district, ({ places, schools }) => {
        const { pairs, children, seats, allocation } = allocate(places, schools);
        const maximum = measureMaximumSeated(pairs, children, seats, allocation);
        expect(allocation.seated).toBeLessThanOrEqual(maximum);
        expect(maximum).toBeLessThanOrEqual(Math.min(allocation.children, allocation.seats));
        expect(allocation.seated + allocation.withoutSeatFull + allocation.withoutSeatNoSchool).toBe(
          allocation.children,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same maximum flow as a plain augmenting-path search, with or without a start', () => {
    fc.assert(
      fc.property(district, ({ places, schools }) => {
        const { pairs, children, seats, allocation } = allocate(places, schools);
        const eligible = places.map(() => schools.map(() => false));
        for (let pair = 0; pair < pairs.count; pair++) {
          (eligible[pairs.point[pair] ?? 0] as boolean[])[pairs.school[pair] ?? 0] = true;
        }
        const plain = plainMaximumFlow(places, schools, eligible);
        expect(measureMaximumSeated(pairs, children, seats, allocation)).toBe(plain);
        expect(measureMaximumSeated(pairs, children, seats)).toBe(plain);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same result whatever the order of the places and schools (no ties)', () => {
    fc.assert(
      fc.property(
        district,
        fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
        ({ places, schools }, shuffle) => {
          const { pairs } = allocate(places, schools);
          fc.pre(new Set(pairs.distance).size === pairs.count);
          const permute = <T>(list: readonly T[]) =>
            list
              .map((item, index) => ({ item, index, key: shuffle[index % shuffle.length] ?? 0 }))
              .sort((a, b) => a.key - b.key || b.index - a.index);
          const placeOrder = permute(places);
          const schoolOrder = permute(schools);
          const original = allocate(places, schools).allocation;
          const shuffled = allocate(
            placeOrder.map((entry) => entry.item),
            schoolOrder.map((entry) => entry.item),
          ).allocation;
          placeOrder.forEach((entry, position) => {
            expect(shuffled.seatedAtPlace[position]).toBe(original.seatedAtPlace[entry.index]);
          });
          schoolOrder.forEach((entry, position) => {
            expect(shuffled.allocatedAtSchool[position]).toBe(original.allocatedAtSchool[entry.index]);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
