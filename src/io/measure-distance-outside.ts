/** How far a point lies outside an area, and that distance as a message for warnings. */
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
 * The distance as it is shown: metres under 1 km (to 10 m, at least 10), kilometres with one
 * decimal above.
 * @example roundOutsideDistance(0.326) // { unit: 'metres', value: 330 }
 */
export function roundOutsideDistance(kilometres: number): { unit: 'metres' | 'kilometres'; value: string } {
  if (kilometres < 1)
    return { unit: 'metres', value: String(Math.max(10, Math.round(kilometres * 100) * 10)) };
  return { unit: 'kilometres', value: kilometres.toFixed(1) };
}

/**
 * The distance as a message (3.2 公里 / 3.2 km), rounded as the importer's warning rounds it.
 * @example outsideDistanceMessage(0.326) // message('outsideDistrictMetres', { metres: '330' })
 */
export function outsideDistanceMessage(kilometres: number): Message {
  const { unit, value } = roundOutsideDistance(kilometres);
  return unit === 'metres'
    ? message('outsideDistrictMetres', { metres: value })
    : message('outsideDistrictKilometres', { kilometres: value });
}
