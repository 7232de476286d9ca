/**
 * Where the district's name goes: inside the district, as far as it can be from the township
 * seats (whose names and schools crowd around them) and from the boundary. A coarse search over
 * a grid inside the outline is enough for a label.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { boundsOf } from './bounds-of.ts';

/** Grid steps across the district's bounds. */
const STEPS = 24;

/** Squared distance in degrees, with longitude shrunk by the latitude's cosine. */
function squaredDistance(a: Position, b: Position, cosine: number): number {
  const dx = ((a[0] ?? 0) - (b[0] ?? 0)) * cosine;
  const dy = (a[1] ?? 0) - (b[1] ?? 0);
  return dx * dx + dy * dy;
}

/** Squared distance from a point to the nearest boundary segment. */
function squaredDistanceToRings(point: Position, rings: readonly Position[][], cosine: number): number {
  let best = Infinity;
  const [px = 0, py = 0] = point;
  for (const ring of rings) {
    for (let index = 1; index < ring.length; index++) {
      const [ax = 0, ay = 0] = ring[index - 1] ?? [];
      const [bx = 0, by = 0] = ring[index] ?? [];
      const dx = (bx - ax) * cosine;
      const dy = by - ay;
      const length = dx * dx + dy * dy;
      const t =
        length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * cosine * dx + (py - ay) * dy) / length));
      const ex = (px - ax) * cosine - t * dx;
      const ey = py - ay - t * dy;
      best = Math.min(best, ex * ex + ey * ey);
    }
  }
  return best;
}

/**
 * The label point of a district among its seats; null when the outline is empty.
 * @example placeDistrictLabel(district, seats) // [109.66, 22.95]
 */
export function placeDistrictLabel(
  district: FeatureCollection<Polygon | MultiPolygon>,
  seats: FeatureCollection<Point> | null,
): [number, number] | null {
  const outline = district.features[0] as Feature<Polygon | MultiPolygon> | undefined;
  if (!outline) return null;
  const [west, south, east, north] = boundsOf(district);
  const cosine = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const rings =
    outline.geometry.type === 'Polygon' ? outline.geometry.coordinates : outline.geometry.coordinates.flat();
  const seatPoints = (seats?.features ?? []).map((feature) => feature.geometry.coordinates);
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  for (let row = 1; row < STEPS; row++) {
    for (let column = 1; column < STEPS; column++) {
      const point: [number, number] = [
        west + ((east - west) * column) / STEPS,
        south + ((north - south) * row) / STEPS,
      ];
      if (!booleanPointInPolygon(point, outline)) continue;
      const fromSeats = Math.min(Infinity, ...seatPoints.map((seat) => squaredDistance(point, seat, cosine)));
      // Away from the boundary counts double: a name on the outline reads as the neighbour's.
      const score = Math.min(fromSeats, 4 * squaredDistanceToRings(point, rings, cosine));
      if (score > bestScore) {
        bestScore = score;
        best = point;
      }
    }
  }
  return best;
}
