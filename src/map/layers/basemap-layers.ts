/**
 * The basemap under everything: a PMTiles file (vector, drawn with the atlas's quiet style, or
 * raster), a tile service of the deployment's configuration, or the optional online Tianditu
 * (only with the user's key). With none, the map is the plain offline one.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { ActiveBasemap, BasemapArchiveInfo } from '../../domain/basemap.ts';
import {
  BASEMAP_PREFIX,
  LAYER_TIANDITU_LABELS,
  LAYER_TIANDITU_VECTOR,
  SOURCE_BASEMAP,
  SOURCE_TIANDITU_LABELS,
  SOURCE_TIANDITU_VECTOR,
} from './ids.ts';
import { vectorBasemapLayers } from './vector-basemap-layers.ts';

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

/** The provider's name, as the map and the printed pages credit it: a proper name, not a text to translate. */
export const TIANDITU_ATTRIBUTION = '© 天地图 Tianditu';

/** Raster sources of the Tianditu basemap. */
export function tiandituSources(key: string): Record<string, SourceSpecification> {
  const attribution = TIANDITU_ATTRIBUTION;
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

/** A PMTiles archive as a source: vector or raster, as its header says. */
function archiveSource(url: string, info: BasemapArchiveInfo, attribution: string): SourceSpecification {
  const common = {
    url,
    minzoom: info.minZoom,
    maxzoom: info.maxZoom,
    bounds: info.bounds,
    ...(attribution ? { attribution } : {}),
  };
  return info.format === 'vector'
    ? { type: 'vector', ...common }
    : { type: 'raster', tileSize: 256, ...common };
}

/** The basemap's sources. */
export function basemapSources(basemap: ActiveBasemap): Record<string, SourceSpecification> {
  if (basemap.kind === 'tianditu') return tiandituSources(basemap.key);
  if (basemap.kind === 'archive') {
    return { [SOURCE_BASEMAP]: archiveSource(basemap.url, basemap.info, basemap.info.attribution) };
  }
  const { service } = basemap;
  return Object.fromEntries(
    service.layers.map((layer, index) => {
      // The service's credit goes on its first layer; the others are parts of the same map.
      const attribution = index === 0 ? service.attribution : '';
      const source: SourceSpecification =
        layer.kind === 'pmtiles'
          ? archiveSource(`pmtiles://${layer.url}`, layer.info, attribution || layer.info.attribution)
          : {
              type: 'raster',
              tiles: layer.tiles,
              tileSize: layer.tileSize,
              minzoom: layer.minZoom,
              maxzoom: layer.maxZoom,
              ...(attribution ? { attribution } : {}),
            };
      return [`${SOURCE_BASEMAP}-${index}`, source];
    }),
  );
}

/** The basemap's layers, in drawing order, to go right above the background. */
export function basemapLayers(basemap: ActiveBasemap, fontStack: string): LayerSpecification[] {
  if (basemap.kind === 'tianditu') return tiandituLayers();
  const drawn = (source: string, info: BasemapArchiveInfo | null, index: number): LayerSpecification[] =>
    info?.format === 'vector'
      ? vectorBasemapLayers(source, fontStack, info.vectorLayers).map((layer) => ({
          ...layer,
          id: `${layer.id}-${index}`,
        }))
      : [{ id: `${BASEMAP_PREFIX}raster-${index}`, type: 'raster', source }];
  if (basemap.kind === 'archive') return drawn(SOURCE_BASEMAP, basemap.info, 0);
  return basemap.service.layers.flatMap((layer, index) =>
    drawn(`${SOURCE_BASEMAP}-${index}`, layer.kind === 'pmtiles' ? layer.info : null, index),
  );
}
