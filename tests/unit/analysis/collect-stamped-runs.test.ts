/**
 * The stamp of a disc on a lattice (`collectStampedRuns`, bounds worked out at the rows' edges)
 * against the definition — every slot whose point is within the radius by `haversineDistance`,
 * each once — and against the previous per-row bounds (a copy kept for the benchmarks): the same
 * slots in the same order, on random instances from the equator to 80°, radii of 300–5,000 m, sites
 * inside, at the edge of and beyond the points, and points placed on the radius and a hair either
 * side of it. Also the lattice's unit vectors (tables and series) against Math.cos / Math.sin,
 * and the order in which many sites are stamped.
 */
import { describe, expect, it } from 'vitest';
import { collectStampedRuns as previousCollectStampedRuns } from '../../../scripts/bench/stamp-previous-method/collect-stamped-runs.ts';
import { collectStampedRuns, createSlotRuns } from '../../../src/analysis/collect-stamped-runs.ts';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import { orderSitesOnLattice } from '../../../src/analysis/order-sites-on-lattice.ts';
import type { StampLattice } from '../../../src/analysis/prepare-stamp-lattice.ts';
import { EARTH_RADIUS_METRES } from '../../../src/domain/radius.ts';
import { instance, type Place, RADIANS, slotsOf } from './stamp-instances.ts';

describe('collectStampedRuns', () => {
  const cases: [number, number, number, [number, number]][] = [
    [1, 0, 20_000, [300, 5000]],
    [2, 22.8, 30_000, [2500, 500]],
    [3, -33, 15_000, [1000, 1500]],
    [4, 62, 25_000, [5000, 300]],
    [5, 80, 20_000, [300, 2500]],
    [6, -79.5, 40_000, [5000, 1000]],
  ];
  for (const [seed, south, side, radii] of cases) {
    it(`stamps exactly the points within the radius at ${south}°, radii ${radii.join(' and ')} m`, () => {
      const { points, areas, sites, lattice } = instance(seed, south, side, radii);
      const radiusOfClass = Float64Array.from(radii);
      const buffer = createSlotRuns();
      const previous = createSlotRuns();
      let within = 0;
      let nearRim = 0;
      for (const site of sites) {
        buffer.length = 0;
        previous.length = 0;
        collectStampedRuns(lattice, site.lon, site.lat, radiusOfClass, buffer);
        previousCollectStampedRuns(lattice, site.lon, site.lat, radiusOfClass, previous);
        const slots = slotsOf(buffer);
        const expected: number[] = [];
        for (let slot = 0; slot < lattice.order.length; slot++) {
          const position = lattice.order[slot] as number;
          const point = points[position] as Place;
          const metres = haversineDistance([point.lon, point.lat], [site.lon, site.lat]);
          const radius = radii[areas[position] as 0 | 1];
          if (Math.abs(metres - radius) < 1) nearRim++;
          if (metres <= radius) expected.push(slot);
        }
        within += expected.length;
        // Slots ascend within a class and row, so the sorted lists compare as sets; the stamp
        // lists each slot once.
        expect(new Set(slots).size).toBe(slots.length);
        expect([...slots].sort((a, b) => a - b)).toEqual(expected);
        expect(slots).toEqual(slotsOf(previous));
      }
      // The instance does reach the cases it is meant to.
      expect(within).toBeGreaterThan(100);
      expect(nearRim).toBeGreaterThan(100);
    });
  }

  it('takes every slot of the class for a disc wider than a radian, and nothing for a site without coordinates', () => {
    const { lattice } = instance(7, 10, 20_000, [300, 300]);
    const buffer = createSlotRuns();
    collectStampedRuns(lattice, 100, 10, Float64Array.of(EARTH_RADIUS_METRES * 1.5, Number.NaN), buffer);
    expect(slotsOf(buffer)).toEqual(
      Array.from(
        { length: lattice.bucketStart[lattice.rows * lattice.columns] as number },
        (_, slot) => slot,
      ),
    );
    buffer.length = 0;
    collectStampedRuns(lattice, Number.NaN, 10, Float64Array.of(300, 300), buffer);
    expect(buffer.length).toBe(0);
  });
});

describe('prepareStampLattice', () => {
  it('gives unit vectors within 1e-15 of cos and sin of every point’s angles', () => {
    let largest = 0;
    for (const [seed, south] of [
      [11, 0],
      [12, 45],
      [13, -70],
      [14, 84],
    ] as const) {
      const { lattice } = instance(seed, south, 50_000, [300, 300]);
      const check = (value: number, expected: number) => {
        largest = Math.max(largest, Math.abs(value - expected));
      };
      for (let slot = 0; slot < lattice.order.length; slot++) {
        const longitude = (lattice.longitudes[slot] as number) * RADIANS;
        const latitude = (lattice.latitudes[slot] as number) * RADIANS;
        check(lattice.vectors[slot * 3] as number, Math.cos(latitude) * Math.cos(longitude));
        check(lattice.vectors[slot * 3 + 1] as number, Math.cos(latitude) * Math.sin(longitude));
        check(lattice.vectors[slot * 3 + 2] as number, Math.sin(latitude));
      }
    }
    expect(largest).toBeLessThan(1e-15);
  });

  it('buckets every point once, in the order of its bucket and then of its position', () => {
    const { lattice } = instance(15, 30, 20_000, [300, 300]);
    const seen = new Uint8Array(lattice.count);
    const bucketOf = (slot: number) => {
      let bucket = 0;
      while ((lattice.bucketStart[bucket + 1] as number) <= slot) bucket++;
      return bucket;
    };
    for (let slot = 0; slot < lattice.order.length; slot++) {
      const position = lattice.order[slot] as number;
      seen[position] = (seen[position] as number) + 1;
      if (slot > 0 && bucketOf(slot) === bucketOf(slot - 1))
        expect(position).toBeGreaterThan(lattice.order[slot - 1] as number);
    }
    expect(seen.every((times) => times === 1)).toBe(true);
    expect(lattice.bucketStart[0]).toBe(0);
    expect(lattice.bucketStart.at(-1)).toBe(lattice.order.length);
  });
});

describe('orderSitesOnLattice', () => {
  it('orders every site once, neighbours together, sites without coordinates last', () => {
    const { sites, lattice } = instance(21, 23, 30_000, [2500, 2500]);
    const many: Place[] = [...sites, { lon: Number.NaN, lat: 23 }, ...sites.map((site) => ({ ...site }))];
    const sequence = orderSitesOnLattice(lattice as StampLattice, many);
    expect([...sequence].sort((a, b) => a - b)).toEqual(many.map((_, index) => index));
    expect(sequence.at(-1)).toBe(sites.length);
    // A site and its copy share a block: the copy comes right after it (both in given order).
    for (let index = 0; index < sites.length; index++) {
      const at = sequence.indexOf(index);
      expect(sequence.indexOf(index + sites.length + 1)).toBeGreaterThan(at);
    }
    // Consecutive sites are on average far closer than random pairs.
    const apart = (a: Place, b: Place) => haversineDistance([a.lon, a.lat], [b.lon, b.lat]);
    let consecutive = 0;
    let given = 0;
    for (let step = 1; step < sites.length; step++) {
      const from = sequence[step - 1] as number;
      const to = sequence[step] as number;
      if (from < many.length && to < many.length && from !== sites.length && to !== sites.length)
        consecutive += apart(many[from] as Place, many[to] as Place);
      given += apart(sites[step - 1] as Place, sites[step] as Place);
    }
    expect(consecutive).toBeLessThan(given / 2);
  });
});
