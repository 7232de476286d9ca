/**
 * The default data set's barrier, a river centreline file known to be well formed: what
 * `default-dataset.ts` needs, kept apart from the barrier file reader (which brings the
 * Shapefile and zip readers), so the data set loads at start without them.
 */
import type { BarrierLayer, LonLat } from '../domain/road-network.ts';

/** The default data set's 郁江 file (in geodata/) and its source, as geodata/README.md gives them. */
export const YUJIANG_FILE = 'rivers/yujiang-ne10m.geojson';
export const YUJIANG_SOURCE = 'Natural Earth 10m rivers_lake_centerlines (public domain)';

/** A GeoJSON feature collection of lines, as the default data set keeps its rivers. */
export interface BarrierLines {
  type: 'FeatureCollection';
  name?: string;
  features: {
    geometry: { type: string; coordinates: unknown } | null;
    properties?: Record<string, unknown> | null;
  }[];
}

/**
 * The barrier of a parsed GeoJSON line file known to be well formed (the default data set's
 * rivers): every LineString and MultiLineString part.
 * @param source where the lines come from, as the data set's README says
 */
export function barrierOfLines(collection: BarrierLines, file: string, source: string): BarrierLayer {
  const lines: LonLat[][] = [];
  for (const feature of collection.features) {
    const geometry = feature.geometry;
    if (geometry?.type === 'LineString') lines.push(geometry.coordinates as LonLat[]);
    if (geometry?.type === 'MultiLineString') lines.push(...(geometry.coordinates as LonLat[][]));
  }
  return { file, source, lines };
}
