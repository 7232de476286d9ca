/** Distance from every population point to its nearest school of one kind. */
import { findNearestSites } from './find-nearest-sites.ts';
import { haversineDistance } from './haversine-distance.ts';
import { preparePoints } from './prepare-points.ts';

/** Distances and ids of the nearest site of every point. */
export interface NearestDistances {
  /** Metres to the nearest site, by point; Infinity when there is no site at all. */
  distances: Float64Array;
  /** Position of the nearest site in the site list, by point; -1 when there is none. */
  nearest: Int32Array;
}

/**
 * For each point, the distance to the nearest site (e.g. every school serving primary pupils),
 * exactly `haversineDistance` to the site comparing every pair would choose (ties: the lower
 * position). Through `preparePoints` and `findNearestSites`; never compares all pairs, never
 * merges buffers. To measure several kinds over the same points, prepare them once and call
 * `findNearestSites` (or `measureKindCoverage`) directly.
 * @param _cellMetres no longer used (the search adapts to the points and sites); kept so callers need not change
 * @example measureNearestDistances(points, primarySchools, 2500).distances[0] // metres
 */
export function measureNearestDistances(
  points: readonly { lon: number; lat: number }[],
  sites: readonly { lon: number; lat: number }[],
  _cellMetres?: number,
): NearestDistances {
  const { distances, nearest, exact } = findNearestSites(preparePoints(points), sites);
  for (let position = 0; position < points.length; position++) {
    if (exact[position] === 1) continue;
    const point = points[position] as { lon: number; lat: number };
    const site = sites[nearest[position] ?? 0] as { lon: number; lat: number };
    distances[position] = haversineDistance([point.lon, point.lat], [site.lon, site.lat]);
  }
  return { distances, nearest };
}
