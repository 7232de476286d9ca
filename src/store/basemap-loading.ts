/**
 * Basemaps coming in: a PMTiles file the user opens (read, shown at once, then kept in this
 * browser when it fits) and the deployment's `atlas.config.json`, read once at start from the
 * app's own origin (absent: the defaults, and nothing is fetched from anywhere else).
 */
import { type BasemapService, type BasemapServiceLayer, basemapFileKey } from '../domain/basemap.ts';
import { type Message, message } from '../domain/message.ts';
import { ATLAS_CONFIG_FILE, DEFAULT_ATLAS_CONFIG } from '../io/atlas-config.ts';
import { loadVectorBasemapStyle } from '../map/layers/vector-basemap-layers.ts';
import { forgetBasemapFile, keepBasemapFile } from './basemap-storage.ts';
import type { AtlasStore } from './index.ts';

/**
 * Opens a basemap file: reads its header, shows it, and keeps it for the next visit when the
 * browser has room. A file that is not an archive changes nothing and says why.
 */
export async function openBasemapFile(store: AtlasStore, file: File): Promise<void> {
  const modified = Number.isFinite(file.lastModified) ? new Date(file.lastModified).toISOString() : null;
  const identity = { name: file.name, bytes: file.size, modified };
  // The archive reader loads when a file is opened or a configured archive is read.
  const { BlobArchiveSource, readBasemapArchive } = await import('../io/read-basemap-archive.ts');
  const read = await readBasemapArchive(new BlobArchiveSource(basemapFileKey(identity), file), file.name);
  if (!read.ok) {
    store.getState().setBasemapMessages([read.message]);
    return;
  }
  // The vector style's package before the store names the file: the style is built at once.
  if (read.info.format === 'vector') await loadVectorBasemapStyle();
  const opened = { file: { ...identity, ...read.info }, blob: file as Blob, kept: null };
  const state = store.getState();
  state.setBasemapFile(opened);
  state.setBasemapChoice({ kind: 'file' });
  state.setBasemapMessages([]);
  const refusal = await keepBasemapFile(opened);
  if (store.getState().basemapFile?.blob !== file) return;
  store.getState().setBasemapFile({ ...opened, kept: refusal === null });
  if (refusal) store.getState().setBasemapMessages([refusal]);
}

/** Closes the basemap file and forgets the kept copy. */
export async function closeBasemapFile(store: AtlasStore): Promise<void> {
  store.getState().setBasemapFile(null);
  store.getState().setBasemapMessages([]);
  await forgetBasemapFile();
}

/** The configuration's text, or null when the deployment has none. */
async function fetchConfig(base: string, fetcher: typeof fetch, messages: Message[]): Promise<string | null> {
  try {
    const response = await fetcher(new URL(ATLAS_CONFIG_FILE, base).toString(), { cache: 'no-cache' });
    // Development servers answer a missing file with the app's page: that is "no file" too.
    if (!response.ok || (response.headers.get('content-type') ?? '').includes('text/html')) {
      if (response.status !== 404 && response.ok === false) {
        messages.push(
          message('configFetchFailed', { file: ATLAS_CONFIG_FILE, reason: `HTTP ${response.status}` }),
        );
      }
      return null;
    }
    return await response.text();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    messages.push(message('configFetchFailed', { file: ATLAS_CONFIG_FILE, reason }));
    return null;
  }
}

/**
 * Reads the deployment's configuration and puts its basemaps into the store, with the header of
 * each PMTiles layer read from the server; the configured default basemap is chosen unless the
 * user has chosen before (`useDefault` false).
 */
export async function loadAtlasConfig(
  store: AtlasStore,
  useDefault: boolean,
  base: string = document.baseURI,
  fetcher: typeof fetch = (input, init) => fetch(input, init),
): Promise<void> {
  const messages: Message[] = [];
  const text = await fetchConfig(base, fetcher, messages);
  // Without the file (most deployments) the defaults; its reader loads only when there is one.
  const read =
    text === null
      ? { config: DEFAULT_ATLAS_CONFIG, messages: [] }
      : (await import('../io/read-atlas-config.ts')).readAtlasConfig(text, base);
  messages.push(...read.messages);
  const services: BasemapService[] = [];
  for (const configured of read.config.basemaps) {
    const layers: BasemapServiceLayer[] = [];
    for (const layer of configured.layers) {
      if (layer.kind === 'raster') {
        layers.push(layer);
        continue;
      }
      const { readBasemapArchive } = await import('../io/read-basemap-archive.ts');
      const header = await readBasemapArchive(layer.url, layer.url);
      if (header.ok) layers.push({ kind: 'pmtiles', url: layer.url, info: header.info });
      else
        messages.push(message('configLayerUnreadable', { basemap: configured.name, reason: header.message }));
    }
    if (layers.length > 0) services.push({ ...configured, layers });
  }
  if (
    services.some((service) =>
      service.layers.some((layer) => layer.kind === 'pmtiles' && layer.info.format === 'vector'),
    )
  )
    await loadVectorBasemapStyle();
  const state = store.getState();
  state.setBasemapServices(services, messages);
  store.setState({ deploymentConfig: { config: read.config, base } });
  const chosen = read.config.defaultBasemap;
  if (
    useDefault &&
    chosen &&
    services.some((service) => service.id === chosen) &&
    state.basemapChoice.kind === 'none' &&
    !state.basemapEnabled
  ) {
    state.setBasemapChoice({ kind: 'service', id: chosen });
  }
}
