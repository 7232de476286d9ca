/**
 * MapLibre, by far the largest library of the app, in a chunk of its own: the entry asks for it
 * first thing, so it downloads and compiles while the data set loads and the shell renders, and
 * the start chunk stays small. Once it is there, the `pmtiles://` protocol every map uses is
 * registered and the map's worker is started (`prewarm`), both before any map is made.
 */
import type maplibregl from 'maplibre-gl';
import { registerPmtilesProtocol } from './basemap-archives.ts';

/** The MapLibre module's default export: `Map`, the controls, `addProtocol`, `prewarm`. */
export type MapLibre = typeof maplibregl;

let loading: Promise<MapLibre> | null = null;

/** MapLibre, ready for a map: fetched once, the protocol registered and the worker started. */
export function loadMapLibre(): Promise<MapLibre> {
  loading ??= import('maplibre-gl').then(({ default: library }) => {
    registerPmtilesProtocol(library);
    library.prewarm();
    return library;
  });
  return loading;
}
