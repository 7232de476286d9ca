/**
 * Rounds coordinates to six decimals (about 0.1 m), the precision every file in `geodata/` is
 * written with, so that files are small, diffs are readable and output is byte-stable.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Decimal places of every written coordinate. */
export const COORDINATE_DECIMALS = 6;

const SCALE = 10 ** COORDINATE_DECIMALS;

/**
 * Rounds one coordinate value to {@link COORDINATE_DECIMALS} decimals.
 * @example roundCoordinate(109.1234567) // 109.123457
 */
export function roundCoordinate(value: number): number {
  const rounded = Math.round(value * SCALE) / SCALE;
  // -0 would print as 0 anyway, but normalising keeps equality checks in tests simple.
  return rounded === 0 ? 0 : rounded;
}

/** Rounds the longitude and latitude of a position and drops any third value (GeoJSON height). */
export function roundPosition(position: Position): Position {
  const [longitude, latitude] = position;
  if (longitude === undefined || latitude === undefined) throw new Error('A position needs two values');
  return [roundCoordinate(longitude), roundCoordinate(latitude)];
}

/**
 * Rounds every vertex of a ring and removes consecutive duplicates that rounding can create,
 * keeping the ring closed.
 */
export function roundRing(ring: readonly Position[]): Position[] {
  const rounded: Position[] = [];
  for (const position of ring) {
    const next = roundPosition(position);
    const previous = rounded[rounded.length - 1];
    if (previous && previous[0] === next[0] && previous[1] === next[1]) continue;
    rounded.push(next);
  }
  return rounded;
}

/** Rounds a Polygon or MultiPolygon geometry, ring by ring. */
export function roundPolygonGeometry<T extends Polygon | MultiPolygon>(geometry: T): T {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: geometry.coordinates.map(roundRing) } as T;
  }
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((polygon) => polygon.map(roundRing)),
  } as T;
}
