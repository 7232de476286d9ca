/** How far a point lies outside an area, and that as a phrase for warnings. */
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { type Message, message } from '../domain/message.ts';

/**
 * Kilometres from the point to the area's edge when outside it; 0 when inside or on the edge.
 * @example measureDistanceOutside([110.1, 22.5], unitSquare) // ≈ 10.3
 */
export function measureDistanceOutside(
  position: [number, number],
  area: Feature<Polygon | MultiPolygon>,
): number {
  // Most points are inside: the containment test is much cheaper than the distance to every edge.
  if (booleanPointInPolygon(position, area)) return 0;
  // turf gives negative distances inside the polygon; on the edge it may give a tiny negative.
  return Math.max(0, pointToPolygonDistance(position, area, { units: 'kilometers' }));
}

/**
 * The distance outside the district boundary as a phrase: metres under 1 km (to 10 m),
 * kilometres with one decimal above.
 * @example formatOutsideDistance(3.24) // in Chinese: '位于区界外 3.2 公里'
 * @example formatOutsideDistance(0.326) // in Chinese: '位于区界外 330 米'
 */
export function formatOutsideDistance(kilometres: number): Message {
  if (kilometres < 1) {
    return message('outsideDistrictMetres', { metres: Math.max(10, Math.round(kilometres * 100) * 10) });
  }
  return message('outsideDistrictKilometres', { kilometres: kilometres.toFixed(1) });
}
