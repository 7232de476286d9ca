/** The cells of a grid index that can hold a point within a given distance of a location. */
import { EARTH_RADIUS_METRES } from '../domain/radius.ts';
import type { GridIndex } from './build-grid-index.ts';

const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * A block of grid cells, both ends included and clamped to the grid; empty when a `From`
 * exceeds its `To` (the location lies farther than the distance from every cell).
 */
export interface GridCellRange {
  columnFrom: number;
  columnTo: number;
  rowFrom: number;
  rowTo: number;
  /** Half the width of the box in degrees of longitude (the bound, a hair wider). */
  longitudeDegrees: number;
}

/**
 * The block of cells that surely holds every indexed point within `metres` of (lon, lat):
 * latitude ± metres/R, and longitude ± the largest difference the haversine formula allows at
 * the block's most poleward latitude (hav Δλ ≤ hav(d/R) / (cos φ₁ cos φ₂)). The block is a hair
 * wider than the bound, so rounding never leaves out a point lying exactly on the distance; the
 * caller still checks every point of the block with the exact distance.
 * @param into a range to fill and return instead of a new one (a search over a million places
 *   then allocates nothing per place)
 * @example findGridCellsWithin(buildGridIndex(points, 2500), 109.6, 23.1, 2500) // { columnFrom: 3, columnTo: 5, rowFrom: 7, rowTo: 9, … }
 */
export function findGridCellsWithin(
  index: GridIndex,
  lon: number,
  lat: number,
  metres: number,
  into?: GridCellRange,
): GridCellRange {
  const latitude = lat * RADIANS_PER_DEGREE;
  const angle = Math.min(Math.PI, Math.max(0, metres) / EARTH_RADIUS_METRES);
  const polewardLatitude = Math.abs(latitude) + angle;
  let longitudeAngle = Math.PI;
  if (polewardLatitude < Math.PI / 2) {
    const halfAngleSine = Math.sin(angle / 2);
    const bound = (halfAngleSine * halfAngleSine) / (Math.cos(latitude) * Math.cos(polewardLatitude));
    if (bound < 1) longitudeAngle = 2 * Math.asin(Math.sqrt(bound));
  }
  const longitudeDegrees = (longitudeAngle / RADIANS_PER_DEGREE) * (1 + 1e-9) + 1e-12;
  const latitudeDegrees = (angle / RADIANS_PER_DEGREE) * (1 + 1e-9) + 1e-12;
  const range = into ?? { columnFrom: 0, columnTo: 0, rowFrom: 0, rowTo: 0, longitudeDegrees: 0 };
  range.columnFrom = Math.max(0, Math.floor((lon - longitudeDegrees - index.west) / index.cellLongitude));
  range.columnTo = Math.min(
    index.columns - 1,
    Math.floor((lon + longitudeDegrees - index.west) / index.cellLongitude),
  );
  range.rowFrom = Math.max(0, Math.floor((lat - latitudeDegrees - index.south) / index.cellLatitude));
  range.rowTo = Math.min(
    index.rows - 1,
    Math.floor((lat + latitudeDegrees - index.south) / index.cellLatitude),
  );
  range.longitudeDegrees = longitudeDegrees;
  return range;
}
