/**
 * Reads a reference layer — roads, rivers, villages, parcels, planning red lines — from GeoJSON,
 * a zipped Shapefile or KML/KMZ: points, lines and polygons converted to WGS84 (a projection
 * from the .prj or the GeoJSON crs, or the user's; GCJ-02/BD-09 longitudes and latitudes when the
 * user says so), each feature accepted or rejected with a message naming it. Pure and
 * asynchronous only for unzipping; sizes are checked before work, and it never throws.
 */
import type { Feature, Geometry, Position } from 'geojson';
import { type Message, message } from '../domain/message.ts';
import { type ReferenceField, referenceFields } from '../domain/reference-fields.ts';
import {
  REFERENCE_KIND_STYLES,
  type ReferenceLayer,
  type ReferenceLayerKind,
  type ReferenceProperties,
} from '../domain/reference-layer.ts';
import { type CoordinateSystem, convertToWgs84 } from './convert-coordinates.ts';
import { measureZipEntries } from './measure-zip-entries.ts';
import {
  type BoundingBox,
  classifyMagnitude,
  type ProjectionChoice,
  projectionCandidates,
  resolveProjection,
  toWgs84Transform,
} from './projections.ts';
import { readKml } from './read-kml.ts';
import { readReferenceShapefile } from './read-reference-shapefile.ts';
import { unzipEntries } from './unzip-entries.ts';

/** Largest file read, bytes: a county's roads as GeoJSON are a few MB. */
export const MAX_REFERENCE_FILE_BYTES = 100 * 1024 * 1024;
/** Largest archive once unpacked, bytes. */
export const MAX_REFERENCE_INFLATED_BYTES = 300 * 1024 * 1024;
/** Most vertices in one layer: it is drawn on every map and kept in the browser with the project. */
export const MAX_REFERENCE_VERTICES = 500_000;

/** China and its seas, to catch coordinates in the wrong system. */
const CHINA_EXTENT = { west: 70, east: 140, south: 0, north: 56 };

/** Options of a read. */
export interface ReadReferenceOptions {
  /** The user's projection (EPSG:xxxx, proj4 or WKT); overrides the file's. */
  projection?: string;
  /** The longitude–latitude system of the file, when it is not WGS84/CGCS2000. */
  coordinates?: CoordinateSystem;
  /** Attribute-table encoding override. */
  encoding?: string;
  /** The district's longitude, so projection candidates around it come first. */
  nearLongitude?: number;
}

/** A feature left out, with why. */
export interface RejectedReferenceFeature {
  /** 1-based position in the file. */
  number: number;
  message: Message;
}

export type { ReferenceField } from '../domain/reference-fields.ts';
export { referenceFields } from '../domain/reference-fields.ts';

/** The layer as read, ready to be named and added. */
export type ReferenceLayerDraft = Omit<ReferenceLayer, 'id' | 'visible'>;

/** What a read gives. */
export type ReferenceLayerRead =
  | {
      status: 'ok';
      file: string;
      layer: ReferenceLayerDraft;
      fields: ReferenceField[];
      rejected: RejectedReferenceFeature[];
      warnings: Message[];
      counts: { points: number; lines: number; polygons: number };
      /** The projection used, or null for longitude–latitude. */
      projection: ProjectionChoice | null;
    }
  | { status: 'needs-projection'; file: string; message: Message; candidates: ProjectionChoice[] }
  | { status: 'error'; file: string; message: Message };

interface RawFeature {
  geometry: Geometry | null;
  properties: ReferenceProperties;
}

const SUPPORTED = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function megabytes(bytes: number): string {
  return Number.isFinite(bytes) ? (bytes / 1024 / 1024).toFixed(1) : '>4096';
}

function extensionOf(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1).toLowerCase();
}

/** Every position of a geometry, however nested. */
function positionsOf(geometry: Geometry): Position[] {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(positionsOf);
  const flatten = (value: unknown): Position[] =>
    Array.isArray(value) && typeof value[0] === 'number'
      ? [value as Position]
      : (value as unknown[]).flatMap(flatten);
  return Array.isArray(geometry.coordinates) ? flatten(geometry.coordinates) : [];
}

function mapPositions(geometry: Geometry, convert: (position: Position) => Position): Geometry {
  const map = (value: unknown): unknown =>
    Array.isArray(value) && typeof value[0] === 'number'
      ? convert(value as Position)
      : (value as unknown[]).map(map);
  if (geometry.type === 'GeometryCollection') return geometry;
  return { ...geometry, coordinates: map(geometry.coordinates) } as Geometry;
}

function attribute(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

function propertiesOf(value: unknown): ReferenceProperties {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, attribute(item)]));
}

/** The raw features of GeoJSON text, and the projection its `crs` names. */
function readGeojson(text: string, file: string): { features: RawFeature[]; crs: string | null } | Message {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return message('referenceErrorJson', { file, reason: reasonOf(error) });
  }
  const record = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  const crsName = (record.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  const crs = typeof crsName === 'string' ? crsName : null;
  if (record.type === 'FeatureCollection' && Array.isArray(record.features)) {
    const features = record.features.map((feature: unknown) => {
      const item = (typeof feature === 'object' && feature !== null ? feature : {}) as Record<
        string,
        unknown
      >;
      return {
        geometry: (item.geometry ?? null) as Geometry | null,
        properties: propertiesOf(item.properties),
      };
    });
    return { features, crs };
  }
  if (record.type === 'Feature')
    return {
      features: [
        {
          geometry: (record.geometry ?? null) as Geometry | null,
          properties: propertiesOf(record.properties),
        },
      ],
      crs,
    };
  if (typeof record.type === 'string' && 'coordinates' in record)
    return { features: [{ geometry: record as unknown as Geometry, properties: {} }], crs };
  return message('referenceErrorNotGeojson', { file });
}

/** The file's features and what it says about its projection, or a refusal. */
async function readRawFeatures(
  bytes: Uint8Array,
  file: string,
  options: ReadReferenceOptions,
): Promise<
  { features: RawFeature[]; projection: string | null; lonLat: boolean; warnings: Message[] } | Message
> {
  const extension = extensionOf(file);
  if (extension === 'geojson' || extension === 'json') {
    const read = readGeojson(new TextDecoder().decode(bytes), file);
    if ('key' in read) return read;
    return { features: read.features, projection: read.crs, lonLat: false, warnings: [] };
  }
  if (extension === 'kml') {
    const read = readKml(new TextDecoder().decode(bytes), file);
    if (!read.ok) return read.message;
    return { features: read.features.map(fromKml), projection: null, lonLat: true, warnings: [] };
  }
  if (extension !== 'zip' && extension !== 'kmz') return message('referenceErrorFormat', { file });
  const sizes = measureZipEntries(bytes);
  if (!sizes) return message('referenceErrorZip', { file, reason: message('referenceNotZip') });
  if (sizes.inflatedBytes > MAX_REFERENCE_INFLATED_BYTES) {
    return message('referenceErrorInflatedTooLarge', {
      file,
      megabytes: megabytes(sizes.inflatedBytes),
      limit: MAX_REFERENCE_INFLATED_BYTES / 1024 / 1024,
    });
  }
  let entries: Map<string, Uint8Array>;
  try {
    entries = await unzipEntries(bytes);
  } catch (error) {
    return message('referenceErrorZip', { file, reason: reasonOf(error) });
  }
  const kmlName = [...entries.keys()].find((name) => extensionOf(name) === 'kml');
  const hasShape = [...entries.keys()].some((name) => extensionOf(name) === 'shp');
  if (!hasShape && kmlName) {
    const read = readKml(new TextDecoder().decode(entries.get(kmlName)), file);
    if (!read.ok) return read.message;
    return { features: read.features.map(fromKml), projection: null, lonLat: true, warnings: [] };
  }
  if (extension === 'kmz') return message('referenceErrorNoKml', { file });
  const shapefile = readReferenceShapefile(entries, file, options.encoding);
  if (!shapefile.ok) return shapefile.message;
  const { contents } = shapefile;
  return {
    features: contents.shapes.map((geometry, index) => ({
      geometry,
      properties: propertiesOf(contents.records[index]),
    })),
    projection: contents.prj,
    lonLat: false,
    warnings: contents.warnings,
  };
}

function fromKml(feature: Feature<Geometry | null>): RawFeature {
  return { geometry: feature.geometry, properties: propertiesOf(feature.properties) };
}

function boundingBox(features: readonly RawFeature[]): BoundingBox {
  const box: BoundingBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of features) {
    if (!feature.geometry) continue;
    for (const [x = Number.NaN, y = Number.NaN] of positionsOf(feature.geometry)) {
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  return box;
}

/** A field that holds names, by the usual field names of Chinese and international data. */
function guessLabelField(fields: readonly ReferenceField[]): string | null {
  const names = /^(name|名称|名字|地名|村名|路名|河名|河流名称|道路名称|mc|xzqmc|cm|zwmc|name_zh|name:zh)$/i;
  const chosen =
    fields.find((field) => names.test(field.name) && field.samples.length > 0) ??
    fields.find((field) => /名称|名$/.test(field.name) && field.samples.length > 0);
  return chosen?.name ?? null;
}

function guessKind(
  file: string,
  counts: { points: number; lines: number; polygons: number },
): ReferenceLayerKind {
  if (/红线|控制线|redline/i.test(file)) return 'red-line';
  if (/河|江|水系|溪|river|water/i.test(file)) return 'river';
  if (/路|道|road|street/i.test(file)) return 'road';
  if (/村|屯|社区|village/i.test(file)) return 'village';
  if (/地块|宗地|用地|parcel|land/i.test(file)) return 'parcel';
  if (counts.points >= counts.lines && counts.points >= counts.polygons) return 'village';
  if (counts.lines >= counts.polygons) return 'road';
  return 'parcel';
}

/**
 * Reads a reference layer file. Never throws.
 * @example const read = await readReferenceLayer(bytes, '规划道路.geojson'); if (read.status === 'ok') add(read.layer)
 */
export async function readReferenceLayer(
  bytes: Uint8Array,
  file: string,
  options: ReadReferenceOptions = {},
): Promise<ReferenceLayerRead> {
  try {
    if (bytes.byteLength > MAX_REFERENCE_FILE_BYTES) {
      const values = {
        file,
        megabytes: megabytes(bytes.byteLength),
        limit: MAX_REFERENCE_FILE_BYTES / 1024 / 1024,
      };
      return { status: 'error', file, message: message('referenceErrorTooLarge', values) };
    }
    const raw = await readRawFeatures(bytes, file, options);
    if ('key' in raw) return { status: 'error', file, message: raw };
    let vertices = 0;
    for (const feature of raw.features)
      vertices += feature.geometry ? positionsOf(feature.geometry).length : 0;
    if (vertices > MAX_REFERENCE_VERTICES) {
      const values = { file, count: vertices, limit: MAX_REFERENCE_VERTICES };
      return { status: 'error', file, message: message('referenceErrorTooManyVertices', values) };
    }
    let projection: ProjectionChoice | null = null;
    if (options.projection) {
      projection = resolveProjection(options.projection);
      if (!projection) {
        const box = boundingBox(raw.features);
        const candidates = projectionCandidates(box, options.nearLongitude);
        const refusal = message('referenceErrorUnknownProjection', { projection: options.projection });
        return { status: 'needs-projection', file, message: refusal, candidates };
      }
    } else if (!raw.lonLat && raw.projection) {
      projection = resolveProjection(raw.projection);
    }
    const box = boundingBox(raw.features);
    if (!projection && !raw.lonLat && classifyMagnitude(box).magnitude !== 'geographic') {
      return {
        status: 'needs-projection',
        file,
        message: message('referenceNeedsProjection', { file }),
        candidates: projectionCandidates(box, options.nearLongitude),
      };
    }
    if (projection && /longlat/.test(projection.definition)) projection = null;
    return finish(file, raw.features, projection, options.coordinates ?? 'wgs84', raw.warnings);
  } catch (error) {
    return {
      status: 'error',
      file,
      message: message('referenceErrorUnexpected', { file, reason: reasonOf(error) }),
    };
  }
}

function finish(
  file: string,
  features: readonly RawFeature[],
  projection: ProjectionChoice | null,
  coordinates: CoordinateSystem,
  warnings: Message[],
): ReferenceLayerRead {
  const project = projection ? toWgs84Transform(projection) : null;
  const convert = (position: Position): Position => {
    const [x = Number.NaN, y = Number.NaN] = position;
    const lonLat: [number, number] = project ? project([x, y]) : [x, y];
    const [lon, lat] = coordinates === 'wgs84' ? lonLat : convertToWgs84(lonLat, coordinates);
    return [Number(lon.toFixed(7)), Number(lat.toFixed(7))];
  };
  const accepted: Feature<Geometry, ReferenceProperties>[] = [];
  const rejected: RejectedReferenceFeature[] = [];
  const counts = { points: 0, lines: 0, polygons: 0 };
  features.forEach((feature, index) => {
    const number = index + 1;
    const name = String(feature.properties.name ?? feature.properties.名称 ?? '');
    const label = name === '' ? '' : `（${name}）`;
    if (!feature.geometry) {
      rejected.push({ number, message: message('referenceRejectedNoGeometry', { number, name: label }) });
      return;
    }
    if (!SUPPORTED.has(feature.geometry.type)) {
      const values = { number, name: label, type: feature.geometry.type };
      rejected.push({ number, message: message('referenceRejectedGeometryType', values) });
      return;
    }
    const geometry = mapPositions(feature.geometry, convert);
    const positions = positionsOf(geometry);
    if (positions.length === 0 || positions.some((position) => !position.every(Number.isFinite))) {
      rejected.push({ number, message: message('referenceRejectedCoordinates', { number, name: label }) });
      return;
    }
    const outside = positions.find(
      ([lon = 0, lat = 0]) =>
        lon < CHINA_EXTENT.west ||
        lon > CHINA_EXTENT.east ||
        lat < CHINA_EXTENT.south ||
        lat > CHINA_EXTENT.north,
    );
    if (outside) {
      const values = { number, name: label, lon: String(outside[0]), lat: String(outside[1]) };
      rejected.push({ number, message: message('referenceRejectedOutside', values) });
      return;
    }
    if (geometry.type.endsWith('Point')) counts.points += 1;
    else if (geometry.type.endsWith('LineString')) counts.lines += 1;
    else counts.polygons += 1;
    accepted.push({ type: 'Feature', properties: feature.properties, geometry });
  });
  if (accepted.length === 0) {
    return {
      status: 'error',
      file,
      message: message('referenceErrorNoFeatures', { file, rejected: rejected.length }),
    };
  }
  const fields = referenceFields(features);
  const kind = guessKind(file, counts);
  const style = REFERENCE_KIND_STYLES[kind];
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return {
    status: 'ok',
    file,
    layer: {
      name: base || file,
      kind,
      colour: style.colour,
      width: style.width,
      labelField: guessLabelField(fields),
      file,
      source: file,
      features: { type: 'FeatureCollection', features: accepted },
    },
    fields,
    rejected,
    warnings,
    counts,
    projection,
  };
}
