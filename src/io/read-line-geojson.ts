/**
 * Reads the lines or polygons of a GeoJSON file: features of another geometry or with malformed
 * coordinates are left out with the reason, the vertices counted before conversion, the
 * projection from the (2008) crs member or, for degrees, WGS84 as RFC 7946 says. Never throws.
 */
import { message } from '../domain/message.ts';
import {
  chooseProjection,
  countVertices,
  kindsWanted,
  nothingUsable,
  tooManyVertices,
  wellFormed,
} from './finish-line-features.ts';
import type {
  LineFileResult,
  RawFeature,
  RawGeometry,
  ReadLineOptions,
  SkippedFeature,
} from './line-features.ts';
import { attributeValue, fieldsOf } from './read-boundary-file.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a GeoJSON FeatureCollection (or one Feature) of lines or polygons.
 * @example readLineGeoJson(bytes, '河流.geojson', { accept: ['line', 'polygon'], maximumVertices: 3_000_000 })
 */
export function readLineGeoJson(bytes: Uint8Array, file: string, options: ReadLineOptions): LineFileResult {
  let document: unknown;
  try {
    document = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      status: 'error',
      file,
      reason: message('travelNotJson', {
        file,
        reason: error instanceof Error ? error.message : String(error),
      }),
    };
  }
  const list: unknown[] = isRecord(document)
    ? document.type === 'FeatureCollection' && Array.isArray(document.features)
      ? document.features
      : document.type === 'Feature'
        ? [document]
        : []
    : [];
  if (list.length === 0) return { status: 'error', file, reason: message('travelNoFeatures', { file }) };
  const raw: RawFeature[] = [];
  const skipped: SkippedFeature[] = [];
  list.forEach((feature, index) => {
    const geometry = isRecord(feature) && isRecord(feature.geometry) ? feature.geometry : null;
    const type = typeof geometry?.type === 'string' ? geometry.type : null;
    const kind =
      type === 'LineString' || type === 'MultiLineString'
        ? 'line'
        : type === 'Polygon' || type === 'MultiPolygon'
          ? 'polygon'
          : null;
    if (!geometry || !type) {
      skipped.push({ index, reason: message('travelFeatureNoGeometry') });
      return;
    }
    if (!kind || !options.accept.includes(kind)) {
      skipped.push({
        index,
        reason: message('travelFeatureWrongType', { type, kinds: kindsWanted(options) }),
      });
      return;
    }
    if (!wellFormed(geometry as { type: string; coordinates?: unknown })) {
      skipped.push({ index, reason: message('travelFeatureBadCoordinates') });
      return;
    }
    const properties = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    raw.push({
      index,
      geometry: geometry as unknown as RawGeometry,
      properties: Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [key, attributeValue(value)]),
      ),
    });
  });
  const refused = tooManyVertices(file, countVertices(raw), options);
  if (refused) return refused;
  if (raw.length === 0) return nothingUsable(file, skipped.length, options);
  const fields = fieldsOf(raw.map((feature) => feature.properties));
  // The old (2008) GeoJSON crs member, which ArcGIS and QGIS still write for projected data.
  const crs =
    isRecord(document) && isRecord(document.crs) && isRecord(document.crs.properties)
      ? document.crs.properties.name
      : undefined;
  return chooseProjection(
    'geojson',
    file,
    raw,
    list.length,
    skipped,
    fields,
    typeof crs === 'string' ? { source: 'geojson-crs', text: crs } : null,
    null,
    [],
    options,
  );
}
