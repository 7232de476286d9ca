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
  /** The style's layer ids, bottom to top. */
  layerOrder(): string[];
  /**
   * The drawn labels of a symbol layer with the box each covers on screen (CSS pixels), found by
   * asking the map what is rendered at each point of a fine grid around the label's anchor.
   */
  labelBoxes(
    layerId: string,
    property: string,
  ): { name: string; box: [number, number, number, number]; anchor: [number, number] }[];
  /** Features of the given layers drawn inside a screen box. */
  featuresIn(box: [number, number, number, number], layerIds: string[]): string[];
}

declare global {
  interface Window {
    atlasMap?: MapInspector;
    /** The same window into the print screen's preview map (the printed page's scale). */
    atlasPreviewMap?: MapInspector;
  }
}

/** Where an inspector is installed: the screen's map or the print preview's. */
export type InspectorName = 'atlasMap' | 'atlasPreviewMap';

/** Step of the probing grid, CSS pixels. */
const PROBE_STEP = 3;
/** How far from its point a label is looked for, CSS pixels. */
const PROBE_REACH = 90;

function labelBoxes(map: MapLibreMap, layerId: string, property: string) {
  if (!map.getLayer(layerId)) return [];
  const boxes = new Map<string, { box: [number, number, number, number]; anchor: [number, number] }>();
  const features = map.queryRenderedFeatures({ layers: [layerId] });
  for (const feature of features) {
    const name = String(feature.properties[property]);
    if (boxes.has(name) || feature.geometry.type !== 'Point') continue;
    const [lon = 0, lat = 0] = feature.geometry.coordinates;
    const anchor = map.project([lon, lat]);
    let box: [number, number, number, number] | null = null;
    for (let dy = -PROBE_REACH; dy <= PROBE_REACH; dy += PROBE_STEP) {
      for (let dx = -PROBE_REACH * 2; dx <= PROBE_REACH * 2; dx += PROBE_STEP) {
        const x = anchor.x + dx;
        const y = anchor.y + dy;
        const hit = map
          .queryRenderedFeatures([x, y], { layers: [layerId] })
          .some((item) => String(item.properties[property]) === name);
        if (!hit) continue;
        box = box
          ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)]
          : [x, y, x, y];
      }
    }
    if (box) boxes.set(name, { box, anchor: [anchor.x, anchor.y] });
  }
  return [...boxes].map(([name, found]) => ({ name, ...found }));
}

/** Installs `window.atlasMap` (or `name`) for this map; returns the uninstaller. */
export function installMapInspector(map: MapLibreMap, name: InspectorName = 'atlasMap'): () => void {
  const names = (layer: string, property: string) =>
    map.getLayer(layer)
      ? [
          ...new Set(
            map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties[property])),
          ),
        ]
      : [];
  window[name] = {
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
    layerOrder: () => map.getStyle().layers.map((layer) => layer.id),
    labelBoxes: (layerId, property) => labelBoxes(map, layerId, property),
    featuresIn: (box, layerIds) => {
      const present = layerIds.filter((id) => map.getLayer(id));
      if (present.length === 0) return [];
      return map
        .queryRenderedFeatures(
          [
            [box[0], box[1]],
            [box[2], box[3]],
          ],
          { layers: present },
        )
        .map((feature) => String(feature.properties.code ?? feature.properties.name ?? feature.layer.id));
    },
  };
  return () => {
    delete window[name];
  };
}
