/**
 * The optional online basemap: Tianditu (天地图) vector and label tiles in Web Mercator (`_w`).
 * Only built when the user has entered a key; the default map fetches nothing from outside.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import {
  LAYER_TIANDITU_LABELS,
  LAYER_TIANDITU_VECTOR,
  SOURCE_TIANDITU_LABELS,
  SOURCE_TIANDITU_VECTOR,
} from './ids.ts';

/** Tile URL template of one Tianditu WMTS layer (`vec` or `cva`) for the eight tile hosts. */
export function tiandituTileUrls(layer: 'vec' | 'cva', key: string): string[] {
  const token = encodeURIComponent(key);
  return Array.from(
    { length: 8 },
    (_, host) =>
      `https://t${host}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
      `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${token}`,
  );
}

/** Raster sources of the Tianditu basemap. */
export function tiandituSources(key: string): Record<string, SourceSpecification> {
  // The provider's name, as the map credits it: a proper name, not a text to translate.
  const attribution = '© 天地图 Tianditu';
  return {
    [SOURCE_TIANDITU_VECTOR]: {
      type: 'raster',
      tiles: tiandituTileUrls('vec', key),
      tileSize: 256,
      maxzoom: 18,
      attribution,
    },
    [SOURCE_TIANDITU_LABELS]: {
      type: 'raster',
      tiles: tiandituTileUrls('cva', key),
      tileSize: 256,
      maxzoom: 18,
    },
  };
}

/** Raster layers of the Tianditu basemap, to go right above the background. */
export function tiandituLayers(): LayerSpecification[] {
  return [
    { id: LAYER_TIANDITU_VECTOR, type: 'raster', source: SOURCE_TIANDITU_VECTOR },
    { id: LAYER_TIANDITU_LABELS, type: 'raster', source: SOURCE_TIANDITU_LABELS },
  ];
}
