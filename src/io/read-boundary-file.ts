/**
 * Reads official boundaries: GeoJSON, or a zipped Shapefile (.shp + .dbf + .prj + .cpg). The
 * projection is never guessed silently: when a file does not say (no .prj, or projected
 * GeoJSON without a crs), the result asks for it, with candidates and what the coordinates'
 * size suggests, and the call is repeated with the user's choice.
 */
import { booleanPointInPolygon, unkinkPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { parseShp } from 'shpjs';
import { errorMessage, type Message, type MessageKey, message, sentences } from '../domain/message.ts';
import { fileSizeProblem } from './decode-text.ts';
import { findPolygonCrossings, type RingCrossing } from './find-polygon-crossings.ts';
import { parseJsonText } from './parse-json-text.ts';
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
import { type AttributeEncodingSource, type AttributeValue, readDbf } from './read-dbf.ts';
import { unzipEntries } from './unzip-entries.ts';

/** A boundary feature as read: WGS84 polygons with the file's own attributes. */
export type BoundaryFeature = Feature<Polygon | MultiPolygon, Record<string, AttributeValue>>;

/** An attribute field with a few of its values, so the user can tell which holds names or codes. */
export interface AttributeField {
  name: string;
  /** Up to five distinct non-empty values, as text. */
  samples: string[];
}

/** Options of a boundary read. */
export interface ReadBoundaryOptions {
  /** The user's projection: EPSG:xxxx, a proj4 string or WKT; overrides the file's. */
  projection?: string;
  /** Attribute-table encoding override (WHATWG label, e.g. gb18030). */
  encoding?: string;
  /** The district's longitude, so the projection candidates around it come first. */
  nearLongitude?: number;
}

/** Boundaries read and converted to WGS84. */
export interface BoundaryFileRead {
  status: 'ok';
  file: string;
  features: BoundaryFeature[];
  fields: AttributeField[];
  projection: ProjectionChoice & { source: 'user' | 'prj' | 'geojson-crs' | 'geojson-default' };
  /** How the attribute table was decoded (null for GeoJSON, which is always UTF-8). */
  attributeEncoding: { encoding: string; source: AttributeEncodingSource } | null;
  /** Notes (skipped features, other layers in the zip). */
  warnings: Message[];
}

/** The file does not say its projection (or the one it says does not fit): ask the user. */
export interface BoundaryProjectionNeeded {
  status: 'needs-projection';
  file: string;
  /** Why the question is asked. */
  message: Message;
  /** What the size of the coordinates suggests. */
  magnitude: CoordinateMagnitude;
  /** The zone number when the eastings carry one. */
  zone: number | null;
  /** The raw bounding box of the coordinates. */
  boundingBox: BoundingBox;
  /** Projections to offer, most likely first. */
  candidates: ProjectionChoice[];
  fields: AttributeField[];
}

/** The file cannot be read as boundaries at all. */
export interface BoundaryFileFailure {
  status: 'error';
  file: string;
  message: Message;
}

/** What reading a boundary file gave. */
export type BoundaryFileResult = BoundaryFileRead | BoundaryProjectionNeeded | BoundaryFileFailure;

type RawFeature = {
  geometry: Polygon | MultiPolygon | null;
  properties: Record<string, AttributeValue>;
  /** The feature's position in the file (0-based), for messages. */
  index: number;
};

/** Polygon shape types: Polygon, PolygonZ, PolygonM. */
const POLYGON_SHAPE_TYPES = new Set([5, 15, 25]);

const CHINA_EXTENT = { west: 70, east: 140, south: 0, north: 56 };

const MAGNITUDE_NAMES: Record<CoordinateMagnitude, MessageKey> = {
  geographic: 'boundaryMagnitudeGeographic',
  'projected-zone-prefix': 'boundaryMagnitudeZonePrefix',
  projected: 'boundaryMagnitudeProjected',
  unknown: 'boundaryMagnitudeUnknown',
};

/** The lower-case extension of a file name, without the dot ('' when none). */
export function extensionOf(name: string): string {
  return /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** The attribute fields of some records, each with up to five sample values (also for road and barrier files). */
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

function boundingBoxOf(features: readonly { geometry: Polygon | MultiPolygon | null }[]): BoundingBox {
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

function askForProjection(
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

function describeCrossing(crossing: RingCrossing): Message {
  const ringName = (ring: number) =>
    ring === 0 ? message('boundaryOuterRing') : message('boundaryInnerRing', { number: ring });
  const where = `${crossing.position[0].toFixed(6)}, ${crossing.position[1].toFixed(6)}`;
  return crossing.ring === crossing.otherRing
    ? message('boundaryRingCrossesItself', { ring: ringName(crossing.ring), where })
    : message('boundaryRingsCross', {
        ring: ringName(crossing.ring),
        other: ringName(crossing.otherRing),
        where,
      });
}

/** A ring without consecutive repeated vertices (the splitter refuses them). */
function withoutRepeats(ring: readonly Position[]): Position[] {
  return ring.filter(
    (position, index) =>
      index === 0 || position[0] !== ring[index - 1]?.[0] || position[1] !== ring[index - 1]?.[1],
  );
}

/** Crossings looked at when deciding whether a polygon can be split safely. */
const CROSSINGS_CONSIDERED = 50;

/**
 * The polygon split at its crossings into simple polygons, or null when that is not safe.
 * Only the outer ring is split (a bowtie or a loop left by digitising): each region it winds
 * around becomes a polygon, and each hole goes back into the part that holds it. A hole that
 * crosses a ring is refused: whether its overlap was meant as land or as a hole is a guess.
 */
function splitAtCrossings(rings: readonly Position[][]): Position[][][] | null {
  const [outer, ...holes] = rings;
  if (!outer) return null;
  const crossings = findPolygonCrossings(rings, CROSSINGS_CONSIDERED);
  if (crossings.some((crossing) => crossing.ring !== 0 || crossing.otherRing !== 0)) return null;
  try {
    const parts = unkinkPolygon({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Polygon', coordinates: [withoutRepeats(outer)] },
    }).features.map((part) => part.geometry.coordinates);
    for (const hole of holes) {
      const first = hole[0];
      const home = first
        ? parts.find((part) => booleanPointInPolygon(first, { type: 'Polygon', coordinates: part }))
        : undefined;
      if (!home) return null;
      home.push(hole);
    }
    const simple = parts.length > 0 && parts.every((part) => findPolygonCrossings(part).length === 0);
    return simple ? parts : null;
  } catch {
    // The splitter refuses some shapes (e.g. a ring touching itself at a vertex).
    return null;
  }
}

/**
 * The geometry with every self-crossing polygon split at its crossings (turf unkinkPolygon:
 * a bowtie becomes its two triangles), with a warning naming the feature, ring and point; or
 * null, with a warning, when a polygon cannot be split into simple parts and the feature is
 * left out. Crossing rings would make "which township is this school in" give wrong answers.
 */
function repairCrossings(
  geometry: Polygon | MultiPolygon,
  label: Message,
  warnings: Message[],
): Polygon | MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const repaired: Position[][][] = [];
  let changed = false;
  for (const [partIndex, rings] of polygons.entries()) {
    const [crossing] = findPolygonCrossings(rings);
    if (!crossing) {
      repaired.push(rings);
      continue;
    }
    const where =
      polygons.length > 1
        ? message('boundaryPartCrossing', { part: partIndex + 1, crossing: describeCrossing(crossing) })
        : describeCrossing(crossing);
    const parts = splitAtCrossings(rings);
    if (!parts) {
      warnings.push(message('boundarySelfCrossingSkipped', { feature: label, where }));
      return null;
    }
    warnings.push(message('boundarySelfCrossingSplit', { feature: label, where, parts: parts.length }));
    repaired.push(...parts);
    changed = true;
  }
  if (!changed) return geometry;
  return repaired.length === 1 && repaired[0]
    ? { type: 'Polygon', coordinates: repaired[0] }
    : { type: 'MultiPolygon', coordinates: repaired };
}

/** Converts raw features with the chosen projection, or asks again when the result is not in China. */
function finish(
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
function noPolygons(file: string, warnings: readonly Message[]): Message {
  return warnings.length > 0
    ? message('boundaryNoPolygonsBecause', { file, reasons: sentences(warnings) })
    : message('boundaryNoPolygons', { file });
}

function userProjection(options: ReadBoundaryOptions): BoundaryFileRead['projection'] | null | undefined {
  if (!options.projection) return undefined;
  const choice = resolveProjection(options.projection);
  return choice ? { ...choice, source: 'user' } : null;
}

/** The files of a Shapefile layer the reader uses (macOS resource forks left out). */
function isShapefilePart(name: string): boolean {
  return !name.includes('__MACOSX') && ['shp', 'dbf', 'prj', 'cpg'].includes(extensionOf(name));
}

async function readZippedShapefile(
  bytes: Uint8Array,
  file: string,
  options: ReadBoundaryOptions,
): Promise<BoundaryFileResult> {
  let entries: Map<string, Uint8Array>;
  try {
    // Only a layer's own files are inflated: pictures, documents or other data in the archive never are.
    entries = await unzipEntries(bytes, { wanted: isShapefilePart });
  } catch (error) {
    return {
      status: 'error',
      file,
      message: message('boundaryFileProblem', { file, problem: errorMessage(error) }),
    };
  }
  const names = [...entries.keys()].filter((name) => !name.includes('__MACOSX'));
  const shapeNames = names.filter((name) => extensionOf(name) === 'shp');
  const polygonLayers = shapeNames.filter((name) => {
    const shp = entries.get(name);
    return (
      shp &&
      shp.byteLength >= 100 &&
      POLYGON_SHAPE_TYPES.has(new DataView(shp.buffer, shp.byteOffset).getInt32(32, true))
    );
  });
  const shapeName = polygonLayers[0];
  if (!shapeName) {
    const problem =
      shapeNames.length === 0
        ? message('boundaryNoShp', { file })
        : message('boundaryNotPolygonLayer', { file });
    return { status: 'error', file, message: problem };
  }
  const warnings: Message[] = [];
  if (polygonLayers.length > 1) {
    warnings.push(message('boundaryManyLayers', { count: polygonLayers.length, layer: shapeName }));
  }
  const base = shapeName.slice(0, -4).toLowerCase();
  const sibling = (extension: string) =>
    names.find((name) => name.toLowerCase() === `${base}.${extension}`) ?? null;
  const dbfName = sibling('dbf');
  const prjName = sibling('prj');
  const cpgName = sibling('cpg');
  const textOf = (name: string | null) => (name ? new TextDecoder().decode(entries.get(name)) : undefined);
  let table: ReturnType<typeof readDbf> | null = null;
  if (dbfName) {
    try {
      table = readDbf(entries.get(dbfName) ?? new Uint8Array(), textOf(cpgName), options.encoding);
    } catch (error) {
      return {
        status: 'error',
        file,
        message: message('boundaryFileProblem', { file, problem: errorMessage(error) }),
      };
    }
  } else {
    warnings.push(message('boundaryNoDbf'));
  }
  let geometries: (Polygon | MultiPolygon | null)[];
  try {
    const shp = entries.get(shapeName) ?? new Uint8Array();
    geometries = parseShp(
      new DataView(shp.buffer, shp.byteOffset, shp.byteLength) as unknown as ArrayBuffer,
    ) as (Polygon | MultiPolygon | null)[];
  } catch (error) {
    return {
      status: 'error',
      file,
      message: message('boundaryShpUnreadable', {
        file,
        layer: shapeName,
        reason: error instanceof Error ? error.message : String(error),
      }),
    };
  }
  const raw: RawFeature[] = geometries.map((geometry, index) => ({
    geometry,
    properties: table?.records[index] ?? {},
    index,
  }));
  const fields = fieldsOf(
    raw.map((feature) => feature.properties),
    table?.fields,
  );
  const attributeEncoding = table ? { encoding: table.encoding, source: table.encodingSource } : null;
  const chosen = userProjection(options);
  if (chosen === null)
    return askForProjection(
      file,
      message('boundaryChosenProjectionUnknown', { projection: options.projection ?? '' }),
      raw,
      fields,
      options.nearLongitude,
    );
  if (chosen) return finish(file, raw, fields, chosen, attributeEncoding, warnings, options.nearLongitude);
  const prjText = textOf(prjName);
  if (prjText === undefined) {
    return askForProjection(file, message('boundaryNoPrj', { file }), raw, fields, options.nearLongitude);
  }
  const fromPrj = resolveProjection(prjText);
  if (!fromPrj) {
    return askForProjection(file, message('boundaryPrjUnknown'), raw, fields, options.nearLongitude);
  }
  return finish(
    file,
    raw,
    fields,
    { ...fromPrj, source: 'prj' },
    attributeEncoding,
    warnings,
    options.nearLongitude,
  );
}

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

function readGeoJsonBoundaries(text: string, file: string, options: ReadBoundaryOptions): BoundaryFileResult {
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
  const chosen = userProjection(options);
  if (chosen === null)
    return askForProjection(
      file,
      message('boundaryChosenProjectionUnknown', { projection: options.projection ?? '' }),
      raw,
      fields,
      options.nearLongitude,
    );
  if (chosen) return finish(file, raw, fields, chosen, null, warnings, options.nearLongitude);
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
    return finish(
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
    return finish(
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

/**
 * Reads a boundary file (.geojson/.json, or .zip holding a Shapefile). Never throws.
 * @example
 * const first = await readBoundaryFile(bytes, '乡镇界.zip');
 * if (first.status === 'needs-projection') {
 *   const again = await readBoundaryFile(bytes, '乡镇界.zip', { projection: first.candidates[0].id });
 * }
 */
export async function readBoundaryFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadBoundaryOptions = {},
): Promise<BoundaryFileResult> {
  const tooLarge = fileSizeProblem(bytes.byteLength, fileName);
  if (tooLarge) return { status: 'error', file: fileName, message: tooLarge };
  const extension = extensionOf(fileName);
  const zipped = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (extension === 'zip' || zipped) return readZippedShapefile(bytes, fileName, options);
  if (extension === 'shp' || extension === 'dbf' || extension === 'shx') {
    return {
      status: 'error',
      file: fileName,
      message: message('boundaryZipShapefile'),
    };
  }
  return readGeoJsonBoundaries(new TextDecoder().decode(bytes), fileName, options);
}
