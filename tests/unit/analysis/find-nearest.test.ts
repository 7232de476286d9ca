import { describe, expect, it } from 'vitest';
import { createSeededRandom, type SeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { buildGridIndex } from '../../../src/analysis/build-grid-index.ts';
import { findNearest } from '../../../src/analysis/find-nearest.ts';
import {
  CHORD_DISTANCE_TOLERANCE_METRES,
  findNearestSites,
} from '../../../src/analysis/find-nearest-sites.ts';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import { preparePoints } from '../../../src/analysis/prepare-points.ts';

interface Place {
  lon: number;
  lat: number;
}

/** Clustered sites (schools bunch in towns) and spread queries, some beyond the sites' extent. */
function randomPlaces(random: SeededRandom, count: number, spread: number): Place[] {
  const centres = Array.from({ length: 5 }, () => ({
    lon: random.between(109.5, 109.9),
    lat: random.between(22.7, 23.1),
  }));
  return Array.from({ length: count }, () => {
    const centre = random.pick(centres);
    return {
      lon: centre.lon + random.between(-spread, spread),
      lat: centre.lat + random.between(-spread, spread),
    };
  });
}

/** The nearest site by comparing every site: the answer the index must give. */
function bruteForce(
  sites: readonly Place[],
  query: Place,
  maximum = Number.POSITIVE_INFINITY,
): { id: number; distance: number } | null {
  let best: { id: number; distance: number } | null = null;
  for (let id = 0; id < sites.length; id++) {
    const site = sites[id] as Place;
    const metres = haversineDistance([query.lon, query.lat], [site.lon, site.lat]);
    if (metres <= maximum && (best === null || metres < best.distance)) best = { id, distance: metres };
  }
  return best;
}

describe('grid index nearest search', () => {
  it('equals brute force on seeded random data, unbounded and within radii', () => {
    const random = createSeededRandom(20180601);
    const sites = randomPlaces(random, 400, 0.15);
    const queries = [...randomPlaces(random, 300, 0.3), { lon: 111, lat: 25 }, { lon: 100, lat: 10 }];
    for (const cellMetres of [300, 2500, 20_000]) {
      const index = buildGridIndex(sites, cellMetres);
      for (const query of queries) {
        expect(findNearest(index, query.lon, query.lat), `cell ${cellMetres}`).toEqual(
          bruteForce(sites, query),
        );
        for (const radius of [0, 500, 1500, 5000]) {
          expect(findNearest(index, query.lon, query.lat, radius)).toEqual(bruteForce(sites, query, radius));
        }
      }
    }
  });

  it('finds a site exactly on the radius and none just inside it', () => {
    const site = { lon: 109.7, lat: 22.9 };
    const query = { lon: 109.72, lat: 22.9 };
    const metres = haversineDistance([query.lon, query.lat], [site.lon, site.lat]);
    const index = buildGridIndex([site], 500);
    expect(findNearest(index, query.lon, query.lat, metres)).toEqual({ id: 0, distance: metres });
    expect(findNearest(index, query.lon, query.lat, metres - 0.01)).toBeNull();
  });

  it('gives null for an empty index and the only site for a one-site index', () => {
    expect(findNearest(buildGridIndex([], 1000), 109.7, 22.9)).toBeNull();
    const lone = buildGridIndex([{ lon: 100, lat: 30 }], 1000);
    expect(findNearest(lone, 109.7, 22.9)?.id).toBe(0);
    expect(findNearest(lone, 109.7, 22.9, 1000)).toBeNull();
  });

  it('keeps the grid small when few sites lie far apart', () => {
    const index = buildGridIndex(
      [
        { lon: 74, lat: 39 },
        { lon: 135, lat: 48 },
      ],
      100,
    );
    expect(index.columns * index.rows).toBeLessThanOrEqual(4096);
    expect(findNearest(index, 134, 47)?.id).toBe(1);
  });

  it('finds every point’s nearest site like brute force (findNearestSites), within a micrometre', () => {
    const random = createSeededRandom(7);
    const sites = randomPlaces(random, 150, 0.1);
    const points = randomPlaces(random, 500, 0.25);
    const { distances, nearest } = findNearestSites(preparePoints(points), sites);
    points.forEach((point, position) => {
      const expected = bruteForce(sites, point);
      expect(nearest[position]).toBe(expected?.id);
      expect(Math.abs((distances[position] ?? 0) - (expected?.distance ?? 0))).toBeLessThanOrEqual(
        CHORD_DISTANCE_TOLERANCE_METRES,
      );
    });
    expect(Array.from(findNearestSites(preparePoints(points.slice(0, 2)), []).distances)).toEqual([
      Number.POSITIVE_INFINITY,
      Number.POSITIVE_INFINITY,
    ]);
  });
});
