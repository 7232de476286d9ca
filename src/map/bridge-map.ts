/**
 * The part of MapLibre's map that the bridge calls: the sync sends style, data, feature-state
 * and camera moves; the interactions listen to pointer events and set the cursor. Naming it
 * keeps the bridge honest about what it touches, and lets the tests hand it a small fake.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The map calls the bridge makes. */
export type BridgeMap = Pick<
  MapLibreMap,
  | 'on'
  | 'off'
  | 'once'
  | 'setStyle'
  | 'isStyleLoaded'
  | 'getSource'
  | 'setFeatureState'
  | 'resize'
  | 'flyTo'
  | 'fitBounds'
  | 'getCanvas'
  | 'dragPan'
  | 'getLayer'
  | 'queryRenderedFeatures'
  | 'getCenter'
  | 'getZoom'
  | 'getPixelRatio'
  | 'hasImage'
  | 'addImage'
  | 'listImages'
  | 'removeImage'
>;

/** A dragged school or candidate, drawn where the pointer has it until the drop commits it. */
export type DragPreview =
  | { kind: 'school'; index: number; lon: number; lat: number }
  | { kind: 'candidate'; id: string; lon: number; lat: number };
