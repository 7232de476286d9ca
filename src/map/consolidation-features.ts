/**
 * The consolidation proposal as map features: for each closed school an arrow to its receiving
 * school (the line stopping short of the school's symbol, then a triangular head) and a point
 * for the closed school. Pure; the arrow geometry is laid out in metres on a local flat frame,
 * which at these distances (a few kilometres) is exact to well under a pixel.
 */
import type { Feature, FeatureCollection } from 'geojson';
import { METRES_PER_DEGREE } from '../analysis/build-grid-index.ts';
import type { ClosedSchool } from '../analysis/optimise/plan-consolidation.ts';

/** Where an arrow's head begins, and how wide it is, from its length in metres. */
function headSize(length: number): { length: number; width: number } {
  const head = Math.min(400, 0.3 * length);
  return { length: head, width: 0.6 * head };
}

/**
 * Features of the closures: `part` is 'arrow' (LineString), 'head' (Polygon) or 'closed' (Point),
 * each with the closed school's `code`.
 * @example consolidationFeatures(plan.result.closed).features.length // 3 per closure with a receiving school
 */
export function consolidationFeatures(closed: readonly ClosedSchool[]): FeatureCollection {
  const features: Feature[] = [];
  for (const school of closed) {
    features.push({
      type: 'Feature',
      properties: { part: 'closed', code: school.code, rank: school.rank },
      geometry: { type: 'Point', coordinates: [school.lon, school.lat] },
    });
    const to = school.receiving;
    if (!to) continue;
    const cosine = Math.cos((school.lat * Math.PI) / 180);
    const east = (to.lon - school.lon) * METRES_PER_DEGREE * cosine;
    const north = (to.lat - school.lat) * METRES_PER_DEGREE;
    const length = Math.hypot(east, north);
    if (!(length > 0)) continue;
    const along = { east: east / length, north: north / length };
    // Stop short of the receiving school's symbol, so the head points at it rather than covers it.
    const tip = Math.max(0.6 * length, length - 150);
    const head = headSize(length);
    const point = (metres: number, side: number): [number, number] => [
      school.lon + (along.east * metres - along.north * side) / (METRES_PER_DEGREE * cosine),
      school.lat + (along.north * metres + along.east * side) / METRES_PER_DEGREE,
    ];
    const base = tip - head.length;
    features.push({
      type: 'Feature',
      properties: { part: 'arrow', code: school.code, rank: school.rank },
      geometry: { type: 'LineString', coordinates: [point(0, 0), point(base, 0)] },
    });
    features.push({
      type: 'Feature',
      properties: { part: 'head', code: school.code, rank: school.rank },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [point(tip, 0), point(base, head.width / 2), point(base, -head.width / 2), point(tip, 0)],
        ],
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
