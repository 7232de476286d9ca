/**
 * Places a sample school: rejection sampling inside a township area, either near a centre (a
 * township seat, a host school) or anywhere in the area, keeping a spacing from the schools
 * already placed where the area allows it.
 */
import { bbox, booleanPointInPolygon, destination, distance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { roundPosition } from './round-coordinates.ts';
import type { SeededRandom } from './seeded-random.ts';

/** Where a point may go. */
export interface PointRequest {
  /** The township boundary the point must fall inside. */
  area: Feature<Polygon | MultiPolygon>;
  /** Draw within this distance of a centre; anywhere in the area when absent. */
  near?: { center: Position; radiusKilometres: number };
  /** Wished distance to every point already taken; relaxed step by step when the area is crowded. */
  spacingKilometres: number;
  /** Distance the point keeps from the area's edge, so it stays inside after rounding or redrawing. */
  edgeMarginKilometres: number;
}

/** Attempts at each spacing step: full spacing, half spacing, then none. */
const ATTEMPTS_PER_STEP = 400;
const SPACING_STEPS = [1, 0.5, 0] as const;

/**
 * Draws one point (rounded to 6 decimals) that satisfies the request.
 * @param taken points already placed, for the spacing check; the caller adds the result
 * @throws when no point inside the area is found near the centre at all
 * @example samplePoint({ area, spacingKilometres: 0.3, edgeMarginKilometres: 0.1 }, [], random)
 */
export function samplePoint(
  request: PointRequest,
  taken: readonly Position[],
  random: SeededRandom,
): Position {
  const [west, south, east, north] = bbox(request.area);
  for (const step of SPACING_STEPS) {
    const spacing = request.spacingKilometres * step;
    for (let attempt = 0; attempt < ATTEMPTS_PER_STEP; attempt += 1) {
      let candidate: Position;
      if (request.near) {
        // The square root spreads points evenly over the disc instead of bunching them at the centre.
        const reach = request.near.radiusKilometres * Math.sqrt(random.next());
        const bearing = random.between(-180, 180);
        candidate = roundPosition(destination(request.near.center, reach, bearing).geometry.coordinates);
      } else {
        candidate = roundPosition([random.between(west, east), random.between(south, north)]);
      }
      if (!booleanPointInPolygon(candidate, request.area, { ignoreBoundary: true })) continue;
      if (
        -pointToPolygonDistance(candidate, request.area, { units: 'kilometers' }) <
        request.edgeMarginKilometres
      ) {
        continue;
      }
      if (spacing > 0 && taken.some((point) => distance(point, candidate) < spacing)) continue;
      return candidate;
    }
  }
  throw new Error('No point found inside the area');
}
