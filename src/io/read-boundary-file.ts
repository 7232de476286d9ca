/**
 * Reads official boundaries: GeoJSON, or a zipped Shapefile (.shp + .dbf + .prj + .cpg). The
 * projection is never guessed silently: when a file does not say (no .prj, or projected
 * GeoJSON without a crs), the result asks for it, with candidates and what the coordinates'
 * size suggests, and the call is repeated with the user's choice.
 */
import { message } from '../domain/message.ts';
import type { BoundaryFileResult, ReadBoundaryOptions } from './boundary-file-types.ts';

// What the road and barrier readers share with the boundary reader.
export { fieldsOf } from './finish-boundary-read.ts';
export { attributeValue } from './read-geojson-boundaries.ts';
export { extensionOf } from './read-zipped-shapefile.ts';

import { fileSizeProblem } from './decode-text.ts';
import { readGeoJsonBoundaries } from './read-geojson-boundaries.ts';
import { extensionOf, readZippedShapefile } from './read-zipped-shapefile.ts';

export type {
  AttributeField,
  BoundaryFeature,
  BoundaryFileFailure,
  BoundaryFileRead,
  BoundaryFileResult,
  BoundaryProjectionNeeded,
  ReadBoundaryOptions,
} from './boundary-file-types.ts';

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
