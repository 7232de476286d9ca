/**
 * Reads line and polygon features — roads, rivers, reservoirs — from GeoJSON or a zipped
 * Shapefile, converted to WGS84 longitude and latitude. Like the boundary reader, it never
 * guesses a projection: a file that does not say (no .prj, projected GeoJSON without a crs) gets
 * a question with candidates. Sizes are checked before work: the file, the archive once
 * unpacked, and the number of vertices. Never throws; problems come back as messages.
 */
import { message } from '../domain/message.ts';
import { MAX_IMPORT_BYTES } from './decode-text.ts';
import { megabytes } from './finish-line-features.ts';
import type { LineFileResult, ReadLineOptions } from './line-features.ts';
import { extensionOf } from './read-boundary-file.ts';
import { readLineGeoJson } from './read-line-geojson.ts';
import { readZippedLineShapefile } from './read-line-shapefile.ts';

export type {
  LineFeature,
  LineFeatureKind,
  LineFileFailure,
  LineFileProjectionNeeded,
  LineFileRead,
  LineFileResult,
  LineProjectionSource,
  ReadLineOptions,
  SkippedFeature,
} from './line-features.ts';
export { MAX_INFLATED_BYTES } from './line-features.ts';

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
    return readZippedLineShapefile(bytes, file, options);
  if (extension === 'shp' || extension === 'dbf' || extension === 'shx') {
    return { status: 'error', file, reason: message('travelShapefileNotZipped') };
  }
  if (extension === 'pbf' || file.toLowerCase().endsWith('.osm.pbf')) {
    return { status: 'error', file, reason: message('travelPbfNotRead', { file }) };
  }
  return readLineGeoJson(bytes, file, options);
}
