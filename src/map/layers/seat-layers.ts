/** 学位 layers: schools ringed by how full their seats are, and children left without a seat. */
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme.ts';
import { LAYER_SEAT_GAPS, LAYER_SEAT_UTILISATION, SOURCE_SEAT_GAPS, SOURCE_SEAT_SCHOOLS } from './ids.ts';

/** Which seat layers are shown. */
export interface SeatLayerVisibility {
  utilisation: boolean;
  withoutSeat: boolean;
}

const visibility = (shown: boolean) => (shown ? 'visible' : 'none') as 'visible' | 'none';

/**
 * The seat layers. School features carry `utilisation` (allocated ÷ seats, −1 when the seats are
 * unknown) and `over` (pupils above seats); gap features carry `count` (children without a seat)
 * and `cause` (`no-school` or `full`). The rings lie under the school symbols, the gaps under both.
 */
export function seatLayers(theme: Theme, shown: SeatLayerVisibility): LayerSpecification[] {
  return [
    {
      id: LAYER_SEAT_GAPS,
      type: 'circle',
      source: SOURCE_SEAT_GAPS,
      layout: { visibility: visibility(shown.withoutSeat) },
      paint: {
        // Area by count: a place with 100 children left shows ten times the radius of one with 1.
        'circle-radius': [
          'interpolate',
          ['exponential', 2],
          ['zoom'],
          9,
          ['*', 0.6, ['sqrt', ['number', ['get', 'count'], 0]]],
          12,
          ['*', 1.6, ['sqrt', ['number', ['get', 'count'], 0]]],
          15,
          ['*', 5, ['sqrt', ['number', ['get', 'count'], 0]]],
        ],
        'circle-color': ['match', ['get', 'cause'], 'full', theme.seatGapFull, theme.seatGapNoSchool],
        'circle-opacity': 0.55,
        'circle-stroke-color': ['match', ['get', 'cause'], 'full', theme.seatGapFull, theme.seatGapNoSchool],
        'circle-stroke-width': 0.8,
      },
    },
    {
      id: LAYER_SEAT_UTILISATION,
      type: 'circle',
      source: SOURCE_SEAT_SCHOOLS,
      layout: { visibility: visibility(shown.utilisation) },
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 7, 15, 15],
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-width': ['case', ['boolean', ['get', 'over'], false], 4, 2.5],
        'circle-stroke-color': [
          'step',
          ['number', ['get', 'utilisation'], -1],
          theme.seatUnknown,
          0,
          theme.seatUnderHalf,
          0.5,
          theme.seatUsed,
          0.85,
          theme.seatNearlyFull,
          1,
          theme.seatFull,
        ],
      },
    },
  ];
}
