/**
 * A small read-only window into the map for automated checks and support: whether it has
 * finished drawing and which schools it drew. It cannot change anything.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYER_SCHOOL_SYMBOL, LAYER_TOWNSHIP_LABEL, SOURCE_TOWNSHIPS } from './layers/ids.ts';

/** What `window.atlasMap` offers. */
export interface MapInspector {
  /** True once the style and every source have loaded and no frame is pending. */
  isIdle(): boolean;
  /** Codes of the schools whose symbols are drawn in the current view. */
  renderedSchoolCodes(): string[];
  /** Names of the township labels drawn in the current view. */
  renderedTownshipLabels(): string[];
  /** The map's zoom and centre. */
  camera(): { zoom: number; lon: number; lat: number };
  /** Number of features of a layer drawn in the current view (0 when the layer is hidden). */
  renderedCount(layerId: string): number;
  /** A layer's visibility ('visible' or 'none'), or null when the style has no such layer. */
  layerVisibility(layerId: string): string | null;
  /** A feature-state value of a township, e.g. `failures`. */
  townshipState(code: string, key: string): unknown;
  /** Pixel position of a point in the map container. */
  project(lon: number, lat: number): { x: number; y: number };
}

declare global {
  interface Window {
    atlasMap?: MapInspector;
  }
}

/** Installs `window.atlasMap` for this map; returns the uninstaller. */
export function installMapInspector(map: MapLibreMap): () => void {
  const names = (layer: string, property: string) =>
    map.getLayer(layer)
      ? [
          ...new Set(
            map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties[property])),
          ),
        ]
      : [];
  window.atlasMap = {
    isIdle: () => map.loaded() && map.isStyleLoaded() === true && !map.isMoving(),
    renderedSchoolCodes: () => names(LAYER_SCHOOL_SYMBOL, 'code'),
    renderedTownshipLabels: () => names(LAYER_TOWNSHIP_LABEL, 'name'),
    renderedCount: (layerId) =>
      map.getLayer(layerId) && map.getLayoutProperty(layerId, 'visibility') !== 'none'
        ? map.queryRenderedFeatures({ layers: [layerId] }).length
        : 0,
    layerVisibility: (layerId) =>
      map.getLayer(layerId) ? String(map.getLayoutProperty(layerId, 'visibility') ?? 'visible') : null,
    townshipState: (code, key) => map.getFeatureState({ source: SOURCE_TOWNSHIPS, id: code })[key],
    camera: () => ({ zoom: map.getZoom(), lon: map.getCenter().lng, lat: map.getCenter().lat }),
    project: (lon, lat) => {
      const point = map.project([lon, lat]);
      return { x: point.x, y: point.y };
    },
  };
  return () => {
    delete window.atlasMap;
  };
}
