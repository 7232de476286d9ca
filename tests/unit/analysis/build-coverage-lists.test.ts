/** Coverage lists agree with comparing every pair by haversine, on the radius itself too. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCoverageLists } from '../../../src/analysis/build-coverage-lists.ts';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import { EARTH_RADIUS_METRES } from '../../../src/domain/radius.ts';

/** The point `metres` from (lon, lat) on a bearing, on the sphere. */
function destination(lon: number, lat: number, metres: number, bearingDegrees: number): [number, number] {
  const toRadians = Math.PI / 180;
  const angle = metres / EARTH_RADIUS_METRES;
  const bearing = bearingDegrees * toRadians;
  const latitude = lat * toRadians;
  const target = Math.asin(
    Math.sin(latitude) * Math.cos(angle) + Math.cos(latitude) * Math.sin(angle) * Math.cos(bearing),
  );
  const longitude =
    lon * toRadians +
    Math.atan2(
      Math.sin(bearing) * Math.sin(angle) * Math.cos(latitude),
      Math.cos(angle) - Math.sin(latitude) * Math.sin(target),
    );
  return [longitude / toRadians, target / toRadians];
}

/** Each site's covered points by all pairs, sorted. */
function allPairs(
  points: readonly { lon: number; lat: number }[],
  radii: readonly number[],
  sites: readonly { lon: number; lat: number }[],
): number[][] {
  return sites.map((site) =>
    points.flatMap((point, position) =>
      haversineDistance([site.lon, site.lat], [point.lon, point.lat]) <= (radii[position] ?? Number.NaN)
        ? [position]
        : [],
    ),
  );
}

function rowsOf(lists: ReturnType<typeof buildCoverageLists>): number[][] {
  return Array.from({ length: lists.sites }, (_, site) =>
    [...lists.points.subarray(lists.start[site], lists.start[site + 1])].sort((a, b) => a - b),
  );
}

describe('buildCoverageLists', () => {
  it('lists exactly the points within each point’s own radius, as all pairs by haversine decide', () => {
    const place = fc.record({
      lon: fc.double({ min: 109.4, max: 109.6, noNaN: true }),
      lat: fc.double({ min: 22.9, max: 23.1, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(place, { minLength: 0, maxLength: 60 }),
        fc.array(place, { minLength: 0, maxLength: 15 }),
        fc.array(fc.constantFrom(300, 500, 2500, 5000), { minLength: 60, maxLength: 60 }),
        (points, sites, radii) => {
          const expected = allPairs(points, radii, sites);
          expect(rowsOf(buildCoverageLists(points, radii, sites))).toEqual(expected);
          expect(rowsOf(buildCoverageLists(points, radii, sites, { method: 'grid-index' }))).toEqual(
            expected,
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('with more distinct radii than a stamp lattice has classes, lists the same through the grid index', () => {
    const points = Array.from({ length: 400 }, (_, index) => ({
      lon: 109.4 + (index % 20) * 0.002,
      lat: 22.9 + Math.floor(index / 20) * 0.002,
    }));
    const radii = points.map((_, index) => 200 + (index % 40) * 10);
    const sites = [
      { lon: 109.41, lat: 22.91 },
      { lon: 109.43, lat: 22.93 },
    ];
    expect(rowsOf(buildCoverageLists(points, radii, sites))).toEqual(allPairs(points, radii, sites));
  });

  it('decides points lying on the radius (within micrometres of it) exactly as haversineDistance does', () => {
    const site = { lon: 109.6, lat: 23.1 };
    const points: { lon: number; lat: number }[] = [];
    const radii: number[] = [];
    for (let bearing = 0; bearing < 360; bearing += 7.5) {
      for (const offset of [-1e-6, -1e-9, 0, 1e-9, 1e-6]) {
        const [lon, lat] = destination(site.lon, site.lat, 2500 + offset, bearing);
        points.push({ lon, lat });
        radii.push(2500);
      }
    }
    const expected = allPairs(points, radii, [site]);
    // The case is only a test of the edge if both sides of it occur.
    expect(expected[0]?.length).toBeGreaterThan(points.length / 4);
    expect(expected[0]?.length).toBeLessThan(points.length);
    expect(rowsOf(buildCoverageLists(points, radii, [site]))).toEqual(expected);
  });

  it('covers a point whose radius is exactly its haversine distance from the site', () => {
    const site = { lon: 109.6, lat: 23.1 };
    const points = [0, 45, 90, 135, 200, 300].map((bearing, index) => {
      const [lon, lat] = destination(site.lon, site.lat, 400 + index * 700, bearing);
      return { lon, lat };
    });
    points.push({ ...site });
    const radii = points.map((point) => haversineDistance([site.lon, site.lat], [point.lon, point.lat]));
    expect(radii.at(-1)).toBe(0);
    expect(rowsOf(buildCoverageLists(points, radii, [site]))).toEqual([
      points.map((_, position) => position),
    ]);
  });

  it('leaves out points not included, without a radius, or without coordinates', () => {
    const points = [
      { lon: 109.5, lat: 23 },
      { lon: 109.5001, lat: 23 },
      { lon: Number.NaN, lat: 23 },
      { lon: 109.5002, lat: 23 },
    ];
    const lists = buildCoverageLists(points, [500, Number.NaN, 500, 500], [{ lon: 109.5, lat: 23 }], {
      include: [1, 1, 1, 0],
    });
    expect(rowsOf(lists)).toEqual([[0]]);
  });
});
