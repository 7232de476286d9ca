/** Distance from every population point to its nearest school of one kind. */
import { buildGridIndex } from './build-grid-index.ts';
import { findNearest } from './find-nearest.ts';

/** Distances and ids of the nearest site of every point. */
export interface NearestDistances {
  /** Metres to the nearest site, by point; Infinity when there is no site at all. */
  distances: Float64Array;
  /** Position of the nearest site in the site list, by point; -1 when there is none. */
  nearest: Int32Array;
}

/**
 * For each point, the distance to the nearest site (e.g. every school serving primary pupils),
 * through a grid index of the sites: each point looks in the cells around it, rings widening only
 * while nothing is found. Never compares all pairs, never merges buffers.
 * @param cellMetres grid cell size: the largest service radius of the kind is a good choice
 * @example measureNearestDistances(points, primarySchools, 2500).distances[0] // metres
 */
export function measureNearestDistances(
  points: readonly { lon: number; lat: number }[],
  sites: readonly { lon: number; lat: number }[],
  cellMetres: number,
): NearestDistances {
  const index = buildGridIndex(sites, cellMetres);
  const distances = new Float64Array(points.length).fill(Number.POSITIVE_INFINITY);
  const nearest = new Int32Array(points.length).fill(-1);
  points.forEach((point, position) => {
    const found = findNearest(index, point.lon, point.lat);
    if (found) {
      distances[position] = found.distance;
      nearest[position] = found.id;
    }
  });
  return { distances, nearest };
}
