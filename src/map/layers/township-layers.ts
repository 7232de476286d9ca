/** Township fills (for hover and selection), boundaries and labels. */
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme.ts';
import {
  LAYER_TOWNSHIP_FILL,
  LAYER_TOWNSHIP_LABEL,
  LAYER_TOWNSHIP_LINE,
  SOURCE_TOWNSHIP_LABELS,
  SOURCE_TOWNSHIPS,
} from './ids.ts';

/**
 * The township fill and boundary. Approximate boundaries (built from seat points) are dashed,
 * official ones solid, driven by each feature's `approximate` property.
 */
export function townshipAreaLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: LAYER_TOWNSHIP_FILL,
      type: 'fill',
      source: SOURCE_TOWNSHIPS,
      paint: {
        'fill-color': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          theme.townshipSelected,
          theme.townshipHover,
        ],
        'fill-opacity': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          0.35,
          ['boolean', ['feature-state', 'hover'], false],
          0.45,
          0,
        ],
      },
    },
    {
      id: LAYER_TOWNSHIP_LINE,
      type: 'line',
      source: SOURCE_TOWNSHIPS,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.townshipLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.8, 14, 2],
        'line-dasharray': [
          'case',
          ['boolean', ['get', 'approximate'], true],
          ['literal', [4, 3]],
          ['literal', [1, 0]],
        ],
      },
    },
  ];
}

/** Township names at their seat points; Chinese drawn from the local CJK font. */
export function townshipLabelLayer(theme: Theme, fontStack: string): LayerSpecification {
  return {
    id: LAYER_TOWNSHIP_LABEL,
    type: 'symbol',
    source: SOURCE_TOWNSHIP_LABELS,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': ['literal', [fontStack]],
      'text-size': ['interpolate', ['linear'], ['zoom'], 8, 12, 12, 17],
      'text-letter-spacing': 0.15,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
      'text-offset': [0, -1.6],
    },
    paint: {
      'text-color': '#5b4a2f',
      'text-halo-color': theme.labelHalo,
      'text-halo-width': 2,
      'text-opacity': ['interpolate', ['linear'], ['zoom'], 13, 1, 15, 0.35],
    },
  };
}
