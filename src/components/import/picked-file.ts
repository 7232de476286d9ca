/** A file the user picked or dropped, read whole into memory for the io layer. */
import type { Message } from '../../domain/message.ts';
import { fileSizeProblem } from '../../io/decode-text.ts';

/** A picked file's name and bytes, or why it was not read. */
export interface PickedFile {
  name: string;
  /** Size in bytes, as the file system reports it. */
  size: number;
  bytes: Uint8Array;
  /** The io layer's message when the file is too large to read; null otherwise. */
  problem: Message | null;
}

/**
 * Reads a browser `File` into bytes. A file over the import limit is not read at all (reading
 * a huge file would freeze the tab before the io layer could refuse it): it comes back with
 * the io layer's message and no bytes.
 */
export async function readPickedFile(file: File): Promise<PickedFile> {
  const problem = fileSizeProblem(file.size, file.name);
  if (problem) return { name: file.name, size: file.size, bytes: new Uint8Array(), problem };
  return { name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()), problem: null };
}

/**
 * A file size for people: bytes, KB or MB.
 * @example formatFileSize(2_500_000) // '2.4 MB'
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The imports of the import dialog. */
export type ImportTab = 'roster' | 'boundaries' | 'population' | 'roads';

/** Whether a GeoJSON file holds polygons (boundaries) rather than points (a roster). */
function looksLikePolygons(bytes: Uint8Array): boolean {
  // The first 256 kB say enough: a boundary file has a polygon in its first feature.
  const head = new TextDecoder().decode(bytes.subarray(0, 256 * 1024));
  return /"type"\s*:\s*"(Multi)?Polygon"/.test(head) && !/"type"\s*:\s*"Point"/.test(head);
}

/** Whether a GeoJSON file holds lines (a road network). */
function looksLikeLines(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 256 * 1024));
  return /"type"\s*:\s*"(Multi)?LineString"/.test(head);
}

/**
 * The tab a picked or dropped file goes to: line GeoJSON and .osm.pbf to the roads; zipped
 * Shapefiles and polygon GeoJSON to the boundaries (a zip to the roads while that tab is open);
 * other files to the tab in use (the roster when the boundaries or roads tab cannot read them).
 */
export function importTabForFile(file: PickedFile, current: ImportTab): ImportTab {
  if (/\.pbf$/i.test(file.name)) return 'roads';
  if (/\.(zip|shp|dbf|shx|prj)$/i.test(file.name)) return current === 'roads' ? 'roads' : 'boundaries';
  if (/\.(geo)?json$/i.test(file.name)) {
    if (looksLikeLines(file.bytes)) return 'roads';
    if (looksLikePolygons(file.bytes)) return 'boundaries';
    return current === 'boundaries' || current === 'roads' ? 'roster' : current;
  }
  return current === 'boundaries' || current === 'roads' ? 'roster' : current;
}
