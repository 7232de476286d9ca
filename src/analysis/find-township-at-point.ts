/** The township whose boundary contains a point. */
import { booleanPointInPolygon } from '@turf/turf';
import type { TownshipCollection, TownshipFeature } from '../domain/township.ts';

/** The township containing (lon, lat), or undefined when the point lies outside them all. */
export function findTownshipAtPoint(
  lon: number,
  lat: number,
  townships: TownshipCollection,
): TownshipFeature | undefined {
  return townships.features.find((feature) => booleanPointInPolygon([lon, lat], feature));
}
