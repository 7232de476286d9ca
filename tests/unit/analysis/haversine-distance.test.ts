import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../scripts/geodata/seeded-random.ts';
import { haversineDistance } from '../../../src/analysis/haversine-distance.ts';

describe('haversineDistance', () => {
  it('gives R·π/180 for one degree along the equator (R = 6,371,008.8 m)', () => {
    expect(haversineDistance([0, 0], [1, 0])).toBeCloseTo(111_195.0802, 3);
    expect(haversineDistance([109.7, 0], [109.7, 1])).toBeCloseTo(111_195.0802, 3);
  });

  it('gives the known great-circle distance Beijing – Shanghai (about 1,067 km)', () => {
    // 天安门 (116.3975, 39.9087) to 人民广场 (121.4737, 31.2304) on the mean sphere.
    const metres = haversineDistance([116.3975, 39.9087], [121.4737, 31.2304]);
    expect(metres / 1000).toBeGreaterThan(1060);
    expect(metres / 1000).toBeLessThan(1075);
  });

  it('shrinks east–west distances by cos(latitude): 0.01° of longitude at 23° N', () => {
    const expected = 1111.950802 * Math.cos((23 * Math.PI) / 180);
    expect(haversineDistance([109.6, 23], [109.61, 23])).toBeCloseTo(expected, 1);
  });

  it('agrees with turf distance (same sphere) on random pairs in Guangxi', () => {
    const random = createSeededRandom(11);
    for (let trial = 0; trial < 200; trial++) {
      const from: [number, number] = [random.between(104, 112), random.between(21, 26)];
      const to: [number, number] = [random.between(104, 112), random.between(21, 26)];
      expect(haversineDistance(from, to)).toBeCloseTo(distance(from, to, { units: 'meters' }), 4);
    }
  });

  it('is zero for a point and itself and symmetric', () => {
    expect(haversineDistance([109.7, 22.9], [109.7, 22.9])).toBe(0);
    expect(haversineDistance([109.7, 22.9], [109.8, 23])).toBe(haversineDistance([109.8, 23], [109.7, 22.9]));
  });
});
