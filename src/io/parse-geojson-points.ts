/**
 * Turns a GeoJSON FeatureCollection of points into a source table: one column per property
 * (in the order first seen) plus 经度 and 纬度 from the geometry.
 */
import { type Message, message } from '../domain/message.ts';
import { parseJsonText } from './parse-json-text.ts';
import type { SourceRow, SourceTable } from './source-table.ts';
import { uniqueHeaders } from './source-table.ts';

function propertyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads GeoJSON text as a table. Row numbers are the feature's position + 1, so the first
 * feature is row 2 as in the equivalent spreadsheet (header = row 1). A feature whose geometry
 * is not a Point gets empty coordinates and an entry in `rowProblems`, so the row check
 * rejects it with the reason.
 * @returns a message when the text is not a FeatureCollection
 */
export function parseGeoJsonPoints(text: string, file: string): SourceTable | Message {
  const parsed = parseJsonText(text, file, (reason) => message('fileNotJson', { file, reason }));
  if (!parsed.ok) return parsed.message;
  const document = parsed.value;
  if (!isRecord(document) || document.type !== 'FeatureCollection' || !Array.isArray(document.features)) {
    return message('geojsonNotFeatureCollection', { file });
  }
  const features = document.features as unknown[];
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const feature of features) {
    const properties = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    for (const key of Object.keys(properties)) {
      // The geometry is the position; properties of the same name would contradict it.
      if (key === '经度' || key === '纬度' || seen.has(key)) continue;
      seen.add(key);
      keys.push(key);
    }
  }
  const headers = uniqueHeaders([...keys, '经度', '纬度']);
  const rowProblems: Record<number, Message> = {};
  const rows: SourceRow[] = features.map((feature, index) => {
    const properties = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    const geometry = isRecord(feature) && isRecord(feature.geometry) ? feature.geometry : null;
    const coordinates =
      geometry?.type === 'Point' && Array.isArray(geometry.coordinates) ? geometry.coordinates : [];
    const cells = keys.map((key) => propertyText(properties[key]));
    cells.push(propertyText(coordinates[0]), propertyText(coordinates[1]));
    if (geometry?.type !== 'Point') {
      rowProblems[index + 2] = geometry
        ? message('geojsonNotPoint', { type: String(geometry.type) })
        : message('geojsonNoGeometry');
    }
    return { row: index + 2, cells };
  });
  return { file, format: 'geojson', headers, headerRow: 1, rows, rowProblems };
}
