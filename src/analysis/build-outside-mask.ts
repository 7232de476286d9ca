/** A polygon covering the world around a district, to grey out what lies outside it. */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * One polygon whose outer ring is the Web Mercator world and whose holes are the district's
 * outer rings. Holes inside the district itself (enclaves) stay unmasked, which is harmless here.
 */
export function buildOutsideMask(district: FeatureCollection<Polygon | MultiPolygon>): Feature<Polygon> {
  const world: Position[] = [
    [-180, -85],
    [180, -85],
    [180, 85],
    [-180, 85],
    [-180, -85],
  ];
  const holes: Position[][] = [];
  for (const feature of district.features) {
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    for (const polygon of polygons) {
      const outer = polygon[0];
      if (outer) holes.push(outer);
    }
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [world, ...holes] } };
}
