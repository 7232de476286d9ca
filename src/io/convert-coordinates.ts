/**
 * Converts positions between the coordinate systems Chinese files use and WGS84, which the app
 * uses inside (CGCS2000 is treated as WGS84: they differ by centimetres at this scale).
 * gcoord implements the published GCJ-02 and BD-09 formulas and iterative inverses.
 */
import gcoord from 'gcoord';

/**
 * A coordinate system of imported points:
 * - wgs84: WGS84 or CGCS2000 (GPS, 天地图, official surveys);
 * - gcj02: GCJ-02, the offset system of 高德 AMap and 腾讯 Tencent maps;
 * - bd09: BD-09, the further offset system of 百度 Baidu maps.
 */
export type CoordinateSystem = 'wgs84' | 'gcj02' | 'bd09';

/** All systems, in the order a picker lists them. */
export const COORDINATE_SYSTEMS: readonly CoordinateSystem[] = ['wgs84', 'gcj02', 'bd09'];

const GCOORD_SYSTEMS = {
  wgs84: gcoord.WGS84,
  gcj02: gcoord.GCJ02,
  bd09: gcoord.BD09,
} as const;

/** A longitude–latitude pair in degrees. */
export type LonLat = [number, number];

/**
 * Converts a position from `system` to WGS84.
 * @example convertToWgs84([116.41024449916938, 39.91640428150164], 'gcj02') // ≈ [116.404, 39.915]
 */
export function convertToWgs84(position: LonLat, system: CoordinateSystem): LonLat {
  if (system === 'wgs84') return [position[0], position[1]];
  const [lon, lat] = gcoord.transform([position[0], position[1]], GCOORD_SYSTEMS[system], gcoord.WGS84);
  return [lon, lat];
}

/**
 * Converts a WGS84 position to `system` (for exports that a Baidu- or AMap-based tool reads,
 * and for tests of the inverse).
 * @example convertFromWgs84([116.404, 39.915], 'gcj02') // [116.41024449916938, 39.91640428150164]
 */
export function convertFromWgs84(position: LonLat, system: CoordinateSystem): LonLat {
  if (system === 'wgs84') return [position[0], position[1]];
  const [lon, lat] = gcoord.transform([position[0], position[1]], gcoord.WGS84, GCOORD_SYSTEMS[system]);
  return [lon, lat];
}

/** Whether a string names a coordinate system. */
export function isCoordinateSystem(value: string): value is CoordinateSystem {
  return (COORDINATE_SYSTEMS as readonly string[]).includes(value);
}
