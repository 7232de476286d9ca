/** Candidate sites (候选点): dashed service circles, a ringed point and the candidate's name. */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme.ts';
import {
  LAYER_CANDIDATE_CIRCLE_FILL,
  LAYER_CANDIDATE_CIRCLE_LINE,
  LAYER_CANDIDATE_LABEL,
  LAYER_CANDIDATE_POINT,
  SOURCE_CANDIDATE_CIRCLES,
  SOURCE_CANDIDATES,
} from './ids.ts';

const visibility = (shown: boolean) => (shown ? 'visible' : 'none') as 'visible' | 'none';

/** The circles, drawn under the schools. */
export function candidateCircleLayers(theme: Theme, shown: boolean): LayerSpecification[] {
  return [
    {
      id: LAYER_CANDIDATE_CIRCLE_FILL,
      type: 'fill',
      source: SOURCE_CANDIDATE_CIRCLES,
      layout: { visibility: visibility(shown) },
      paint: { 'fill-color': theme.candidate, 'fill-opacity': 0.1 },
    },
    {
      id: LAYER_CANDIDATE_CIRCLE_LINE,
      type: 'line',
      source: SOURCE_CANDIDATE_CIRCLES,
      layout: { visibility: visibility(shown) },
      paint: { 'line-color': theme.candidate, 'line-width': 1.5, 'line-dasharray': [3, 2] },
    },
  ];
}

/** The points and names, drawn above the schools; a selected one is larger. */
export function candidatePointLayers(theme: Theme, fontStack: string, shown: boolean): LayerSpecification[] {
  const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
  return [
    {
      id: LAYER_CANDIDATE_POINT,
      type: 'circle',
      source: SOURCE_CANDIDATES,
      layout: { visibility: visibility(shown) },
      paint: {
        'circle-radius': ['case', selected, 10, 7],
        'circle-color': '#ffffff',
        'circle-stroke-color': theme.candidate,
        'circle-stroke-width': ['case', selected, 5, 4],
      },
    },
    {
      id: LAYER_CANDIDATE_LABEL,
      type: 'symbol',
      source: SOURCE_CANDIDATES,
      layout: {
        visibility: visibility(shown),
        'text-field': ['get', 'name'],
        'text-font': ['literal', [fontStack]],
        'text-size': 13,
        'text-offset': [0, 1.2],
        'text-anchor': 'top',
        'text-allow-overlap': true,
      },
      paint: { 'text-color': theme.candidate, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
    },
  ];
}
