/**
 * Reads the line or polygon layer of a zipped Shapefile: the archive's unpacked size checked
 * before unpacking, the vertex count bounded by the .shp's size before parsing, the attribute
 * table decoded, the projection from the .prj. Never throws.
 */
import { parseShp } from 'shpjs';
import { type Message, message } from '../domain/message.ts';
import {
  chooseProjection,
  kindsWanted,
  megabytes,
  nothingUsable,
  tooManyVertices,
  wellFormed,
} from './finish-line-features.ts';
import {
  type LineFeatureKind,
  type LineFileFailure,
  type LineFileResult,
  MAX_INFLATED_BYTES,
  type RawFeature,
  type RawGeometry,
  type ReadLineOptions,
  type SkippedFeature,
} from './line-features.ts';
import { measureZipEntries } from './measure-zip-entries.ts';
import { extensionOf, fieldsOf } from './read-boundary-file.ts';
import { readDbf } from './read-dbf.ts';
import { unzipEntries } from './unzip-entries.ts';

/** Shapefile shape types: polyline, polygon (plain, Z, M). */
const SHAPE_KINDS: Record<number, LineFeatureKind> = {
  3: 'line',
  13: 'line',
  23: 'line',
  5: 'polygon',
  15: 'polygon',
  25: 'polygon',
};

/** The archive or its table cannot be read: the reader's own words, after the file's name. */
function unreadable(file: string, error: unknown): LineFileFailure {
  const reason = error instanceof Error ? error.message : String(error);
  return { status: 'error', file, reason: message('travelZipUnreadable', { file, reason }) };
}

/**
 * Reads the first layer of lines or polygons (as `options.accept` asks) of a zipped Shapefile.
 * @example await readZippedLineShapefile(bytes, '道路.zip', { accept: ['line'], maximumVertices: 3_000_000 })
 */
export async function readZippedLineShapefile(
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
