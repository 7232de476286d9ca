/**
 * Travel-time layers: the imported road network (by class), the isochrone cells (banded by
 * minutes to the nearest school of the chosen kind) and the people the straight line counts as
 * covered but the road does not. Their colours are a typed theme of their own.
 */
import type { LayerSpecification } from 'maplibre-gl';
import { ROAD_CLASSES, type RoadClass } from '../../domain/road-network.ts';

/** Layer and source ids. */
export const SOURCE_ROADS = 'roads';
export const SOURCE_ISOCHRONES = 'isochrones';
export const SOURCE_HIDDEN_GAPS = 'hidden-gaps';
export const LAYER_ROADS = 'roads';
export const LAYER_ISOCHRONES = 'isochrones';
export const LAYER_HIDDEN_GAPS = 'hidden-gaps';

/** Colours of the travel layers. */
export interface TravelTheme {
  /** Line colour and width (px at zoom 12) per road class, highest first. */
  roads: Record<RoadClass, { colour: string; width: number }>;
  /** Fill of the isochrone bands, nearest first (10, 20, 30 minutes …); more bands reuse the last. */
  bands: string[];
  bandOpacity: number;
  /** Points covered by the straight line but not by road. */
  hiddenGap: string;
}

/** The default travel theme: roads in warm greys and reds, bands in greens that print light. */
export const TRAVEL_THEME: TravelTheme = {
  roads: {
    国道: { colour: '#c0392b', width: 3.2 },
    省道: { colour: '#d35400', width: 2.8 },
    县道: { colour: '#b9770e', width: 2.2 },
    乡道: { colour: '#7b7d7d', width: 1.6 },
    村道: { colour: '#a6acaf', width: 1.1 },
    其他: { colour: '#bfc9ca', width: 0.9 },
  },
  bands: ['#1e8449', '#58d68d', '#d5f5e3'],
  bandOpacity: 0.5,
  hiddenGap: '#8e44ad',
};

const visibility = (shown: boolean) => (shown ? 'visible' : 'none') as 'visible' | 'none';

/** The colour of each band index, as a `match` expression. */
function bandColour(theme: TravelTheme): unknown[] {
  const last = theme.bands.at(-1) ?? '#ffffff';
  return ['match', ['get', 'band'], ...theme.bands.flatMap((colour, band) => [band, colour]), last];
}

/** The isochrone cells, drawn under the township lines and the schools. */
export function isochroneLayer(theme: TravelTheme, shown: boolean): LayerSpecification {
  return {
    id: LAYER_ISOCHRONES,
    type: 'fill',
    source: SOURCE_ISOCHRONES,
    layout: { visibility: visibility(shown) },
    paint: {
      'fill-color': bandColour(theme) as never,
      'fill-opacity': theme.bandOpacity,
      'fill-antialias': false,
    },
  };
}

/** The road network: lower classes first, so higher ones draw on top. */
export function roadLayer(theme: TravelTheme, shown: boolean): LayerSpecification {
  const byClass = (value: (style: { colour: string; width: number }) => string | number) => [
    'match',
    ['get', 'roadClass'],
    ...ROAD_CLASSES.flatMap((roadClass) => [roadClass, value(theme.roads[roadClass])]),
    value(theme.roads.其他),
  ];
  return {
    id: LAYER_ROADS,
    type: 'line',
    source: SOURCE_ROADS,
    layout: {
      visibility: visibility(shown),
      'line-join': 'round',
      'line-cap': 'round',
      'line-sort-key': ['-', 0, ['index-of', ['get', 'roadClass'], ['literal', ROAD_CLASSES]]] as never,
    },
    paint: {
      'line-color': byClass((style) => style.colour) as never,
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        9,
        ['*', 0.5, byClass((style) => style.width)],
        12,
        byClass((style) => style.width),
        15,
        ['*', 2, byClass((style) => style.width)],
      ] as never,
    },
  };
}

/** Points within the straight-line radius but beyond the time threshold by road: rings. */
export function hiddenGapLayer(theme: TravelTheme, shown: boolean): LayerSpecification {
  return {
    id: LAYER_HIDDEN_GAPS,
    type: 'circle',
    source: SOURCE_HIDDEN_GAPS,
    layout: { visibility: visibility(shown) },
    paint: {
      'circle-radius': ['interpolate', ['exponential', 2], ['zoom'], 9, 1.6, 12, 9, 15, 72],
      'circle-color': 'rgba(0,0,0,0)',
      'circle-stroke-color': theme.hiddenGap,
      'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 9, 0.8, 13, 2],
    },
  };
}
