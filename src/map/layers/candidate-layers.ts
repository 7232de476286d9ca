/**
 * Candidate sites (候选点): dashed service circles, a ringed point and the candidate's name; and the
 * sites of the last suggestion, numbered in the order picked, until they are accepted.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme.ts';
import {
  LAYER_CANDIDATE_CIRCLE_FILL,
  LAYER_CANDIDATE_CIRCLE_LINE,
  LAYER_CANDIDATE_LABEL,
  LAYER_CANDIDATE_POINT,
  LAYER_SUGGESTED_SITE,
  LAYER_SUGGESTED_SITE_RANK,
  SOURCE_CANDIDATE_CIRCLES,
  SOURCE_CANDIDATES,
  SOURCE_SUGGESTED_SITES,
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

/** The suggested sites: a filled disc with the pick's rank (1 = picked first). */
export function suggestedSiteLayers(theme: Theme, fontStack: string, shown: boolean): LayerSpecification[] {
  return [
    {
      id: LAYER_SUGGESTED_SITE,
      type: 'circle',
      source: SOURCE_SUGGESTED_SITES,
      layout: { visibility: visibility(shown) },
      paint: {
        'circle-radius': 9,
        'circle-color': theme.suggestedSite,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
      },
    },
    {
      id: LAYER_SUGGESTED_SITE_RANK,
      type: 'symbol',
      source: SOURCE_SUGGESTED_SITES,
      layout: {
        visibility: visibility(shown),
        'text-field': ['to-string', ['get', 'rank']],
        'text-font': ['literal', [fontStack]],
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
  ];
}
