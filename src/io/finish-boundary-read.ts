/**
 * The common end of every boundary reader: the raw features converted with the chosen
 * projection, checked to lie in China and repaired, or a question about the projection when the
 * file does not say it or what it says does not fit.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { type Message, type MessageKey, message, sentences } from '../domain/message.ts';
import type {
  AttributeField,
  BoundaryFeature,
  BoundaryFileRead,
  BoundaryFileResult,
  BoundaryProjectionNeeded,
  RawFeature,
  ReadBoundaryOptions,
} from './boundary-file-types.ts';
import {
  type BoundingBox,
  type CoordinateMagnitude,
  classifyMagnitude,
  projectionCandidates,
  resolveProjection,
  toWgs84Transform,
} from './projections.ts';
import type { AttributeValue } from './read-dbf.ts';
import { repairCrossings } from './repair-polygon-crossings.ts';

const CHINA_EXTENT = { west: 70, east: 140, south: 0, north: 56 };

const MAGNITUDE_NAMES: Record<CoordinateMagnitude, MessageKey> = {
  geographic: 'boundaryMagnitudeGeographic',
  'projected-zone-prefix': 'boundaryMagnitudeZonePrefix',
  projected: 'boundaryMagnitudeProjected',
  unknown: 'boundaryMagnitudeUnknown',
};

/**
 * The attribute fields with up to five distinct values each, so the user can tell which holds
 * names or codes.
 */
export function fieldsOf(
  records: readonly Record<string, AttributeValue>[],
  names?: readonly string[],
): AttributeField[] {
  const fieldNames = names ?? [...new Set(records.flatMap((record) => Object.keys(record)))];
  return fieldNames.map((name) => {
    const samples: string[] = [];
    for (const record of records) {
      const value = record[name];
      if (value === null || value === undefined || value === '') continue;
      const text = String(value);
      if (!samples.includes(text)) samples.push(text);
      if (samples.length >= 5) break;
    }
    return { name, samples };
  });
}

function positionsOf(geometry: Polygon | MultiPolygon): Position[] {
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

/** The bounding box of the features' coordinates, in their own units. */
export function boundingBoxOf(features: readonly { geometry: Polygon | MultiPolygon | null }[]): BoundingBox {
  const box: BoundingBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of features) {
    if (!feature.geometry) continue;
    for (const [x = Number.NaN, y = Number.NaN] of positionsOf(feature.geometry)) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

function reproject(geometry: Polygon | MultiPolygon, transform: (position: Position) => [number, number]) {
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon' as const, coordinates: geometry.coordinates.map((ring) => ring.map(transform)) };
  }
  return {
    type: 'MultiPolygon' as const,
    coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(transform))),
  };
}

/** The question to the user: which projection, with candidates and what the numbers suggest. */
export function askForProjection(
  file: string,
  reason: Message,
  features: readonly RawFeature[],
  fields: AttributeField[],
  nearLongitude: number | undefined,
): BoundaryProjectionNeeded {
  const boundingBox = boundingBoxOf(features);
  const { magnitude, zone } = classifyMagnitude(boundingBox);
  return {
    status: 'needs-projection',
    file,
    message: message('boundaryChooseProjectionBecause', {
      reason,
      magnitude: message(MAGNITUDE_NAMES[magnitude]),
    }),
    magnitude,
    zone,
    boundingBox,
    candidates: projectionCandidates(boundingBox, nearLongitude),
    fields,
  };
}

/** 第 3 个要素（桥圩镇）: the position and, when a name-like attribute has one, the name. */
function describeFeature(feature: RawFeature): Message {
  const nameKey = Object.keys(feature.properties).find(
    (key) => /xzqmc|名称|name|乡镇|街道|^mc$/i.test(key) && typeof feature.properties[key] === 'string',
  );
  const name = nameKey === undefined ? '' : String(feature.properties[nameKey]).slice(0, 30);
  const number = feature.index + 1;
  return name ? message('boundaryFeatureNamed', { number, name }) : message('boundaryFeature', { number });
}

/** Converts raw features with the chosen projection, or asks again when the result is not in China. */
export function finishBoundaryRead(
  file: string,
  raw: readonly RawFeature[],
  fields: AttributeField[],
  projection: BoundaryFileRead['projection'],
  attributeEncoding: BoundaryFileRead['attributeEncoding'],
  warnings: Message[],
  nearLongitude: number | undefined,
): BoundaryFileResult {
  let transform: (position: Position) => [number, number];
  try {
    transform = toWgs84Transform(projection);
  } catch {
    return askForProjection(
      file,
      message('boundaryProjectionUnusable', { projection: projection.label }),
      raw,
      fields,
      nearLongitude,
    );
  }
  const converted: RawFeature[] = [];
  for (const feature of raw) {
    if (!feature.geometry) warnings.push(message('boundaryFeatureNoGeometry', { number: feature.index + 1 }));
    else converted.push({ ...feature, geometry: reproject(feature.geometry, transform) });
  }
  const box = boundingBoxOf(converted);
  const inChina =
    box[0] >= CHINA_EXTENT.west &&
    box[2] <= CHINA_EXTENT.east &&
    box[1] >= CHINA_EXTENT.south &&
    box[3] <= CHINA_EXTENT.north;
  if (converted.length > 0 && !inChina) {
    return askForProjection(
      file,
      message('boundaryOutsideChina', { projection: projection.label }),
      raw,
      fields,
      nearLongitude,
    );
  }
  // Crossings are looked for only in degrees in China: on a wrong projection they mean nothing.
  const features: BoundaryFeature[] = [];
  for (const feature of converted) {
    if (!feature.geometry) continue;
    const geometry = repairCrossings(feature.geometry, describeFeature(feature), warnings);
    // The id is the feature's place in the file, so later steps can name it as the file counts.
    if (geometry)
      features.push({ type: 'Feature', id: feature.index, geometry, properties: feature.properties });
  }
  if (features.length === 0) return { status: 'error', file, message: noPolygons(file, warnings) };
  return { status: 'ok', file, features, fields, projection, attributeEncoding, warnings };
}

/** A file without one usable polygon, with the reasons each feature was left out. */
export function noPolygons(file: string, warnings: readonly Message[]): Message {
  return warnings.length > 0
    ? message('boundaryNoPolygonsBecause', { file, reasons: sentences(warnings) })
    : message('boundaryNoPolygons', { file });
}

/**
 * The read finished with the user's projection when one was given (or the question again when
 * the atlas does not know it); undefined when the user gave none and the file must say.
 */
export function finishWithUserProjection(
  file: string,
  raw: readonly RawFeature[],
  fields: AttributeField[],
  options: ReadBoundaryOptions,
  attributeEncoding: BoundaryFileRead['attributeEncoding'],
  warnings: Message[],
): BoundaryFileResult | undefined {
  if (!options.projection) return undefined;
  const choice = resolveProjection(options.projection);
  if (!choice) {
    return askForProjection(
      file,
      message('boundaryChosenProjectionUnknown', { projection: options.projection }),
      raw,
      fields,
      options.nearLongitude,
    );
  }
  const projection = { ...choice, source: 'user' as const };
  return finishBoundaryRead(
    file,
    raw,
    fields,
    projection,
    attributeEncoding,
    warnings,
    options.nearLongitude,
  );
}
