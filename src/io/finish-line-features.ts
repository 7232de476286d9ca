/**
 * What the GeoJSON and Shapefile line readers share: geometry checks, the refusals (too many
 * vertices, nothing usable), and choosing the projection — the user's, the file's own, or a
 * question — then converting to WGS84 and asking again when the result lands outside China.
 */
import type { Position } from 'geojson';
import { type Message, message } from '../domain/message.ts';
import type {
  LineFeature,
  LineFeatureKind,
  LineFileFailure,
  LineFileProjectionNeeded,
  LineFileRead,
  LineFileResult,
  RawFeature,
  RawGeometry,
  ReadLineOptions,
  SkippedFeature,
} from './line-features.ts';
import {
  type BoundingBox,
  classifyMagnitude,
  projectionByEpsg,
  projectionCandidates,
  resolveProjection,
  toWgs84Transform,
} from './projections.ts';
import type { AttributeField } from './read-boundary-file.ts';

const CHINA_EXTENT = { west: 70, east: 140, south: 0, north: 56 };

const MAGNITUDE_KEYS = {
  geographic: 'travelMagnitudeGeographic',
  'projected-zone-prefix': 'travelMagnitudeZonePrefix',
  projected: 'travelMagnitudeProjected',
  unknown: 'travelMagnitudeUnknown',
} as const;

/** Bytes as megabytes with one decimal, for a message. */
export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** The wanted geometries, named for a message. */
export function kindsWanted(options: ReadLineOptions): Message {
  return message(options.accept.includes('polygon') ? 'travelKindLinesPolygons' : 'travelKindLines');
}

function kindOf(geometry: RawGeometry): LineFeatureKind {
  return geometry.type === 'LineString' || geometry.type === 'MultiLineString' ? 'line' : 'polygon';
}

/** The geometry's lines: a line string, the parts of a multi-line, the rings of (multi)polygons. */
function partsOf(geometry: RawGeometry): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
  }
}

function boundingBoxOf(features: readonly RawFeature[]): BoundingBox {
  const box: BoundingBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of features) {
    for (const part of partsOf(feature.geometry)) {
      for (const [x = Number.NaN, y = Number.NaN] of part) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
    }
  }
  return box;
}

function askForProjection(
  file: string,
  reason: Message,
  features: readonly RawFeature[],
  fields: AttributeField[],
  nearLongitude: number | undefined,
): LineFileProjectionNeeded {
  const boundingBox = boundingBoxOf(features);
  const { magnitude, zone } = classifyMagnitude(boundingBox);
  return {
    status: 'needs-projection',
    file,
    reason: message('travelAskProjection', { reason, magnitude: message(MAGNITUDE_KEYS[magnitude]) }),
    magnitude,
    zone,
    boundingBox,
    candidates: projectionCandidates(boundingBox, nearLongitude),
    fields,
  };
}

/** Whether a GeoJSON geometry's coordinates have the nesting and the numbers the format asks for. */
export function wellFormed(geometry: { type: string; coordinates?: unknown }): boolean {
  const isPosition = (value: unknown) =>
    Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
  const isLine = (value: unknown, least: number) =>
    Array.isArray(value) && value.length >= least && value.every(isPosition);
  const isPolygon = (value: unknown) =>
    Array.isArray(value) && value.length > 0 && value.every((ring) => isLine(ring, 4));
  const { coordinates } = geometry;
  switch (geometry.type) {
    case 'LineString':
      return isLine(coordinates, 2);
    case 'MultiLineString':
      return (
        Array.isArray(coordinates) && coordinates.length > 0 && coordinates.every((line) => isLine(line, 2))
      );
    case 'Polygon':
      return isPolygon(coordinates);
    case 'MultiPolygon':
      return Array.isArray(coordinates) && coordinates.length > 0 && coordinates.every(isPolygon);
    default:
      return false;
  }
}

/** The vertices of every part of every feature: the size of the work before any conversion. */
export function countVertices(features: readonly RawFeature[]): number {
  let count = 0;
  for (const feature of features) for (const part of partsOf(feature.geometry)) count += part.length;
  return count;
}

/** Converts the raw features with the chosen projection, or asks again when they land outside China. */
function finish(
  file: string,
  raw: readonly RawFeature[],
  featureCount: number,
  skipped: SkippedFeature[],
  fields: AttributeField[],
  projection: LineFileRead['projection'],
  attributeEncoding: LineFileRead['attributeEncoding'],
  notes: Message[],
  options: ReadLineOptions,
): LineFileResult {
  const ask = (reason: Message) => askForProjection(file, reason, raw, fields, options.nearLongitude);
  let transform: (position: readonly number[]) => [number, number];
  try {
    transform = toWgs84Transform(projection);
  } catch {
    return ask(message('travelProjectionUnusable', { projection: projection.label }));
  }
  const features: LineFeature[] = raw.map((feature) => ({
    index: feature.index,
    kind: kindOf(feature.geometry),
    parts: partsOf(feature.geometry).map((part) => part.map(transform)),
    properties: feature.properties,
  }));
  let inChina = true;
  for (const feature of features) {
    for (const part of feature.parts) {
      for (const [lon, lat] of part) {
        if (
          !(
            lon >= CHINA_EXTENT.west &&
            lon <= CHINA_EXTENT.east &&
            lat >= CHINA_EXTENT.south &&
            lat <= CHINA_EXTENT.north
          )
        ) {
          inChina = false;
        }
      }
    }
  }
  if (!inChina) return ask(message('travelProjectionOutsideChina', { projection: projection.label }));
  return {
    status: 'ok',
    file,
    features,
    skipped,
    featureCount,
    fields,
    projection,
    attributeEncoding,
    notes,
  };
}

/** Picks the projection: the user's, the file's own, or a question. */
export function chooseProjection(
  format: 'shapefile' | 'geojson',
  file: string,
  raw: readonly RawFeature[],
  featureCount: number,
  skipped: SkippedFeature[],
  fields: AttributeField[],
  stated: { source: 'prj' | 'geojson-crs'; text: string } | null,
  attributeEncoding: LineFileRead['attributeEncoding'],
  notes: Message[],
  options: ReadLineOptions,
): LineFileResult {
  const proceed = (projection: LineFileRead['projection']) =>
    finish(file, raw, featureCount, skipped, fields, projection, attributeEncoding, notes, options);
  const ask = (reason: Message) => askForProjection(file, reason, raw, fields, options.nearLongitude);
  if (options.projection) {
    const chosen = resolveProjection(options.projection);
    if (!chosen) return ask(message('travelProjectionUnknown', { projection: options.projection }));
    return proceed({ ...chosen, source: 'user' });
  }
  if (stated) {
    const named = resolveProjection(stated.text);
    if (!named) return ask(message('travelProjectionUnknown', { projection: stated.text.slice(0, 60) }));
    return proceed({ ...named, source: stated.source });
  }
  if (format === 'shapefile') return ask(message('travelNoPrj', { file }));
  // RFC 7946: GeoJSON is WGS84 longitude–latitude. The file's own statement, as long as the
  // numbers look like degrees.
  const wgs84 = projectionByEpsg(4326);
  if (classifyMagnitude(boundingBoxOf(raw)).magnitude === 'geographic' && wgs84) {
    return proceed({ ...wgs84, source: 'geojson-default' });
  }
  return ask(message('travelNoCrs', { file }));
}

/** The refusal when no feature of the wanted geometries is left, with how many were left out. */
export function nothingUsable(file: string, skipped: number, options: ReadLineOptions): LineFileFailure {
  return {
    status: 'error',
    file,
    reason: message('travelNoUsableFeatures', { file, skipped, kinds: kindsWanted(options) }),
  };
}

/** The refusal when the file holds more vertices than the caller can take; null when it fits. */
export function tooManyVertices(
  file: string,
  vertices: number,
  options: ReadLineOptions,
): LineFileFailure | null {
  if (vertices <= options.maximumVertices) return null;
  return {
    status: 'error',
    file,
    reason: message('travelTooManyVertices', { file, vertices, most: options.maximumVertices }),
  };
}
