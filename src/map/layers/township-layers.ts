/** Township fills (for hover and selection) and boundaries; their names are in label-layers.ts. */
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme.ts';
import { LAYER_TOWNSHIP_FILL, LAYER_TOWNSHIP_LINE, SOURCE_TOWNSHIPS } from './ids.ts';

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
