/** The eligible pairs: every (place, school) within the radius by haversine, at any latitude. */
import { describe, expect, it } from 'vitest';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';
import { findEligiblePairs } from '../../../src/analysis/seats/find-eligible-pairs.ts';
import { EARTH_RADIUS_METRES } from '../../../src/domain/radius.ts';

const RADIUS = 2500;

/** A school due east of a place, `share` of the radius away (on the sphere). */
function eastOf(lon: number, lat: number, share: number): number {
  const angle = (RADIUS * share) / EARTH_RADIUS_METRES;
  const latitude = (lat * Math.PI) / 180;
  // Great-circle destination due east: the longitude step grows with the latitude.
  const step = Math.atan2(Math.sin(angle) * Math.cos(latitude), Math.cos(angle) - Math.sin(latitude) ** 2);
  return lon + (step * 180) / Math.PI;
}

describe('findEligiblePairs', () => {
  it('finds a school due east just inside the radius of a place far from the equator, beside places near it', () => {
    // Places at 5° and at 62° N share the radius; the search box must hold the circle at 62°.
    const latitudes = [5, 62, 62];
    const places = {
      count: 3,
      longitudes: Float64Array.from([100, 20, 20.5]),
      latitudes: Float64Array.from(latitudes),
      radii: Float64Array.from([RADIUS, RADIUS, RADIUS]),
    };
    const schoolLongitudes = [eastOf(100, 5, 0.99), eastOf(20, 62, 0.999), eastOf(20.5, 62, 1.001)];
    const schools = {
      count: 3,
      longitudes: Float64Array.from(schoolLongitudes),
      latitudes: Float64Array.from(latitudes),
    };
    const found = findEligiblePairs(places, schools);
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    const pairs = Array.from({ length: found.pairs.count }, (_, pair) => [
      found.pairs.point[pair],
      found.pairs.school[pair],
      found.pairs.distance[pair],
    ]);
    const expected = [0, 1].map((index) => [
      index,
      index,
      haversineDistance(
        [places.longitudes[index] ?? 0, latitudes[index] ?? 0],
        [schoolLongitudes[index] ?? 0, latitudes[index] ?? 0],
      ),
    ]);
    expect(pairs).toEqual(expected);
    expect([...found.pairs.reach]).toEqual([1, 1, 0]);
  });
});
