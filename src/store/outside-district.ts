/** How far a point placed by hand lies outside the district: the roster importer's own check. */
import type { DistrictCollection } from '../domain/township.ts';
import { measureDistanceOutside } from '../io/measure-distance-outside.ts';

/**
 * Kilometres from a point to the district's edge when it lies outside; 0 inside, on the edge,
 * or while no district is loaded. The outline (the district's first feature) and the measure are
 * the ones the roster importer warns with, so a point warned about on import is warned about when
 * it is typed, clicked or dragged, and the other way round.
 * @example measureOutsideDistrict(state.district, 110.9, 23.4) // ≈ 12.6 for 港南区
 */
export function measureOutsideDistrict(
  district: DistrictCollection | null,
  lon: number,
  lat: number,
): number {
  const outline = district?.features[0];
  return outline ? measureDistanceOutside([lon, lat], outline) : 0;
}
