/**
 * Reference layers: the bureau's own context on the map — roads, rivers, villages, land parcels,
 * planning red lines — each a named layer with its colour, width, label field and place in the
 * drawing order. Kept in the project like the roster; plain data.
 */
import type { FeatureCollection, Geometry } from 'geojson';

/** What a layer shows; decides its default look and its legend swatch. */
export type ReferenceLayerKind = 'road' | 'river' | 'village' | 'parcel' | 'red-line' | 'other';

/** Every kind, in the order a picker lists them. */
export const REFERENCE_LAYER_KINDS: readonly ReferenceLayerKind[] = [
  'road',
  'river',
  'village',
  'parcel',
  'red-line',
  'other',
];

/** The attribute values a reference feature keeps. */
export type ReferenceProperties = Record<string, string | number | boolean | null>;

/** A layer's features: WGS84 points, lines and polygons with their own attributes. */
export type ReferenceFeatures = FeatureCollection<Geometry, ReferenceProperties>;

/** One reference layer. */
export interface ReferenceLayer {
  /** Stable id, e.g. ref-3. */
  id: string;
  /** The name the user gave it (shown in the legend), e.g. 郁江 or 规划道路. */
  name: string;
  kind: ReferenceLayerKind;
  /** CSS colour of lines, outlines and points. */
  colour: string;
  /** Line width in CSS pixels (outline width for polygons, point radius is derived). */
  width: number;
  /** The attribute whose value labels each feature; null for no labels. */
  labelField: string | null;
  visible: boolean;
  /** The file it was read from. */
  file: string;
  /** Where the data comes from, as the legend and the printed source line say it. */
  source: string;
  features: ReferenceFeatures;
}

/** The default look of each kind: quiet enough to stay under the school symbols. */
export const REFERENCE_KIND_STYLES: Record<ReferenceLayerKind, { colour: string; width: number }> = {
  road: { colour: '#b07a3a', width: 1.6 },
  river: { colour: '#4a90c8', width: 2 },
  village: { colour: '#6d5f4b', width: 1 },
  parcel: { colour: '#5f8f3e', width: 1.2 },
  'red-line': { colour: '#d0342c', width: 1.8 },
  other: { colour: '#6b6b8f', width: 1.4 },
};

/**
 * The next free layer id.
 * @example nextReferenceLayerId([{ id: 'ref-1' }, { id: 'ref-4' }]) // 'ref-5'
 */
export function nextReferenceLayerId(layers: readonly Pick<ReferenceLayer, 'id'>[]): string {
  const numbers = layers.map((layer) => Number(/^ref-(\d+)$/.exec(layer.id)?.[1] ?? 0));
  return `ref-${Math.max(0, ...numbers) + 1}`;
}
