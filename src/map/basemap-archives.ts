/**
 * The `pmtiles://` protocol of every map of the page (screen, preview, export), registered once
 * with MapLibre through the `pmtiles` package, and the opened basemap file registered with it
 * whenever the store has one — so the style can name the file by its key and the print maps draw
 * the same tiles. Archives on the app's own server (a configured basemap) are fetched by the
 * protocol itself, with range requests. The package is loaded on the first tile asked for or the
 * first file registered (a chunk of its own: the plain map of the first visit never needs it), and
 * the archive reader's file source with it.
 */
import type maplibregl from 'maplibre-gl';
import type { Protocol } from 'pmtiles';
import { basemapFileKey } from '../domain/basemap.ts';
import type { AtlasStore } from '../store/index.ts';

let loading: Promise<Protocol> | null = null;
/** The protocol, made once the package is there. */
function pmtilesProtocol(): Promise<Protocol> {
  loading ??= import('pmtiles').then(
    ({ Protocol: PmtilesProtocol }) => new PmtilesProtocol({ metadata: true }),
  );
  return loading;
}
/** The files being registered: a tile waits for them, so a style naming a file finds it. */
let registering: Promise<unknown> = Promise.resolve();
let registered = false;

/** Registers the protocol with MapLibre (once per page; see `loadMapLibre`). */
export function registerPmtilesProtocol(library: Pick<typeof maplibregl, 'addProtocol'>): void {
  if (registered) return;
  library.addProtocol('pmtiles', async (params, abortController) => {
    await registering;
    return (await pmtilesProtocol()).tile(params, abortController);
  });
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
    registering = Promise.all([
      import('pmtiles'),
      import('../io/read-basemap-archive.ts'),
      pmtilesProtocol(),
      registering,
    ])
      .then(([{ PMTiles }, { BlobArchiveSource }, protocol]) => {
        if (!protocol.get(key)) protocol.add(new PMTiles(new BlobArchiveSource(key, opened.blob)));
      })
      // Not loaded (the chunk could not be fetched): the tiles then fail as an unknown file would.
      .catch(() => undefined);
  };
  register();
  return store.subscribe((state) => state.basemapFile, register);
}
