/**
 * The `pmtiles://` protocol of every map of the page (screen, preview, export), registered once
 * with MapLibre through the `pmtiles` package, and the opened basemap file registered with it
 * whenever the store has one — so the style can name the file by its key and the print maps draw
 * the same tiles. Archives on the app's own server (a configured basemap) are fetched by the
 * protocol itself, with range requests.
 */
import type maplibregl from 'maplibre-gl';
import { PMTiles, Protocol } from 'pmtiles';
import { basemapFileKey } from '../domain/basemap.ts';
import { BlobArchiveSource } from '../io/read-basemap-archive.ts';
import type { AtlasStore } from '../store/index.ts';

const protocol = new Protocol({ metadata: true });
let registered = false;

/** Registers the protocol with MapLibre (once per page; see `loadMapLibre`). */
export function registerPmtilesProtocol(library: Pick<typeof maplibregl, 'addProtocol'>): void {
  if (registered) return;
  library.addProtocol('pmtiles', protocol.tile);
  registered = true;
}

/**
 * Keeps the store's basemap file registered under its key until the returned function is
 * called. Call before any map is made, so a style naming the file finds it.
 */
export function keepBasemapArchives(store: AtlasStore): () => void {
  const register = () => {
    const opened = store.getState().basemapFile;
    if (!opened) return;
    const key = basemapFileKey(opened.file);
    if (!protocol.get(key)) protocol.add(new PMTiles(new BlobArchiveSource(key, opened.blob)));
  };
  register();
  return store.subscribe((state) => state.basemapFile, register);
}
