/**
 * Reads a zipped Shapefile layer (.shp + .dbf + .prj + .cpg) as boundaries: only the layer's own
 * files are inflated; the projection comes from the user, else the .prj, else a question.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { parseShp } from 'shpjs';
import { errorMessage, type Message, message } from '../domain/message.ts';
import type { BoundaryFileResult, RawFeature, ReadBoundaryOptions } from './boundary-file-types.ts';
import {
  askForProjection,
  fieldsOf,
  finishBoundaryRead,
  finishWithUserProjection,
} from './finish-boundary-read.ts';
import { resolveProjection } from './projections.ts';
import { readDbf } from './read-dbf.ts';
import { unzipEntries } from './unzip-entries.ts';

/** Polygon shape types: Polygon, PolygonZ, PolygonM. */
const POLYGON_SHAPE_TYPES = new Set([5, 15, 25]);

/** The extension of a file name, lower case, without the dot ('' when it has none). */
export function extensionOf(name: string): string {
  return /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
}

/** The files of a Shapefile layer the reader uses (macOS resource forks left out). */
function isShapefilePart(name: string): boolean {
  return !name.includes('__MACOSX') && ['shp', 'dbf', 'prj', 'cpg'].includes(extensionOf(name));
}

/** Reads the first polygon layer of a zipped Shapefile. Never throws. */
export async function readZippedShapefile(
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
  const byUser = finishWithUserProjection(file, raw, fields, options, attributeEncoding, warnings);
  if (byUser) return byUser;
  const prjText = textOf(prjName);
  if (prjText === undefined) {
    return askForProjection(file, message('boundaryNoPrj', { file }), raw, fields, options.nearLongitude);
  }
  const fromPrj = resolveProjection(prjText);
  if (!fromPrj) {
    return askForProjection(file, message('boundaryPrjUnknown'), raw, fields, options.nearLongitude);
  }
  return finishBoundaryRead(
    file,
    raw,
    fields,
    { ...fromPrj, source: 'prj' },
    attributeEncoding,
    warnings,
    options.nearLongitude,
  );
}
