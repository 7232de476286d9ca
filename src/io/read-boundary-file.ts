/**
 * Reads official boundaries: GeoJSON, or a zipped Shapefile (.shp + .dbf + .prj + .cpg). The
 * projection is never guessed silently: when a file does not say (no .prj, or projected
 * GeoJSON without a crs), the result asks for it, with candidates and what the coordinates'
 * size suggests, and the call is repeated with the user's choice.
 */
import { booleanPointInPolygon, unkinkPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { parseShp } from 'shpjs';
import { fileSizeProblem } from './decode-text.ts';
import { findPolygonCrossings, type RingCrossing } from './find-polygon-crossings.ts';
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
  /** Notes in Chinese (skipped features, other layers in the zip). */
  warnings: string[];
}

/** The file does not say its projection (or the one it says does not fit): ask the user. */
export interface BoundaryProjectionNeeded {
  status: 'needs-projection';
  file: string;
  /** Why the question is asked, in Chinese. */
  message: string;
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
  message: string;
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

const MAGNITUDE_LABELS: Record<CoordinateMagnitude, string> = {
  geographic: '坐标数值像经纬度（度）',
  'projected-zone-prefix': '坐标数值像带号前缀的高斯-克吕格投影坐标（米）',
  projected: '坐标数值像不带带号的高斯-克吕格投影坐标（米）',
  unknown: '坐标数值看不出是经纬度还是投影坐标',
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
  message: string,
  features: readonly RawFeature[],
  fields: AttributeField[],
  nearLongitude: number | undefined,
): BoundaryProjectionNeeded {
  const boundingBox = boundingBoxOf(features);
  const { magnitude, zone } = classifyMagnitude(boundingBox);
  return {
    status: 'needs-projection',
    file,
    message: `${message}；${MAGNITUDE_LABELS[magnitude]}，请选择坐标系`,
    magnitude,
    zone,
    boundingBox,
    candidates: projectionCandidates(boundingBox, nearLongitude),
    fields,
  };
}

/** 第 3 个要素（桥圩镇）: the position and, when a name-like attribute has one, the name. */
function describeFeature(feature: RawFeature): string {
  const nameKey = Object.keys(feature.properties).find(
    (key) => /xzqmc|名称|name|乡镇|街道|^mc$/i.test(key) && typeof feature.properties[key] === 'string',
  );
  const name = nameKey === undefined ? '' : String(feature.properties[nameKey]).slice(0, 30);
  return `第 ${feature.index + 1} 个要素${name ? `（${name}）` : ''}`;
}

function describeCrossing(crossing: RingCrossing): string {
  const ringName = (ring: number) => (ring === 0 ? '外环' : `第 ${ring} 个内环`);
  const where = `${crossing.position[0].toFixed(6)}, ${crossing.position[1].toFixed(6)}`;
  return crossing.ring === crossing.otherRing
    ? `${ringName(crossing.ring)}在 ${where} 附近与自身交叉`
    : `${ringName(crossing.ring)}与${ringName(crossing.otherRing)}在 ${where} 附近交叉`;
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
  label: string,
  warnings: string[],
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
    const part = polygons.length > 1 ? `第 ${partIndex + 1} 部分的` : '';
    const problem = `${label}的边界自相交（${part}${describeCrossing(crossing)}）`;
    const parts = splitAtCrossings(rings);
    if (!parts) {
      warnings.push(`${problem}，无法自动修复，已跳过该要素；请在 GIS 软件中修复后重新导入`);
      return null;
    }
    warnings.push(`${problem}，已在交叉处拆分为 ${parts.length} 个不自相交的面，请核对`);
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
  warnings: string[],
  nearLongitude: number | undefined,
): BoundaryFileResult {
  let transform: (position: Position) => [number, number];
  try {
    transform = toWgs84Transform(projection);
  } catch {
    return askForProjection(file, `无法使用坐标系“${projection.label}”`, raw, fields, nearLongitude);
  }
  const converted: RawFeature[] = [];
  for (const feature of raw) {
    if (!feature.geometry) warnings.push(`第 ${feature.index + 1} 个要素没有几何，已跳过`);
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
      `按“${projection.label}”换算后坐标不在中国范围内，坐标系可能不对`,
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
    if (geometry) features.push({ type: 'Feature', geometry, properties: feature.properties });
  }
  if (features.length === 0) {
    const why = warnings.length > 0 ? `：${warnings.join('；')}` : '';
    return { status: 'error', file, message: `${file} 中没有可用的面要素（Polygon/MultiPolygon）${why}` };
  }
  return { status: 'ok', file, features, fields, projection, attributeEncoding, warnings };
}

function userProjection(options: ReadBoundaryOptions): BoundaryFileRead['projection'] | null | undefined {
  if (!options.projection) return undefined;
  const choice = resolveProjection(options.projection);
  return choice ? { ...choice, source: 'user' } : null;
}

async function readZippedShapefile(
  bytes: Uint8Array,
  file: string,
  options: ReadBoundaryOptions,
): Promise<BoundaryFileResult> {
  let entries: Map<string, Uint8Array>;
  try {
    entries = await unzipEntries(bytes);
  } catch (error) {
    return {
      status: 'error',
      file,
      message: `${file}：${error instanceof Error ? error.message : String(error)}`,
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
    const message =
      shapeNames.length === 0
        ? `${file} 中没有 .shp 文件；请把同名的 .shp、.dbf、.prj（和 .cpg）一起压缩成 zip`
        : `${file} 中的图层不是面（Polygon）图层，无法作为界线`;
    return { status: 'error', file, message };
  }
  const warnings: string[] = [];
  if (polygonLayers.length > 1)
    warnings.push(`压缩包中有 ${polygonLayers.length} 个面图层，只读取了 ${shapeName}`);
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
        message: `${file}：${error instanceof Error ? error.message : String(error)}`,
      };
    }
  } else {
    warnings.push('没有属性表（.dbf），无法按名称或代码对应乡镇');
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
      message: `${file}：${shapeName} 无法解析（${error instanceof Error ? error.message : String(error)}）`,
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
      `无法识别所选坐标系“${options.projection}”`,
      raw,
      fields,
      options.nearLongitude,
    );
  if (chosen) return finish(file, raw, fields, chosen, attributeEncoding, warnings, options.nearLongitude);
  const prjText = textOf(prjName);
  if (prjText === undefined) {
    return askForProjection(file, `${file} 中没有坐标系文件（.prj）`, raw, fields, options.nearLongitude);
  }
  const fromPrj = resolveProjection(prjText);
  if (!fromPrj) return askForProjection(file, `无法识别 .prj 中的坐标系`, raw, fields, options.nearLongitude);
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
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      status: 'error',
      file,
      message: `${file} 不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const featureList: unknown[] = isRecord(document)
    ? document.type === 'FeatureCollection' && Array.isArray(document.features)
      ? document.features
      : document.type === 'Feature'
        ? [document]
        : []
    : [];
  if (featureList.length === 0) return { status: 'error', file, message: `${file} 不是含要素的 GeoJSON` };
  const warnings: string[] = [];
  const raw: RawFeature[] = [];
  featureList.forEach((feature, index) => {
    const geometry = isRecord(feature) && isRecord(feature.geometry) ? feature.geometry : null;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
      warnings.push(`第 ${index + 1} 个要素不是面（${String(geometry?.type ?? '无几何')}），已跳过`);
      return;
    }
    if (!wellFormed(geometry)) {
      warnings.push(`第 ${index + 1} 个要素的坐标不完整（每个环至少 4 个点，每个点两个数字），已跳过`);
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
  if (raw.length === 0) {
    const why = warnings.length > 0 ? `：${warnings.join('；')}` : '';
    return { status: 'error', file, message: `${file} 中没有可用的面要素（Polygon/MultiPolygon）${why}` };
  }
  const fields = fieldsOf(raw.map((feature) => feature.properties));
  const chosen = userProjection(options);
  if (chosen === null)
    return askForProjection(
      file,
      `无法识别所选坐标系“${options.projection}”`,
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
        `无法识别 GeoJSON 中的坐标系“${crs}”`,
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
    `${file} 没有注明坐标系，坐标也不是经纬度`,
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
      message: `请把 Shapefile 的 .shp、.dbf、.prj（和 .cpg）文件一起压缩成一个 zip 再导入`,
    };
  }
  return readGeoJsonBoundaries(new TextDecoder().decode(bytes), fileName, options);
}
