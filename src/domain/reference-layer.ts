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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLayer(value: unknown): value is ReferenceLayer {
  if (!isRecord(value)) return false;
  const features = value.features;
  return (
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    REFERENCE_LAYER_KINDS.includes(value.kind as ReferenceLayerKind) &&
    typeof value.colour === 'string' &&
    typeof value.width === 'number' &&
    Number.isFinite(value.width) &&
    (value.labelField === null || typeof value.labelField === 'string') &&
    typeof value.visible === 'boolean' &&
    typeof value.file === 'string' &&
    typeof value.source === 'string' &&
    isRecord(features) &&
    features.type === 'FeatureCollection' &&
    Array.isArray(features.features) &&
    features.features.every(
      (feature) =>
        isRecord(feature) && isRecord(feature.geometry) && typeof feature.geometry.type === 'string',
    )
  );
}

/**
 * Reference layers read back from a saved project; malformed ones are left out and counted.
 * @example readReferenceLayers(project.referenceLayers).layers.length
 */
export function readReferenceLayers(value: unknown): { layers: ReferenceLayer[]; leftOut: number } {
  if (!Array.isArray(value)) return { layers: [], leftOut: value === undefined || value === null ? 0 : 1 };
  const layers = value.filter(isLayer);
  return { layers, leftOut: value.length - layers.length };
}
