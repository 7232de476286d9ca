/** The roster as GeoJSON points, for desktop GIS (QGIS, ArcGIS) and web maps. */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { ROSTER_COLUMNS, type School } from '../domain/school.ts';
import { COORDINATE_DECIMALS, NUMERIC_ROSTER_COLUMNS, rosterCells } from './roster-cells.ts';

/** Properties of an exported school: the canonical columns except 经度/纬度 (they are the geometry). */
export type RosterFeatureProperties = Record<string, string | number | null>;

function rounded(value: number): number {
  return Number(value.toFixed(COORDINATE_DECIMALS));
}

/**
 * The schools as a FeatureCollection of WGS84 points (RFC 7946), 6 decimals, with the
 * canonical Chinese columns as properties: numbers as numbers (null when unknown), everything
 * else as the roster's text (是/否, 学校代码 as text).
 */
export function rosterFeatureCollection(
  schools: readonly School[],
): FeatureCollection<Point, RosterFeatureProperties> {
  return {
    type: 'FeatureCollection',
    features: schools.map((school): Feature<Point, RosterFeatureProperties> => {
      const cells = rosterCells(school);
      const properties: RosterFeatureProperties = {};
      for (const column of ROSTER_COLUMNS) {
        if (column === '经度' || column === '纬度') continue;
        const text = cells[column];
        properties[column] = NUMERIC_ROSTER_COLUMNS.has(column) ? (text === '' ? null : Number(text)) : text;
      }
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [rounded(school.lon), rounded(school.lat)] },
        properties,
      };
    }),
  };
}

/**
 * The schools as GeoJSON text (one feature per line, so diffs and large files stay readable).
 * @example JSON.parse(writeRosterGeoJson([school])).features[0].properties.学校代码 // '0450001'
 */
export function writeRosterGeoJson(schools: readonly School[]): string {
  const collection = rosterFeatureCollection(schools);
  const features = collection.features.map((feature) => JSON.stringify(feature));
  return `{"type":"FeatureCollection","features":[\n${features.join(',\n')}\n]}\n`;
}
