/** Great-circle distance between two points on a sphere. */
import { EARTH_RADIUS_METRES } from '../domain/radius.ts';

const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Straight-line (great-circle) distance in metres between two [longitude, latitude] points in
 * degrees, by the haversine formula on a sphere of radius 6,371,008.8 m. At county scale the
 * sphere is within 0.5 % of the ellipsoid, far inside the uncertainty of a service radius.
 *
 * The grid index (find-nearest.ts) repeats this exact expression so that its distances are
 * bit-identical to this function's; change both together.
 * @example haversineDistance([0, 0], [1, 0]) // 111195.08 (one degree of the equator)
 */
export function haversineDistance(from: readonly [number, number], to: readonly [number, number]): number {
  return haversineMetres(from[0], from[1], to[0], to[1]);
}

/**
 * The same distance from four numbers, for loops over typed arrays that should not build a
 * pair of arrays per call.
 * @example haversineMetres(0, 0, 1, 0) // 111195.08
 */
export function haversineMetres(fromLon: number, fromLat: number, toLon: number, toLat: number): number {
  const fromLatitude = fromLat * RADIANS_PER_DEGREE;
  const toLatitude = toLat * RADIANS_PER_DEGREE;
  const halfLatitude = Math.sin((toLatitude - fromLatitude) / 2);
  const halfLongitude = Math.sin(((toLon - fromLon) * RADIANS_PER_DEGREE) / 2);
  const haversine =
    halfLatitude * halfLatitude +
    Math.cos(fromLatitude) * Math.cos(toLatitude) * halfLongitude * halfLongitude;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(Math.min(1, haversine)));
}
