/** Analysis layers: township fill by rule result, service circles, and coverage gaps. */
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme.ts';
import {
  LAYER_GAPS,
  LAYER_SERVICE_CIRCLE_FILL,
  LAYER_SERVICE_CIRCLE_LINE,
  LAYER_TOWNSHIP_RULE_FILL,
  SOURCE_GAPS,
  SOURCE_SERVICE_CIRCLES,
  SOURCE_TOWNSHIPS,
} from './ids.ts';

/** Which analysis layers are shown. */
export interface AnalysisLayerVisibility {
  ruleFill: boolean;
  circles: boolean;
  gaps: boolean;
}

const visibility = (shown: boolean) => (shown ? 'visible' : 'none') as 'visible' | 'none';

/**
 * Township fill by the feature-state `failures`: -1 not applicable or not analysed, 0 all
 * selected rules pass, n > 0 that many fail. Colours are light enough to keep symbols readable.
 */
export function townshipRuleFillLayer(theme: Theme, shown: boolean): LayerSpecification {
  return {
    id: LAYER_TOWNSHIP_RULE_FILL,
    type: 'fill',
    source: SOURCE_TOWNSHIPS,
    layout: { visibility: visibility(shown) },
    paint: {
      'fill-color': [
        'step',
        ['number', ['feature-state', 'failures'], -1],
        'rgba(0,0,0,0)',
        0,
        theme.rulePass,
        1,
        theme.ruleFailOne,
        2,
        theme.ruleFailMany,
      ],
      'fill-opacity': 0.55,
    },
  };
}

/** Service circles (drawn under the schools) and gap points (population beyond reach). */
export function coverageLayers(theme: Theme, shown: AnalysisLayerVisibility): LayerSpecification[] {
  return [
    {
      id: LAYER_SERVICE_CIRCLE_FILL,
      type: 'fill',
      source: SOURCE_SERVICE_CIRCLES,
      layout: { visibility: visibility(shown.circles) },
      // Overlapping circles add up: fainter at close zoom, where each circle covers much of the view.
      paint: {
        'fill-color': theme.serviceCircle,
        'fill-opacity': ['interpolate', ['linear'], ['zoom'], 9, 0.12, 13, 0.05, 15, 0.02],
      },
    },
    {
      id: LAYER_SERVICE_CIRCLE_LINE,
      type: 'line',
      source: SOURCE_SERVICE_CIRCLES,
      layout: { visibility: visibility(shown.circles) },
      paint: { 'line-color': theme.serviceCircle, 'line-width': 0.8, 'line-opacity': 0.6 },
    },
    {
      id: LAYER_GAPS,
      type: 'circle',
      source: SOURCE_GAPS,
      layout: { visibility: visibility(shown.gaps) },
      paint: {
        // A 500 m population cell drawn about its own size: radius grows with zoom.
        'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], 9, 1.6, 12, 12, 15, 96],
        'circle-color': [
          'interpolate',
          ['linear'],
          ['get', 'population'],
          0,
          theme.gapLow,
          400,
          theme.gapHigh,
        ],
        'circle-opacity': 0.7,
        'circle-blur': 0.3,
      },
    },
  ];
}
