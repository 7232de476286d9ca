/**
 * Serialises the generated data with a fixed layout: one feature or one record per line. Objects
 * are built by the generators with their keys in a fixed order, so the bytes depend only on the
 * data, and a change in one township or village shows up as a one-line diff.
 */
import type { FeatureCollection, Geometry } from 'geojson';

/**
 * Writes a FeatureCollection with one feature per line and a trailing newline.
 * @example formatFeatureCollection({ type: 'FeatureCollection', features: [] })
 * // '{"type":"FeatureCollection","features":[\n]}\n'
 */
export function formatFeatureCollection(collection: FeatureCollection<Geometry, unknown>): string {
  const lines = collection.features.map((feature) =>
    JSON.stringify({ type: 'Feature', properties: feature.properties, geometry: feature.geometry }),
  );
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/**
 * Writes an array of plain records with one record per line and a trailing newline.
 * @example formatJsonLines([{ code: '1' }]) // '[\n{"code":"1"}\n]\n'
 */
export function formatJsonLines(records: readonly unknown[]): string {
  return `[\n${records.map((record) => JSON.stringify(record)).join(',\n')}\n]\n`;
}
