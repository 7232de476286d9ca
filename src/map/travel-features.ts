/** GeoJSON for the travel layers: roads by class and isochrone cells as rectangles. */
import type { FeatureCollection, LineString, Polygon } from 'geojson';
import type { IsochroneCells } from '../analysis/travel/measure-isochrone-cells.ts';
import type { RoadNetwork } from '../domain/road-network.ts';

/**
 * The roads as line features with their class.
 * @example roadFeatures(network).features[0].properties.roadClass // '县道'
 */
export function roadFeatures(
  network: RoadNetwork | null,
): FeatureCollection<LineString, { roadClass: string }> {
  return {
    type: 'FeatureCollection',
    features: (network?.lines ?? []).map((line) => ({
      type: 'Feature',
      properties: { roadClass: line.roadClass },
      geometry: { type: 'LineString', coordinates: line.coordinates },
    })),
  };
}

/**
 * Each run of cells as one rectangle with its band (0: within the first band's minutes).
 * @example isochroneFeatures(cells).features.length === cells.runs.length / 4
 */
export function isochroneFeatures(
  cells: IsochroneCells | null,
): FeatureCollection<Polygon, { band: number }> {
  const features: FeatureCollection<Polygon, { band: number }>['features'] = [];
  if (cells) {
    const { west, south, cellLongitude, cellLatitude, runs } = cells;
    for (let index = 0; index + 3 < runs.length; index += 4) {
      const row = runs[index] ?? 0;
      const from = runs[index + 1] ?? 0;
      const to = runs[index + 2] ?? 0;
      const x1 = west + from * cellLongitude;
      const x2 = west + (to + 1) * cellLongitude;
      const y1 = south + row * cellLatitude;
      const y2 = south + (row + 1) * cellLatitude;
      features.push({
        type: 'Feature',
        properties: { band: runs[index + 3] ?? 0 },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [x1, y1],
              [x2, y1],
              [x2, y2],
              [x1, y2],
              [x1, y1],
            ],
          ],
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
