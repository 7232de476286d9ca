/**
 * Reads official boundaries: GeoJSON, or a zipped Shapefile (.shp + .dbf + .prj + .cpg). The
 * projection is never guessed silently: when a file does not say (no .prj, or projected
 * GeoJSON without a crs), the result asks for it, with candidates and what the coordinates'
 * size suggests, and the call is repeated with the user's choice.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { parseShp } from 'shpjs';
import { fileSizeProblem } from './decode-text.ts';
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

type RawFeature = { geometry: Polygon | MultiPolygon | null; properties: Record<string, AttributeValue> };

/** Polygon shape types: Polygon, PolygonZ, PolygonM. */
const POLYGON_SHAPE_TYPES = new Set([5, 15, 25]);

const CHINA_EXTENT = { west: 70, east: 140, south: 0, north: 56 };

const MAGNITUDE_LABELS: Record<CoordinateMagnitude, string> = {
  geographic: '坐标数值像经纬度（度）',
  'projected-zone-prefix': '坐标数值像带号前缀的高斯-克吕格投影坐标（米）',
  projected: '坐标数值像不带带号的高斯-克吕格投影坐标（米）',
  unknown: '坐标数值看不出是经纬度还是投影坐标',
};

function extensionOf(name: string): string {
  return /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

function fieldsOf(
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

function boundingBoxOf(features: readonly RawFeature[]): BoundingBox {
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
  const features: BoundaryFeature[] = [];
  raw.forEach((feature, index) => {
    if (!feature.geometry) {
      warnings.push(`第 ${index + 1} 个要素没有几何，已跳过`);
      return;
    }
    features.push({
      type: 'Feature',
      geometry: reproject(feature.geometry, transform),
      properties: feature.properties,
    });
  });
  const box = boundingBoxOf(features);
  const inChina =
    box[0] >= CHINA_EXTENT.west &&
    box[2] <= CHINA_EXTENT.east &&
    box[1] >= CHINA_EXTENT.south &&
    box[3] <= CHINA_EXTENT.north;
  if (features.length > 0 && !inChina) {
    return askForProjection(
      file,
      `按“${projection.label}”换算后坐标不在中国范围内，坐标系可能不对`,
      raw,
      fields,
      nearLongitude,
    );
  }
  if (features.length === 0)
    return { status: 'error', file, message: `${file} 中没有面要素（Polygon/MultiPolygon）` };
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

function attributeValue(value: unknown): AttributeValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
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
    const properties = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    raw.push({
      geometry: geometry as unknown as Polygon | MultiPolygon,
      properties: Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [key, attributeValue(value)]),
      ),
    });
  });
  if (raw.length === 0)
    return { status: 'error', file, message: `${file} 中没有面要素（Polygon/MultiPolygon）` };
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
