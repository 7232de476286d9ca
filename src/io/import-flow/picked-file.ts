/** A file the user picked or dropped, read whole into memory, and the kind of import it fits. */
import { fileSizeProblem } from '../decode-text.ts';
import type { ImportKind, PickedFile } from './import-kinds.ts';

/**
 * Reads a browser `File` into bytes. A file over the import limit is not read at all (reading
 * a huge file would freeze the tab before a reader could refuse it): it comes back with the
 * reason and no bytes.
 */
export async function readPickedFile(file: File): Promise<PickedFile> {
  const problem = fileSizeProblem(file.size, file.name);
  if (problem) return { name: file.name, size: file.size, bytes: new Uint8Array(), problem };
  return { name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()), problem: null };
}

/** Whether a GeoJSON file holds polygons (boundaries) rather than points (a roster). */
function looksLikePolygons(bytes: Uint8Array): boolean {
  // The first 256 kB say enough: a boundary file has a polygon in its first feature.
  const head = new TextDecoder().decode(bytes.subarray(0, 256 * 1024));
  return /"type"\s*:\s*"(Multi)?Polygon"/.test(head) && !/"type"\s*:\s*"Point"/.test(head);
}

/**
 * The import a picked or dropped file goes to: KML/KMZ to the reference layers; zipped Shapefiles
 * and polygon GeoJSON to the boundaries unless the reference-layer import is in view; other files
 * to the import in view (the roster when the boundaries cannot read them).
 */
export function importKindForFile(file: PickedFile, current: ImportKind): ImportKind {
  if (/\.(kml|kmz)$/i.test(file.name)) return 'reference';
  if (current === 'reference' && /\.(zip|geojson|json)$/i.test(file.name)) return 'reference';
  if (/\.(zip|shp|dbf|shx|prj)$/i.test(file.name)) return 'boundaries';
  if (/\.(geo)?json$/i.test(file.name)) {
    if (looksLikePolygons(file.bytes)) return 'boundaries';
    return current === 'boundaries' ? 'roster' : current;
  }
  return current === 'boundaries' || current === 'reference' ? 'roster' : current;
}
