/**
 * Where the map goes to show a chosen school: on a plain map the school in the middle with its
 * whole township around it (a symbol on a blank page says nothing without its township); over
 * a basemap close in, where roads and villages give the context.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { boundsOf } from './bounds-of.ts';

/** A camera target: a point at a zoom, or bounds to fit. */
export type SchoolFrame =
  | { kind: 'point'; lon: number; lat: number; zoom: number }
  | { kind: 'bounds'; bounds: [number, number, number, number] };

/** The zoom a school opens at over a basemap (streets and villages readable). */
export const CLOSE_SCHOOL_ZOOM = 15;

/** Half the smallest frame's side in degrees (about 1 km), so a tiny township is not a close-up. */
const SMALLEST_HALF_SIDE = 0.01;

/**
 * The frame for a school at `lon`, `lat` in `township` (null when unknown).
 * @example frameSchool(109.6, 23.1, township, false) // { kind: 'bounds', bounds: [...] } centred on the school
 */
export function frameSchool(
  lon: number,
  lat: number,
  township: Feature<Polygon | MultiPolygon> | null,
  withBasemap: boolean,
): SchoolFrame {
  if (withBasemap || !township) return { kind: 'point', lon, lat, zoom: CLOSE_SCHOOL_ZOOM };
  const [west, south, east, north] = boundsOf(township);
  // Bounds symmetric about the school: fitting them puts the school in the middle and keeps
  // every part of its township in view.
  const halfWidth = Math.max(lon - west, east - lon, SMALLEST_HALF_SIDE);
  const halfHeight = Math.max(lat - south, north - lat, SMALLEST_HALF_SIDE);
  return { kind: 'bounds', bounds: [lon - halfWidth, lat - halfHeight, lon + halfWidth, lat + halfHeight] };
}
