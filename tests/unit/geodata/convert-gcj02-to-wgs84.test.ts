import { describe, expect, it } from 'vitest';
import { convertGcj02ToWgs84, convertWgs84ToGcj02 } from '../../../scripts/geodata/convert-gcj02-to-wgs84.ts';

// The test vector from the widely used coordtransform library, quoted in the spec.
const WGS84: [number, number] = [116.404, 39.915];
const GCJ02: [number, number] = [116.41024449916938, 39.91640428150164];

describe('GCJ-02 ↔ WGS84', () => {
  it('converts the GCJ-02 test vector back to WGS84 within 1e-5°', () => {
    const [longitude, latitude] = convertGcj02ToWgs84(GCJ02);
    expect(Math.abs((longitude ?? Number.NaN) - WGS84[0])).toBeLessThan(1e-5);
    expect(Math.abs((latitude ?? Number.NaN) - WGS84[1])).toBeLessThan(1e-5);
  });

  it('converts the WGS84 test vector to GCJ-02 within 1e-5°', () => {
    const [longitude, latitude] = convertWgs84ToGcj02(WGS84);
    expect(Math.abs((longitude ?? Number.NaN) - GCJ02[0])).toBeLessThan(1e-5);
    expect(Math.abs((latitude ?? Number.NaN) - GCJ02[1])).toBeLessThan(1e-5);
  });
});
