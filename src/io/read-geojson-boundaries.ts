/**
 * Reads GeoJSON boundaries: polygons and multipolygons with their properties; the projection is
 * the user's, the old crs member's, or RFC 7946's WGS84 when the numbers look like degrees.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { type Message, message } from '../domain/message.ts';
import type { BoundaryFileResult, RawFeature, ReadBoundaryOptions } from './boundary-file-types.ts';
import {
  askForProjection,
  boundingBoxOf,
  fieldsOf,
  finishBoundaryRead,
  finishWithUserProjection,
  noPolygons,
} from './finish-boundary-read.ts';
import { parseJsonText } from './parse-json-text.ts';
import { classifyMagnitude, projectionByEpsg, resolveProjection } from './projections.ts';
import type { AttributeValue } from './read-dbf.ts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A GeoJSON property as an attribute value: nested values become JSON text. */
export function attributeValue(value: unknown): AttributeValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function isRing(value: unknown): boolean {
  return (
    Array.isArray(value) &&
    value.length >= 4 &&
    value.every(
      (position) =>
        Array.isArray(position) &&
        position.length >= 2 &&
        Number.isFinite(position[0]) &&
        Number.isFinite(position[1]),
    )
  );
}

/** Whether a GeoJSON polygon's coordinates have the nesting and numbers the format requires. */
function wellFormed(geometry: Record<string, unknown>): boolean {
  const isPolygon = (rings: unknown) => Array.isArray(rings) && rings.length > 0 && rings.every(isRing);
  const coordinates = geometry.coordinates;
  if (geometry.type === 'Polygon') return isPolygon(coordinates);
  return Array.isArray(coordinates) && coordinates.length > 0 && coordinates.every(isPolygon);
}

/** Reads a GeoJSON text as boundaries. Never throws. */
export function readGeoJsonBoundaries(
  text: string,
  file: string,
  options: ReadBoundaryOptions,
): BoundaryFileResult {
  const parsed = parseJsonText(text.replace(/^\uFEFF/, ''), file, (reason) =>
    message('fileNotJson', { file, reason }),
  );
  if (!parsed.ok) return { status: 'error', file, message: parsed.message };
  const document = parsed.value;
  const featureList: unknown[] = isRecord(document)
    ? document.type === 'FeatureCollection' && Array.isArray(document.features)
      ? document.features
      : document.type === 'Feature'
        ? [document]
        : []
    : [];
  if (featureList.length === 0)
    return { status: 'error', file, message: message('boundaryNoFeatures', { file }) };
  const warnings: Message[] = [];
  const raw: RawFeature[] = [];
  featureList.forEach((feature, index) => {
    const geometry = isRecord(feature) && isRecord(feature.geometry) ? feature.geometry : null;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      warnings.push(
        geometry
          ? message('boundaryFeatureNotPolygon', { number: index + 1, type: String(geometry.type) })
          : message('boundaryFeatureNoGeometry', { number: index + 1 }),
      );
      return;
    }
    if (!wellFormed(geometry)) {
      warnings.push(message('boundaryFeatureIncomplete', { number: index + 1 }));
      return;
    }
    const properties = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    raw.push({
      geometry: geometry as unknown as Polygon | MultiPolygon,
      properties: Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [key, attributeValue(value)]),
      ),
      index,
    });
  });
  if (raw.length === 0) return { status: 'error', file, message: noPolygons(file, warnings) };
  const fields = fieldsOf(raw.map((feature) => feature.properties));
  const byUser = finishWithUserProjection(file, raw, fields, options, null, warnings);
  if (byUser) return byUser;
  // The old (2008) GeoJSON crs member, which ArcGIS and QGIS still write for projected data.
  const crs =
    isRecord(document) && isRecord(document.crs) && isRecord(document.crs.properties)
      ? document.crs.properties.name
      : undefined;
  if (typeof crs === 'string') {
    const named = resolveProjection(crs);
    if (!named)
      return askForProjection(
        file,
        message('boundaryCrsUnknown', { projection: crs }),
        raw,
        fields,
        options.nearLongitude,
      );
    return finishBoundaryRead(
      file,
      raw,
      fields,
      { ...named, source: 'geojson-crs' },
      null,
      warnings,
      options.nearLongitude,
    );
  }
  // RFC 7946 says GeoJSON is WGS84 longitude–latitude: that is the file's own statement, not a guess,
  // as long as the numbers look like degrees.
  const { magnitude } = classifyMagnitude(boundingBoxOf(raw));
  const wgs84 = projectionByEpsg(4326);
  if (magnitude === 'geographic' && wgs84) {
    return finishBoundaryRead(
      file,
      raw,
      fields,
      { ...wgs84, source: 'geojson-default' },
      null,
      warnings,
      options.nearLongitude,
    );
  }
  return askForProjection(
    file,
    message('boundaryNoProjection', { file }),
    raw,
    fields,
    options.nearLongitude,
  );
}
