/**
 * Layers of a consolidation (撤并) proposal: an arrow from each closed school to the school receiving
 * its pupils (a line and a head), and a ring with a cross on each closed school. One source; the
 * features say what they are in `part` (see `consolidationFeatures`).
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme.ts';
import {
  LAYER_CONSOLIDATION_ARROW,
  LAYER_CONSOLIDATION_CLOSED,
  LAYER_CONSOLIDATION_CROSS,
  LAYER_CONSOLIDATION_HEAD,
  SOURCE_CONSOLIDATION,
} from './ids.ts';

const visibility = (shown: boolean) => (shown ? 'visible' : 'none');

/**
 * The proposal's layers, drawn above the schools.
 * @example consolidationLayers(DEFAULT_THEME, GLYPH_FONT_STACK, true).map((layer) => layer.id)
 */
export function consolidationLayers(theme: Theme, fontStack: string, shown: boolean): LayerSpecification[] {
  return [
    {
      id: LAYER_CONSOLIDATION_ARROW,
      type: 'line',
      source: SOURCE_CONSOLIDATION,
      filter: ['==', ['get', 'part'], 'arrow'],
      layout: { visibility: visibility(shown), 'line-cap': 'round' },
      paint: { 'line-color': theme.consolidationArrow, 'line-width': 2.5, 'line-opacity': 0.9 },
    },
    {
      id: LAYER_CONSOLIDATION_HEAD,
      type: 'fill',
      source: SOURCE_CONSOLIDATION,
      filter: ['==', ['get', 'part'], 'head'],
      layout: { visibility: visibility(shown) },
      paint: { 'fill-color': theme.consolidationArrow, 'fill-opacity': 0.95 },
    },
    {
      id: LAYER_CONSOLIDATION_CLOSED,
      type: 'circle',
      source: SOURCE_CONSOLIDATION,
      filter: ['==', ['get', 'part'], 'closed'],
      layout: { visibility: visibility(shown) },
      paint: {
        'circle-radius': 10,
        'circle-color': 'rgba(0, 0, 0, 0)',
        'circle-stroke-color': theme.consolidationClosed,
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: LAYER_CONSOLIDATION_CROSS,
      type: 'symbol',
      source: SOURCE_CONSOLIDATION,
      filter: ['==', ['get', 'part'], 'closed'],
      layout: {
        visibility: visibility(shown),
        // × (U+00D7) is in the app's own Latin glyph ranges.
        'text-field': '×',
        'text-font': ['literal', [fontStack]],
        'text-size': 18,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': theme.consolidationClosed },
    },
  ];
}
