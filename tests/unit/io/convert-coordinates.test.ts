import { describe, expect, it } from 'vitest';
import { convertFromWgs84, convertToWgs84, type LonLat } from '../../../src/io/convert-coordinates.ts';

/** The published coordtransform test vectors (SPEC.md). */
const WGS84: LonLat = [116.404, 39.915];
const GCJ02_OF_WGS84: LonLat = [116.41024449916938, 39.91640428150164];
const BD09_OF_GCJ02: LonLat = [116.41036949371029, 39.92133699351021];

describe('coordinate conversion', () => {
  it('matches the published WGS84 → GCJ-02 vector', () => {
    const [lon, lat] = convertFromWgs84(WGS84, 'gcj02');
    expect(lon).toBeCloseTo(GCJ02_OF_WGS84[0], 9);
    expect(lat).toBeCloseTo(GCJ02_OF_WGS84[1], 9);
  });

  it('inverts GCJ-02 to within 1e-5° of the vector input', () => {
    const [lon, lat] = convertToWgs84(GCJ02_OF_WGS84, 'gcj02');
    expect(Math.abs(lon - WGS84[0])).toBeLessThan(1e-5);
    expect(Math.abs(lat - WGS84[1])).toBeLessThan(1e-5);
  });

  it('inverts BD-09 to a WGS84 point whose GCJ-02 form is the vector input within 1e-5°', () => {
    const wgs84 = convertToWgs84(BD09_OF_GCJ02, 'bd09');
    const [lon, lat] = convertFromWgs84(wgs84, 'gcj02');
    expect(Math.abs(lon - 116.404)).toBeLessThan(1e-5);
    expect(Math.abs(lat - 39.915)).toBeLessThan(1e-5);
  });

  it('round-trips points in 港南区 through each system', () => {
    for (const system of ['gcj02', 'bd09'] as const) {
      for (const point of [
        [109.6, 23.1],
        [109.75, 22.85],
      ] as LonLat[]) {
        const [lon, lat] = convertToWgs84(convertFromWgs84(point, system), system);
        expect(Math.abs(lon - point[0])).toBeLessThan(1e-5);
        expect(Math.abs(lat - point[1])).toBeLessThan(1e-5);
      }
    }
  });

  it('leaves WGS84 as it is', () => {
    expect(convertToWgs84([109.6, 23.1], 'wgs84')).toEqual([109.6, 23.1]);
  });
});
