/**
 * Converts between GCJ-02 (the offset datum of AMap/高德, Tencent and the echarts maps) and WGS84,
 * which everything inside the app uses. gcoord implements the published forward formula and an
 * iterative inverse that is accurate to well below a metre.
 */

import gcoord from 'gcoord';
import type { Position } from 'geojson';

/**
 * Converts a GCJ-02 position to WGS84.
 * @example convertGcj02ToWgs84([116.41024449916938, 39.91640428150164]) // ≈ [116.404, 39.915]
 */
export function convertGcj02ToWgs84(position: Position): Position {
  const [longitude, latitude] = position;
  if (longitude === undefined || latitude === undefined) throw new Error('A position needs two values');
  return gcoord.transform([longitude, latitude], gcoord.GCJ02, gcoord.WGS84);
}

/**
 * Converts a WGS84 position to GCJ-02; used to check the inverse against the published test vector.
 * @example convertWgs84ToGcj02([116.404, 39.915]) // ≈ [116.41024449916938, 39.91640428150164]
 */
export function convertWgs84ToGcj02(position: Position): Position {
  const [longitude, latitude] = position;
  if (longitude === undefined || latitude === undefined) throw new Error('A position needs two values');
  return gcoord.transform([longitude, latitude], gcoord.WGS84, gcoord.GCJ02);
}
