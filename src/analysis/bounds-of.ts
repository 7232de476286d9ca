/** The bounding box of GeoJSON. */
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';

/** Bounds as [west, south, east, north] in degrees. */
export function boundsOf(geojson: FeatureCollection | Feature): [number, number, number, number] {
  const [west, south, east, north] = bbox(geojson);
  return [west, south, east, north];
}
