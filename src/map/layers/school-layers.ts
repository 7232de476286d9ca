/** School symbols by type and state, their hover/selection halo, and name labels. */
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme.ts';
import {
  LAYER_SCHOOL_FLAG,
  LAYER_SCHOOL_HALO,
  LAYER_SCHOOL_LABEL,
  LAYER_SCHOOL_SYMBOL,
  SOURCE_SCHOOLS,
} from './ids.ts';

/** The scale of the school symbols by zoom, as [zoom, scale] stops (linear between, held beyond). */
export const SCHOOL_ICON_STOPS: readonly (readonly [number, number])[] = [
  [9, 0.65],
  [12, 0.9],
  [15, 1.25],
];

/** The size of the school symbols by zoom. */
const SCHOOL_ICON_SIZE: unknown = ['interpolate', ['linear'], ['zoom'], ...SCHOOL_ICON_STOPS.flat()];

/** How a school's symbol is drawn: its type-and-state image at the zoom's size, never hidden. */
export function schoolIconLayout() {
  return {
    'icon-image': ['get', 'icon'] as never,
    'icon-size': SCHOOL_ICON_SIZE as number,
    'icon-allow-overlap': true,
  };
}

/**
 * The school layers. Features carry `icon` (the image name for type and state), `name`,
 * `priority` (lower = more important), `labelMinZoom` and `flagged`; hover and selection are
 * feature-state.
 * All symbols are always drawn (a planner must see every school); only labels declutter.
 */
export function schoolLayers(theme: Theme, fontStack: string, showFlags = false): LayerSpecification[] {
  return [
    {
      id: LAYER_SCHOOL_HALO,
      type: 'circle',
      source: SOURCE_SCHOOLS,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 8, 15, 16],
        'circle-color': theme.highlight,
        'circle-opacity': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          0.45,
          ['boolean', ['feature-state', 'hover'], false],
          0.3,
          0,
        ],
        'circle-stroke-color': theme.highlight,
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 2, 0],
      },
    },
    {
      id: LAYER_SCHOOL_SYMBOL,
      type: 'symbol',
      source: SOURCE_SCHOOLS,
      layout: {
        ...schoolIconLayout(),
        'icon-ignore-placement': true,
        'symbol-sort-key': ['*', -1, ['get', 'priority']],
      },
    },
    {
      // A red dot at the symbol's upper right marks a school failing a school rule (大班额, ICT).
      id: LAYER_SCHOOL_FLAG,
      type: 'circle',
      source: SOURCE_SCHOOLS,
      filter: ['==', ['get', 'flagged'], true],
      layout: { visibility: showFlags ? 'visible' : 'none' },
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 2.5, 15, 4.5],
        'circle-color': theme.schoolFlag,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 1,
        'circle-translate': [7, -7],
      },
    },
    {
      id: LAYER_SCHOOL_LABEL,
      type: 'symbol',
      source: SOURCE_SCHOOLS,
      filter: ['>=', ['zoom'], ['get', 'labelMinZoom']],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': ['literal', [fontStack]],
        'text-size': ['interpolate', ['linear'], ['zoom'], 10, 11, 16, 14],
        // Beside the symbol on whichever side is free of other symbols and names.
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.9,
        'text-optional': true,
        'symbol-sort-key': ['get', 'priority'],
        'text-padding': 3,
      },
      paint: {
        'text-color': theme.label,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.6,
      },
    },
  ];
}
