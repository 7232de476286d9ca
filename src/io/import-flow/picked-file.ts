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

/** Whether a GeoJSON file holds lines (a road network or barrier lines). */
function looksLikeLines(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 256 * 1024));
  return /"type"\s*:\s*"(Multi)?LineString"/.test(head);
}

/**
 * The import a picked or dropped file goes to: KML/KMZ to the reference layers; an OpenStreetMap
 * extract to the roads; a zipped Shapefile or GeoJSON picked in the reference-layer, road or
 * barrier tab to that tab; otherwise line GeoJSON to the roads, zipped Shapefiles and polygon
 * GeoJSON to the boundaries; point GeoJSON to the roster or the population in view; tables to
 * the table import in view — roster, population or births — and to the roster from the other tabs
 * (boundaries, roads, barriers and reference layers cannot read them).
 */
export function importKindForFile(file: PickedFile, current: ImportKind): ImportKind {
  const lines = current === 'roads' || current === 'barriers';
  if (/\.(kml|kmz)$/i.test(file.name)) return 'reference';
  if (/\.pbf$/i.test(file.name)) return 'roads';
  if (current === 'reference' && /\.(zip|geojson|json)$/i.test(file.name)) return 'reference';
  if (/\.(zip|shp|dbf|shx|prj)$/i.test(file.name)) return lines ? current : 'boundaries';
  if (/\.(geo)?json$/i.test(file.name)) {
    if (looksLikeLines(file.bytes)) return lines ? current : 'roads';
    if (looksLikePolygons(file.bytes)) return current === 'barriers' ? 'barriers' : 'boundaries';
    return current === 'population' || current === 'roster' ? current : 'roster';
  }
  return current === 'population' || current === 'roster' || current === 'births' ? current : 'roster';
}
