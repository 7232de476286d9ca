/** What the flow takes from the district in use: its outline, and its middle longitude. */
import type { ImportContext } from './import-kinds.ts';

/** The district's outline, when one is loaded. */
export function districtOutline(context: ImportContext) {
  return context.district?.features[0];
}

/**
 * The district's middle longitude, so a file without its projection is offered the zones around
 * it first; undefined without a district.
 */
export function districtMiddleLongitude(context: ImportContext): number | undefined {
  const district = districtOutline(context);
  if (!district) return undefined;
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  const polygons =
    district.geometry.type === 'Polygon' ? [district.geometry.coordinates] : district.geometry.coordinates;
  for (const polygon of polygons) {
    for (const position of polygon[0] ?? []) {
      const longitude = position[0] ?? 0;
      if (longitude < west) west = longitude;
      if (longitude > east) east = longitude;
    }
  }
  return Number.isFinite(west) ? (west + east) / 2 : undefined;
}
