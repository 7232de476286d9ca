/**
 * The bureau's reference layers: each gets its own source (`reference-<id>`) and, in the user's
 * order, a polygon fill and outline, a line and a point layer (each filtered to its geometry),
 * plus a label layer when the user chose a label field. Lines of a red-line layer are dashed, as
 * planning drawings draw them. Labels sit under the township names in the placement order.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { ReferenceLayer } from '../../domain/reference-layer.ts';
import type { Theme } from '../theme.ts';
import { REFERENCE_PREFIX } from './ids.ts';

/** What the style needs of a reference layer (its features go in through the source's data). */
export type ReferenceLayerLook = Pick<
  ReferenceLayer,
  'id' | 'kind' | 'colour' | 'width' | 'labelField' | 'visible'
>;

/** The source id of a reference layer. */
export function referenceSourceId(id: string): string {
  return `${REFERENCE_PREFIX}${id}`;
}

/** The drawn layers' ids of a reference layer, by part. */
export function referenceLayerIds(id: string) {
  const base = referenceSourceId(id);
  return {
    fill: `${base}-fill`,
    outline: `${base}-outline`,
    line: `${base}-line`,
    point: `${base}-point`,
    label: `${base}-label`,
  };
}

const POLYGONS = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const LINES = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
const POINTS = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];

/** Sources for the layers, their data to come through `setData` unless given. */
export function referenceSources(
  layers: readonly ReferenceLayerLook[],
  data: Readonly<Record<string, GeoJSON.FeatureCollection>> = {},
): Record<string, SourceSpecification> {
  return Object.fromEntries(
    layers.map((layer) => [
      referenceSourceId(layer.id),
      { type: 'geojson', data: data[layer.id] ?? { type: 'FeatureCollection', features: [] } },
    ]),
  );
}

/** The geometry layers of every reference layer, bottom to top in the user's order. */
export function referenceGeometryLayers(layers: readonly ReferenceLayerLook[]): LayerSpecification[] {
  return layers.flatMap((layer): LayerSpecification[] => {
    const source = referenceSourceId(layer.id);
    const ids = referenceLayerIds(layer.id);
    const visibility = layer.visible ? 'visible' : 'none';
    const dashed = layer.kind === 'red-line' ? { 'line-dasharray': [4, 2] } : {};
    return [
      {
        id: ids.fill,
        type: 'fill',
        source,
        filter: POLYGONS as never,
        layout: { visibility },
        paint: { 'fill-color': layer.colour, 'fill-opacity': layer.kind === 'red-line' ? 0.06 : 0.14 },
      },
      {
        id: ids.outline,
        type: 'line',
        source,
        filter: POLYGONS as never,
        layout: { visibility, 'line-join': 'round' },
        paint: { 'line-color': layer.colour, 'line-width': layer.width, ...dashed },
      },
      {
        id: ids.line,
        type: 'line',
        source,
        filter: LINES as never,
        layout: { visibility, 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': layer.colour,
          'line-width': ['interpolate', ['linear'], ['zoom'], 9, layer.width, 15, layer.width * 2],
          ...dashed,
        },
      },
      {
        id: ids.point,
        type: 'circle',
        source,
        filter: POINTS as never,
        layout: { visibility },
        paint: {
          'circle-radius': [
            'interpolate',
            ['linear'],
            ['zoom'],
            9,
            1.5 + layer.width,
            15,
            3 + layer.width * 1.5,
          ],
          'circle-color': layer.colour,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1,
        },
      },
    ];
  });
}

/** The name labels of the reference layers that have a label field: beside a point, inside a
 * polygon, and along a line (a layer of its own: symbol-placement cannot depend on the geometry). */
export function referenceLabelLayers(
  layers: readonly ReferenceLayerLook[],
  theme: Theme,
  fontStack: string,
): LayerSpecification[] {
  return layers.flatMap((layer): LayerSpecification[] => {
    if (!layer.labelField) return [];
    const common = {
      type: 'symbol' as const,
      source: referenceSourceId(layer.id),
      minzoom: layer.kind === 'river' ? 8 : 11,
      paint: { 'text-color': layer.colour, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.6 },
    };
    const text = {
      visibility: layer.visible ? ('visible' as const) : ('none' as const),
      'text-field': ['to-string', ['get', layer.labelField]] as never,
      'text-font': ['literal', [fontStack]] as never,
      'text-size': ['interpolate', ['linear'], ['zoom'], 9, 11, 15, 13] as never,
    };
    return [
      {
        ...common,
        id: referenceLayerIds(layer.id).label,
        filter: ['!', LINES] as never,
        layout: {
          ...text,
          'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.6,
          'text-optional': true,
        },
      },
      {
        ...common,
        id: `${referenceLayerIds(layer.id).label}-along`,
        filter: LINES as never,
        layout: {
          ...text,
          'symbol-placement': 'line',
          'symbol-spacing': 350,
          'text-max-angle': 30,
          'text-letter-spacing': layer.kind === 'river' ? 0.4 : 0.05,
        },
      },
    ];
  });
}
