/**
 * Basemaps drawn under the schools, all offline or on the bureau's own network: a PMTiles file
 * the user opens (vector — an OpenStreetMap extract of the county — or raster), a tile service
 * named in the deployment's `atlas.config.json` (XYZ, WMTS or a PMTiles file beside the app), or
 * the optional online Tianditu. Plain data.
 */

/** The tile layers of the Protomaps (OpenStreetMap) schema, which the vector basemap style draws. */
export const PROTOMAPS_LAYERS: readonly string[] = [
  'earth',
  'landcover',
  'landuse',
  'water',
  'roads',
  'buildings',
  'boundaries',
  'places',
  'pois',
  'transit',
];

/** Vector tiles (drawn with the atlas's own style) or pictures. */
export type TileFormat = 'vector' | 'raster';

/** What a PMTiles archive's header and metadata say about it. */
export interface BasemapArchiveInfo {
  format: TileFormat;
  /** The tiles' encoding: mvt, png, jpg, webp or avif. */
  tileType: string;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] in degrees. */
  bounds: [number, number, number, number];
  /** The attribution the archive carries ('' when none). */
  attribution: string;
  /** The date of its data when the archive says it (YYYY-MM-DD), else null. */
  dataDate: string | null;
  /** The vector layers the archive declares (empty for raster, or when it declares none). */
  vectorLayers: string[];
}

/** A basemap file the user opened. */
export interface BasemapFile extends BasemapArchiveInfo {
  name: string;
  bytes: number;
  /** When the file was last modified, as the browser reports it (ISO 8601), else null. */
  modified: string | null;
}

/** One tile layer of a configured service, in Web Mercator (EPSG:3857) tiles. */
export type BasemapServiceLayer =
  | {
      kind: 'raster';
      /** URL templates with {z}, {x} and {y}: one per host of the same tiles. */
      tiles: string[];
      tileSize: number;
      minZoom: number;
      maxZoom: number;
    }
  | {
      kind: 'pmtiles';
      /** Absolute URL of the archive, served with range requests. */
      url: string;
      /** Learned from the archive's header when the configuration is loaded. */
      info: BasemapArchiveInfo;
    };

/** A basemap of the deployment's configuration (天地图政务版, a natural-resources tile server …). */
export interface BasemapService {
  id: string;
  /** The name the configuration gives, shown as it is. */
  name: string;
  attribution: string;
  dataDate: string | null;
  /** Drawn in order: a base picture first, then labels over it. */
  layers: BasemapServiceLayer[];
}

/** Which basemap the user chose: none, the opened file, or a configured service by id. */
export type BasemapChoice = { kind: 'none' } | { kind: 'file' } | { kind: 'service'; id: string };

/** The basemap as the style draws it. */
export type ActiveBasemap =
  | { kind: 'tianditu'; key: string }
  | { kind: 'archive'; url: string; info: BasemapArchiveInfo; name: string }
  | { kind: 'service'; service: BasemapService };

/**
 * The `pmtiles://` key of an opened file: its name, size and date, so another file is another
 * source and the map loads it afresh.
 * @example basemapFileKey({ name: 'a.pmtiles', bytes: 10, modified: null }) // 'atlas-file-…'
 */
export function basemapFileKey(file: Pick<BasemapFile, 'name' | 'bytes' | 'modified'>): string {
  const text = `${file.name}|${file.bytes}|${file.modified ?? ''}`;
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return `atlas-file-${(hash >>> 0).toString(36)}`;
}

/**
 * The basemap a project was last shown with, as its backup keeps it: the choice, and the file's
 * or the service's name to say what is missing when it is restored elsewhere. The file itself is
 * never in a backup (a county's extract is tens or hundreds of megabytes); the browser keeps it
 * (IndexedDB) and the user opens it again where it is not kept.
 */
export type SavedBasemap =
  | { kind: 'none' }
  | { kind: 'file'; name: string }
  | { kind: 'service'; id: string; name: string }
  | { kind: 'tianditu' };
