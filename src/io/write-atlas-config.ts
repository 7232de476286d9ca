/**
 * The `atlas.config.json` a published folder carries: the deployment's own basemaps as the app
 * read them (so a publication on the same server keeps its tile services), and the basemap file
 * the publisher had open, copied into the folder beside it as {@link PUBLISHED_BASEMAP_FILE} and
 * named here as a PMTiles basemap on the same server. One file, one reader (`readAtlasConfig`):
 * what this writes, that reads back.
 */
import type { BasemapArchiveInfo } from '../domain/basemap.ts';
import { type Message, message } from '../domain/message.ts';
import {
  ATLAS_CONFIG_FILE,
  ATLAS_CONFIG_VERSION,
  type AtlasConfig,
  type ConfiguredBasemap,
} from './atlas-config.ts';

/** Where a published folder keeps the publisher's basemap file (beside index.html). */
export const PUBLISHED_BASEMAP_FILE = 'basemap.pmtiles';

/** The id of that basemap in the published configuration. */
export const PUBLISHED_BASEMAP_ID = 'published-basemap-file';

/** The basemap file going into a publication: what its header says and what it is called. */
export interface PublishedBasemap {
  /** The file's own name, shown as the basemap's name. */
  name: string;
  info: Pick<BasemapArchiveInfo, 'attribution' | 'dataDate'>;
  /** Whether the publisher was showing it: then the publication opens with it. */
  shown: boolean;
}

/** A URL relative to the app's address when it lies under it, so a copied folder keeps working. */
function relativeTo(url: string, base: string): string {
  return url.startsWith(base) ? url.slice(base.length) : url;
}

/** One configured basemap in the file's own form. */
function basemapEntry(basemap: ConfiguredBasemap, base: string): Record<string, unknown> {
  return {
    id: basemap.id,
    name: basemap.name,
    attribution: basemap.attribution,
    ...(basemap.dataDate ? { dataDate: basemap.dataDate } : {}),
    layers: basemap.layers.map((layer) =>
      layer.kind === 'pmtiles'
        ? { type: 'pmtiles', url: relativeTo(layer.url, base) }
        : {
            type: 'xyz',
            url: layer.tiles.map((tile) => relativeTo(tile, base)),
            tileSize: layer.tileSize,
            minzoom: layer.minZoom,
            maxzoom: layer.maxZoom,
          },
    ),
  };
}

/**
 * The published folder's `atlas.config.json`: the deployment's basemaps (URLs under the app's
 * address made relative), and the publisher's basemap file when there is one.
 * @param base the address the deployment's configuration was read against
 * @example writeAtlasConfig(DEFAULT_ATLAS_CONFIG, null, 'http://10.1.2.3/atlas/') // '{ "version": 1, "basemaps": [] … }'
 */
export function writeAtlasConfig(
  config: AtlasConfig,
  basemap: PublishedBasemap | null,
  base: string,
): string {
  const basemaps = config.basemaps
    .filter((entry) => entry.id !== PUBLISHED_BASEMAP_ID)
    .map((entry) => basemapEntry(entry, base));
  if (basemap) {
    basemaps.push({
      id: PUBLISHED_BASEMAP_ID,
      name: basemap.name,
      // The reader says when a basemap has no attribution; the archive's own words, or its name.
      attribution: basemap.info.attribution || basemap.name,
      ...(basemap.info.dataDate ? { dataDate: basemap.info.dataDate } : {}),
      layers: [{ type: 'pmtiles', url: PUBLISHED_BASEMAP_FILE }],
    });
  }
  const defaultBasemap = basemap?.shown ? PUBLISHED_BASEMAP_ID : config.defaultBasemap;
  return `${JSON.stringify(
    { version: ATLAS_CONFIG_VERSION, basemaps, ...(defaultBasemap ? { defaultBasemap } : {}) },
    null,
    2,
  )}\n`;
}

/** The largest basemap file the browser packs into a publication ZIP (held in memory twice). */
export const MAX_PUBLISHED_BASEMAP_BYTES = 300 * 1024 * 1024;

/** The publisher's basemap file as the publish screen has it. */
export interface BasemapToPublish extends PublishedBasemap {
  /** Its size in bytes. */
  bytes: number;
  /** Reads its bytes (only when it is packed). */
  read(): Promise<Uint8Array>;
}

/** What a publication carries of the basemaps, and what the publish screen says of it. */
export interface PublishedDeployment {
  files: { path: string; text: string | Uint8Array }[];
  /** What happens to the basemap file: packed, too large to pack, or none open. */
  note: Message;
}

/**
 * What the publish screen says of the basemap before publishing (nothing is read).
 * @example zh(basemapPublishNote(null)) // '未打开底图文件，发布版不带离线底图…'
 */
export function basemapPublishNote(
  basemap: BasemapToPublish | null,
  limit: number = MAX_PUBLISHED_BASEMAP_BYTES,
): Message {
  if (!basemap) return message('publishBasemapNone', { config: ATLAS_CONFIG_FILE });
  const values = { file: basemap.name, megabytes: (basemap.bytes / 1024 / 1024).toFixed(1) };
  if (basemap.bytes > limit) {
    return message('publishBasemapTooLarge', {
      ...values,
      limit: limit / 1024 / 1024,
      target: PUBLISHED_BASEMAP_FILE,
    });
  }
  return message(basemap.shown ? 'publishBasemapIncludedShown' : 'publishBasemapIncluded', {
    ...values,
    target: PUBLISHED_BASEMAP_FILE,
  });
}

/**
 * The deployment files of a publication: `atlas.config.json` (the deployment's basemaps and the
 * publisher's basemap file) and the basemap file itself when it is not too large to pack; a file
 * too large is still named in the configuration, for the IT colleague to copy beside it.
 * @param limit the largest basemap file packed (the browser's; the command line has none)
 */
export async function publishedDeploymentFiles(
  config: AtlasConfig,
  base: string,
  basemap: BasemapToPublish | null,
  limit: number = MAX_PUBLISHED_BASEMAP_BYTES,
): Promise<PublishedDeployment> {
  const files: PublishedDeployment['files'] = [
    { path: ATLAS_CONFIG_FILE, text: writeAtlasConfig(config, basemap, base) },
  ];
  if (basemap && basemap.bytes <= limit) {
    files.push({ path: PUBLISHED_BASEMAP_FILE, text: await basemap.read() });
  }
  return { files, note: basemapPublishNote(basemap, limit) };
}
