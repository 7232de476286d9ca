/**
 * The deployment's configuration file's name, version and shape, and the configuration of an
 * app deployed without it: what the app needs at every start. The file's reader
 * (`read-atlas-config.ts`) loads only when the file is there.
 */
import type { BasemapServiceLayer } from '../domain/basemap.ts';

/** The version this app writes and reads. */
export const ATLAS_CONFIG_VERSION = 1;

/** The file's name beside the app. */
export const ATLAS_CONFIG_FILE = 'atlas.config.json';

/** A layer as configured; a PMTiles layer's header is read later, in the browser. */
export type ConfiguredLayer =
  | Extract<BasemapServiceLayer, { kind: 'raster' }>
  | { kind: 'pmtiles'; url: string };

/** A basemap as configured. */
export interface ConfiguredBasemap {
  id: string;
  name: string;
  attribution: string;
  dataDate: string | null;
  layers: ConfiguredLayer[];
}

/** The configuration as read. */
export interface AtlasConfig {
  version: number;
  basemaps: ConfiguredBasemap[];
  /** The basemap shown until the user chooses another; null for none. */
  defaultBasemap: string | null;
}

/** The configuration of an app deployed without the file. */
export const DEFAULT_ATLAS_CONFIG: AtlasConfig = {
  version: ATLAS_CONFIG_VERSION,
  basemaps: [],
  defaultBasemap: null,
};
