/**
 * The deployment's configuration: `atlas.config.json` beside the app, which the bureau's IT
 * colleague writes once (see docs/DEPLOY.md). Versioned; each feature reads its own section and
 * ignores the others' — today the basemaps on the bureau's network (XYZ, WMTS in Web Mercator,
 * or a PMTiles file on the same server). A bad file never stops the app: what can be read is
 * used, everything else is named in a message.
 */
import { type Message, message } from '../domain/message.ts';
import {
  ATLAS_CONFIG_FILE,
  ATLAS_CONFIG_VERSION,
  type AtlasConfig,
  type ConfiguredBasemap,
  type ConfiguredLayer,
  DEFAULT_ATLAS_CONFIG,
} from './atlas-config.ts';

/**
 * Top-level sections this app knows. A feature that adds a section (publishing the atlas, say)
 * adds its key here with its reader; any other key is reported as ignored.
 */
const KNOWN_SECTIONS = new Set(['version', 'basemaps', 'defaultBasemap', '$comment']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function zoom(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 24 ? value : fallback;
}

/**
 * A tile URL template, absolute, with {z}/{x}/{y}: WMTS KVP and RESTful templates name the same
 * places {TileMatrix}/{TileCol}/{TileRow}; a template without them is refused.
 */
function tileTemplate(url: string, base: string, wmts: boolean): string | null {
  let template = url;
  if (wmts) {
    template = template
      .replace(/\{TileMatrix\}/gi, '{z}')
      .replace(/\{TileCol\}/gi, '{x}')
      .replace(/\{TileRow\}/gi, '{y}');
  }
  if (!['{z}', '{x}', '{y}'].every((part) => template.includes(part))) return null;
  try {
    // The braces stay braces: URL() would escape them.
    const absolute = new URL(template.replace(/\{/g, '%7B').replace(/\}/g, '%7D'), base).toString();
    if (!/^https?:/.test(absolute)) return null;
    return absolute.replace(/%7B/gi, '{').replace(/%7D/gi, '}');
  } catch {
    return null;
  }
}

function absoluteUrl(url: string, base: string): string | null {
  try {
    const absolute = new URL(url, base).toString();
    return /^https?:/.test(absolute) ? absolute : null;
  } catch {
    return null;
  }
}

function readLayer(
  value: unknown,
  where: { basemap: string; number: number },
  base: string,
  messages: Message[],
): ConfiguredLayer | null {
  const file = ATLAS_CONFIG_FILE;
  if (!isRecord(value)) {
    messages.push(message('configLayerInvalid', { file, ...where }));
    return null;
  }
  const type = text(value.type);
  const urls = (Array.isArray(value.url) ? value.url : [value.url]).map(text).filter((url) => url !== null);
  if (urls.length === 0) {
    messages.push(message('configLayerNoUrl', { file, ...where }));
    return null;
  }
  if (type === 'pmtiles') {
    const url = absoluteUrl(urls[0] ?? '', base);
    if (!url) {
      messages.push(message('configLayerBadUrl', { file, ...where, url: urls[0] ?? '' }));
      return null;
    }
    return { kind: 'pmtiles', url };
  }
  if (type !== 'xyz' && type !== 'wmts') {
    messages.push(message('configLayerType', { file, ...where, type: String(value.type) }));
    return null;
  }
  const tiles: string[] = [];
  for (const url of urls) {
    const template = tileTemplate(url, base, type === 'wmts');
    if (template) tiles.push(template);
    else messages.push(message('configLayerBadUrl', { file, ...where, url }));
  }
  if (tiles.length === 0) return null;
  const tileSize = value.tileSize === 512 ? 512 : 256;
  return {
    kind: 'raster',
    tiles,
    tileSize,
    minZoom: zoom(value.minzoom, 0),
    maxZoom: zoom(value.maxzoom, 18),
  };
}

/**
 * Reads the configuration's text; null (no file beside the app) gives the defaults. Never throws.
 * @param base the app's address, against which relative URLs resolve
 * @example readAtlasConfig('{"version": 1, "basemaps": []}', 'http://10.1.2.3/atlas/').config.basemaps // []
 */
export function readAtlasConfig(
  source: string | null,
  base: string,
): { config: AtlasConfig; messages: Message[] } {
  const file = ATLAS_CONFIG_FILE;
  const messages: Message[] = [];
  if (source === null) return { config: DEFAULT_ATLAS_CONFIG, messages };
  let json: unknown;
  try {
    json = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { config: DEFAULT_ATLAS_CONFIG, messages: [message('configErrorJson', { file, reason })] };
  }
  if (!isRecord(json))
    return { config: DEFAULT_ATLAS_CONFIG, messages: [message('configErrorNotObject', { file })] };
  const version = json.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      config: DEFAULT_ATLAS_CONFIG,
      messages: [message('configErrorVersion', { file, version: String(version) })],
    };
  }
  if (version > ATLAS_CONFIG_VERSION) {
    // A newer file may mean something else by the same keys: read nothing rather than guess.
    return {
      config: DEFAULT_ATLAS_CONFIG,
      messages: [message('configErrorNewer', { file, version, supported: ATLAS_CONFIG_VERSION })],
    };
  }
  for (const key of Object.keys(json)) {
    if (!KNOWN_SECTIONS.has(key)) messages.push(message('configUnknownKey', { file, key }));
  }
  const basemaps: ConfiguredBasemap[] = [];
  const list = json.basemaps ?? [];
  if (!Array.isArray(list)) messages.push(message('configBasemapsNotList', { file }));
  else {
    list.forEach((entry: unknown, index) => {
      const number = index + 1;
      if (!isRecord(entry)) {
        messages.push(message('configBasemapInvalid', { file, number }));
        return;
      }
      const id = text(entry.id);
      const name = text(entry.name) ?? id;
      if (!id || !name) {
        messages.push(message('configBasemapNoId', { file, number }));
        return;
      }
      if (basemaps.some((basemap) => basemap.id === id)) {
        messages.push(message('configBasemapDuplicate', { file, number, id }));
        return;
      }
      const layerValues = Array.isArray(entry.layers) ? entry.layers : [];
      const layers = layerValues
        .map((layer, position) => readLayer(layer, { basemap: name, number: position + 1 }, base, messages))
        .filter((layer): layer is ConfiguredLayer => layer !== null);
      if (layers.length === 0) {
        messages.push(message('configBasemapNoLayers', { file, basemap: name }));
        return;
      }
      const attribution = text(entry.attribution) ?? '';
      if (attribution === '') messages.push(message('configBasemapNoAttribution', { file, basemap: name }));
      basemaps.push({ id, name, attribution, dataDate: text(entry.dataDate), layers });
    });
  }
  let defaultBasemap = text(json.defaultBasemap);
  if (defaultBasemap && !basemaps.some((basemap) => basemap.id === defaultBasemap)) {
    messages.push(message('configDefaultUnknown', { file, id: defaultBasemap }));
    defaultBasemap = null;
  }
  return { config: { version, basemaps, defaultBasemap }, messages };
}
