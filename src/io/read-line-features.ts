/**
 * Reads line and polygon features — roads, rivers, reservoirs — from GeoJSON or a zipped
 * Shapefile, converted to WGS84 longitude and latitude. Like the boundary reader, it never
 * guesses a projection: a file that does not say (no .prj, projected GeoJSON without a crs) gets
 * a question with candidates. Sizes are checked before work: the file, the archive once
 * unpacked, and the number of vertices. Never throws; problems come back as messages.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { parseShp } from 'shpjs';
import { type Message, message } from '../domain/message.ts';
import type { LonLat } from '../domain/road-network.ts';
import { MAX_IMPORT_BYTES } from './decode-text.ts';
import { measureZipEntries } from './measure-zip-entries.ts';
import {
  type BoundingBox,
  type CoordinateMagnitude,
  classifyMagnitude,
  type ProjectionChoice,
  projectionByEpsg,
  projectionCandidates,
  resolveProjection,
  toWgs84Transform,
} from './projections.ts';
import { type AttributeField, attributeValue, extensionOf, fieldsOf } from './read-boundary-file.ts';
import { type AttributeEncodingSource, type AttributeValue, readDbf } from './read-dbf.ts';
import { unzipEntries } from './unzip-entries.ts';

/** What kind of geometry a feature is read as. */
export type LineFeatureKind = 'line' | 'polygon';

/** A feature as read: its lines (a polygon's rings, closed) in WGS84, and its attributes. */
export interface LineFeature {
  /** Position in the file, from 0. */
  index: number;
  kind: LineFeatureKind;
  parts: LonLat[][];
  properties: Record<string, AttributeValue>;
}

/** A feature left out, and why. */
export interface SkippedFeature {
  /** Position in the file, from 0. */
  index: number;
  reason: Message;
}

/** Where the projection came from. */
export type LineProjectionSource = 'user' | 'prj' | 'geojson-crs' | 'geojson-default';

/** The file read and converted. */
export interface LineFileRead {
  status: 'ok';
  file: string;
  features: LineFeature[];
  skipped: SkippedFeature[];
  /** Features in the file, read or not. */
  featureCount: number;
  fields: AttributeField[];
  projection: ProjectionChoice & { source: LineProjectionSource };
  /** How the attribute table was decoded (null for GeoJSON). */
  attributeEncoding: { encoding: string; source: AttributeEncodingSource } | null;
  /** Notes on the whole file (other layers in the archive, no attribute table). */
  notes: Message[];
}

/** The file does not say its projection, or the one it says does not fit: ask. */
export interface LineFileProjectionNeeded {
  status: 'needs-projection';
  file: string;
  reason: Message;
  magnitude: CoordinateMagnitude;
  zone: number | null;
  boundingBox: BoundingBox;
  candidates: ProjectionChoice[];
  fields: AttributeField[];
}

/** The file cannot be read at all. */
export interface LineFileFailure {
  status: 'error';
  file: string;
  reason: Message;
}

/** What reading gave. */
export type LineFileResult = LineFileRead | LineFileProjectionNeeded | LineFileFailure;

/** Options of a read. */
export interface ReadLineOptions {
  /** The geometries wanted: roads are lines; barriers are lines or polygons. */
  accept: readonly LineFeatureKind[];
  /** Most vertices the caller can take; a larger file is refused before it is converted. */
  maximumVertices: number;
  /** The user's projection (EPSG:xxxx, proj4 or WKT); overrides the file's. */
  projection?: string;
  /** Attribute-table encoding override. */
  encoding?: string;
  /** The district's longitude, so nearby zones are offered first. */
  nearLongitude?: number;
}

/** Largest total of the files in an archive, once unpacked. */
export const MAX_INFLATED_BYTES = 400 * 1024 * 1024;

const CHINA_EXTENT = { west: 70, east: 140, south: 0, north: 56 };

const MAGNITUDE_KEYS = {
  geographic: 'travelMagnitudeGeographic',
  'projected-zone-prefix': 'travelMagnitudeZonePrefix',
  projected: 'travelMagnitudeProjected',
  unknown: 'travelMagnitudeUnknown',
} as const;

/** Shapefile shape types: polyline, polygon (plain, Z, M). */
const SHAPE_KINDS: Record<number, LineFeatureKind> = {
  3: 'line',
  13: 'line',
  23: 'line',
  5: 'polygon',
  15: 'polygon',
  25: 'polygon',
};

type RawGeometry = LineString | MultiLineString | Polygon | MultiPolygon;

interface RawFeature {
  index: number;
  geometry: RawGeometry;
  properties: Record<string, AttributeValue>;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** The wanted geometries, named for a message. */
function kindsWanted(options: ReadLineOptions): Message {
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
function wellFormed(geometry: { type: string; coordinates?: unknown }): boolean {
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

function countVertices(features: readonly RawFeature[]): number {
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
function chooseProjection(
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

function nothingUsable(file: string, skipped: number, options: ReadLineOptions): LineFileFailure {
  return {
    status: 'error',
    file,
    reason: message('travelNoUsableFeatures', { file, skipped, kinds: kindsWanted(options) }),
  };
}

function tooManyVertices(file: string, vertices: number, options: ReadLineOptions): LineFileFailure | null {
  if (vertices <= options.maximumVertices) return null;
  return {
    status: 'error',
    file,
    reason: message('travelTooManyVertices', { file, vertices, most: options.maximumVertices }),
  };
}

/** The archive or its table cannot be read: the reader's own words, after the file's name. */
function unreadable(file: string, error: unknown): LineFileFailure {
  const reason = error instanceof Error ? error.message : String(error);
  return { status: 'error', file, reason: message('travelZipUnreadable', { file, reason }) };
}

async function readZippedShapefile(
  bytes: Uint8Array,
  file: string,
  options: ReadLineOptions,
): Promise<LineFileResult> {
  const sizes = measureZipEntries(bytes);
  if (sizes && sizes.inflatedBytes > MAX_INFLATED_BYTES) {
    return {
      status: 'error',
      file,
      reason: message('travelZipTooLarge', {
        file,
        megabytes: Number.isFinite(sizes.inflatedBytes) ? megabytes(sizes.inflatedBytes) : '>4096',
        most: MAX_INFLATED_BYTES / 1024 / 1024,
      }),
    };
  }
  let entries: Map<string, Uint8Array>;
  try {
    entries = await unzipEntries(bytes);
  } catch (error) {
    return unreadable(file, error);
  }
  const names = [...entries.keys()].filter((name) => !name.includes('__MACOSX'));
  const shapeNames = names.filter((name) => extensionOf(name) === 'shp');
  const shapeType = (name: string) => {
    const shp = entries.get(name);
    return shp && shp.byteLength >= 100 ? new DataView(shp.buffer, shp.byteOffset).getInt32(32, true) : -1;
  };
  const layers = shapeNames.filter((name) => {
    const kind = SHAPE_KINDS[shapeType(name)];
    return kind !== undefined && options.accept.includes(kind);
  });
  const shapeName = layers[0];
  if (!shapeName) {
    return {
      status: 'error',
      file,
      reason:
        shapeNames.length === 0
          ? message('travelZipNoShp', { file })
          : message('travelZipWrongShapes', { file, kinds: kindsWanted(options) }),
    };
  }
  const notes: Message[] = [];
  if (layers.length > 1)
    notes.push(message('travelZipSeveralLayers', { count: layers.length, layer: shapeName }));
  const base = shapeName.slice(0, -4).toLowerCase();
  const sibling = (extension: string) =>
    names.find((name) => name.toLowerCase() === `${base}.${extension}`) ?? null;
  const textOf = (name: string | null) => (name ? new TextDecoder().decode(entries.get(name)) : undefined);
  const shp = entries.get(shapeName) ?? new Uint8Array();
  // Every vertex takes 16 bytes of the .shp (x and y): a bound known before parsing anything.
  const refused = tooManyVertices(file, Math.floor(shp.byteLength / 16), options);
  if (refused) return refused;
  let table: ReturnType<typeof readDbf> | null = null;
  const dbfName = sibling('dbf');
  if (dbfName) {
    try {
      table = readDbf(entries.get(dbfName) ?? new Uint8Array(), textOf(sibling('cpg')), options.encoding);
    } catch (error) {
      return unreadable(file, error);
    }
  } else notes.push(message('travelZipNoDbf'));
  let geometries: (RawGeometry | null)[];
  try {
    geometries = parseShp(
      new DataView(shp.buffer, shp.byteOffset, shp.byteLength) as unknown as ArrayBuffer,
    ) as (RawGeometry | null)[];
  } catch (error) {
    return {
      status: 'error',
      file,
      reason: message('travelShpUnreadable', {
        file,
        layer: shapeName,
        reason: error instanceof Error ? error.message : String(error),
      }),
    };
  }
  const raw: RawFeature[] = [];
  const skipped: SkippedFeature[] = [];
  geometries.forEach((geometry, index) => {
    if (!geometry || !wellFormed(geometry))
      skipped.push({ index, reason: message('travelFeatureNoGeometry') });
    else raw.push({ index, geometry, properties: table?.records[index] ?? {} });
  });
  if (raw.length === 0) return nothingUsable(file, skipped.length, options);
  const fields = fieldsOf(
    raw.map((feature) => feature.properties),
    table?.fields,
  );
  const attributeEncoding = table ? { encoding: table.encoding, source: table.encodingSource } : null;
  const prjText = textOf(sibling('prj'));
  return chooseProjection(
    'shapefile',
    file,
    raw,
    geometries.length,
    skipped,
    fields,
    prjText === undefined ? null : { source: 'prj', text: prjText },
    attributeEncoding,
    notes,
    options,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readGeoJson(bytes: Uint8Array, file: string, options: ReadLineOptions): LineFileResult {
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

/**
 * Reads a .geojson/.json file or a .zip holding a Shapefile. Never throws.
 * @example
 * const read = await readLineFeatures(bytes, '道路.zip', { accept: ['line'], maximumVertices: 3_000_000 });
 * if (read.status === 'needs-projection') readLineFeatures(bytes, '道路.zip', { ...options, projection: read.candidates[0].id });
 */
export async function readLineFeatures(
  bytes: Uint8Array,
  file: string,
  options: ReadLineOptions,
): Promise<LineFileResult> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return {
      status: 'error',
      file,
      reason: message('travelFileTooLarge', {
        file,
        megabytes: megabytes(bytes.byteLength),
        most: MAX_IMPORT_BYTES / 1024 / 1024,
      }),
    };
  }
  const extension = extensionOf(file);
  if (extension === 'zip' || (bytes[0] === 0x50 && bytes[1] === 0x4b))
    return readZippedShapefile(bytes, file, options);
  if (extension === 'shp' || extension === 'dbf' || extension === 'shx') {
    return { status: 'error', file, reason: message('travelShapefileNotZipped') };
  }
  if (extension === 'pbf' || file.toLowerCase().endsWith('.osm.pbf')) {
    return { status: 'error', file, reason: message('travelPbfNotRead', { file }) };
  }
  return readGeoJson(bytes, file, options);
}
