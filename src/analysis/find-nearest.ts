/** Nearest indexed point to a location, exact, through the grid index. */
import { EARTH_RADIUS_METRES } from '../domain/radius.ts';
import type { GridIndex } from './build-grid-index.ts';

const RADIANS_PER_DEGREE = Math.PI / 180;

/** The nearest point: its id (position in the indexed list) and its distance in metres. */
export interface NearestPoint {
  id: number;
  distance: number;
}

/** Half the haversine of an angle d/R, the value the haversine formula compares against. */
function haversineOfDistance(metres: number): number {
  const half = Math.sin(Math.min(Math.PI, metres / EARTH_RADIUS_METRES) / 2);
  return half * half;
}

/**
 * The nearest indexed point to (lon, lat) within `maximumDistance` metres, or null when there is
 * none; with no maximum, the nearest point at any distance (null only for an empty index).
 *
 * The search visits only the cells of a box that surely holds every point within the search
 * radius — latitude ± r/R; longitude ± the largest difference the haversine formula allows at the
 * box's most poleward latitude — and checks each candidate with the exact haversine distance
 * (bit-identical to `haversineDistance`). An unbounded search starts with one cell size and
 * doubles the radius until a point lies within it or the box holds the whole grid. Ties go to
 * the lower id. Longitudes are not wrapped at ±180° (county data never straddles it).
 * @example findNearest(buildGridIndex(schools, 2500), 109.7, 22.9, 2500) // { id: 12, distance: 840.2 } or null
 */
export function findNearest(
  index: GridIndex,
  lon: number,
  lat: number,
  maximumDistance = Number.POSITIVE_INFINITY,
): NearestPoint | null {
  if (index.count === 0 || !(maximumDistance >= 0)) return null;
  const latitude = lat * RADIANS_PER_DEGREE;
  const latitudeCosine = Math.cos(latitude);
  const { columns, rows, cellStart, items, longitudes, latitudeRadians, latitudeCosines } = index;
  let bestId = -1;
  let bestHaversine = Number.POSITIVE_INFINITY;
  // Cells already scanned, as a box; a wider ring scans only what lies outside it.
  let doneColumnFrom = 0;
  let doneColumnTo = -1;
  let doneRowFrom = 0;
  let doneRowTo = -1;
  let radius = Number.isFinite(maximumDistance) ? maximumDistance : index.cellMetres;

  for (;;) {
    const latitudeReach = Math.min(Math.PI, radius / EARTH_RADIUS_METRES);
    const poleward = Math.abs(latitude) + latitudeReach;
    let longitudeReach = Math.PI;
    if (poleward < Math.PI / 2) {
      const bound = haversineOfDistance(radius) / (latitudeCosine * Math.cos(poleward));
      if (bound < 1) longitudeReach = 2 * Math.asin(Math.sqrt(bound));
    }
    // A hair wider than the bound, so rounding never drops a point lying exactly on the radius.
    const reachLongitude = (longitudeReach / RADIANS_PER_DEGREE) * (1 + 1e-9) + 1e-12;
    const reachLatitude = (latitudeReach / RADIANS_PER_DEGREE) * (1 + 1e-9) + 1e-12;
    const columnFrom = Math.floor((lon - reachLongitude - index.west) / index.cellLongitude);
    const columnTo = Math.floor((lon + reachLongitude - index.west) / index.cellLongitude);
    const rowFrom = Math.floor((lat - reachLatitude - index.south) / index.cellLatitude);
    const rowTo = Math.floor((lat + reachLatitude - index.south) / index.cellLatitude);
    const coversGrid = columnFrom <= 0 && columnTo >= columns - 1 && rowFrom <= 0 && rowTo >= rows - 1;

    for (let row = Math.max(0, rowFrom); row <= Math.min(rows - 1, rowTo); row++) {
      for (let column = Math.max(0, columnFrom); column <= Math.min(columns - 1, columnTo); column++) {
        if (row >= doneRowFrom && row <= doneRowTo && column >= doneColumnFrom && column <= doneColumnTo)
          continue;
        const cell = row * columns + column;
        const end = cellStart[cell + 1] ?? 0;
        for (let slot = cellStart[cell] ?? 0; slot < end; slot++) {
          const id = items[slot] ?? 0;
          const otherLatitude = latitudeRadians[id] ?? 0;
          const halfLatitude = Math.sin((otherLatitude - latitude) / 2);
          const halfLongitude = Math.sin((((longitudes[id] ?? 0) - lon) * RADIANS_PER_DEGREE) / 2);
          const haversine =
            halfLatitude * halfLatitude +
            latitudeCosine * (latitudeCosines[id] ?? 0) * halfLongitude * halfLongitude;
          if (haversine < bestHaversine || (haversine === bestHaversine && id < bestId)) {
            bestHaversine = haversine;
            bestId = id;
          }
        }
      }
    }
    doneColumnFrom = Math.max(0, columnFrom);
    doneColumnTo = Math.min(columns - 1, columnTo);
    doneRowFrom = Math.max(0, rowFrom);
    doneRowTo = Math.min(rows - 1, rowTo);

    if (bestId >= 0) {
      const distance = 2 * EARTH_RADIUS_METRES * Math.asin(Math.sqrt(Math.min(1, bestHaversine)));
      // Within the radius, nothing outside the box can be nearer; with the whole grid scanned,
      // the best is the nearest of all.
      if (distance <= radius || coversGrid) {
        return distance <= maximumDistance ? { id: bestId, distance } : null;
      }
    } else if (coversGrid) return null;
    if (radius >= maximumDistance) return null;
    radius = Math.min(maximumDistance, radius * 2);
  }
}
