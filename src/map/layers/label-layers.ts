/**
 * The map's own names — the district and its townships — and the clearance that keeps them off
 * the school symbols. Symbols are placed top layer first: the invisible clearance copies of the
 * school symbols are placed before anything else, then the district's name tries each anchor
 * around its point for one that touches no symbol, and the township names stand centred at the
 * points chosen away from the symbols for the zoom (township-labels.ts; at close zooms their seats,
 * with every anchor to try). A name is never hidden: when nothing is free it is drawn anyway. The
 * school names then fit into what is left. The names are drawn above the symbols, with halos.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme.ts';
import {
  LAYER_DISTRICT_LABEL,
  LAYER_SCHOOL_CLEARANCE,
  LAYER_TOWNSHIP_LABEL,
  SOURCE_DISTRICT_LABEL,
  SOURCE_SCHOOLS,
  SOURCE_TOWNSHIP_LABELS,
} from './ids.ts';
import { schoolIconLayout } from './school-layers.ts';

/** Where a name may sit around its point, in the order tried. */
const ANCHORS = [
  'top',
  'bottom',
  'right',
  'left',
  'top-right',
  'top-left',
  'bottom-right',
  'bottom-left',
] as const;

/** The direction (x right, y down) a name moves away from its point for each anchor. */
const AWAY: Record<(typeof ANCHORS)[number], [number, number]> = {
  top: [0, 1],
  bottom: [0, -1],
  right: [-1, 0],
  left: [1, 0],
  'top-right': [-0.7, 0.7],
  'top-left': [0.7, 0.7],
  'bottom-right': [-0.7, -0.7],
  'bottom-left': [0.7, -0.7],
};

/**
 * Places to try, as `text-variable-anchor-offset` takes them: every anchor close to the point,
 * then every anchor farther out (`distances` in ems), so a name in a crowded town still finds a
 * free spot near its point before it is drawn over symbols.
 */
export function labelPlaces(distances: readonly number[]): (string | [number, number])[] {
  return distances.flatMap((distance) =>
    ANCHORS.flatMap((anchor): (string | [number, number])[] => {
      const [x, y] = AWAY[anchor];
      return [anchor, [x * distance, y * distance]];
    }),
  );
}

/** How a map name is set: its size by zoom as [zoom, pixels] stops, spacing, halo and padding. */
export interface NameType {
  sizeStops: readonly (readonly [number, number])[];
  /** Letter spacing, ems. */
  letterSpacing: number;
  /** Halo width, pixels. */
  halo: number;
  /** Collision padding, pixels. */
  padding: number;
}

/** The township names' type; the label points are chosen for boxes of this size. */
export const TOWNSHIP_NAME_TYPE: NameType = {
  sizeStops: [
    [8, 12],
    [12, 17],
  ],
  letterSpacing: 0.15,
  halo: 2,
  padding: 3,
};

/** The district name's type. */
export const DISTRICT_NAME_TYPE: NameType = {
  sizeStops: [
    [8, 17],
    [11, 24],
  ],
  letterSpacing: 0.5,
  halo: 2.5,
  padding: 4,
};

/**
 * Township names, above the schools: at district zooms at the points chosen away from the
 * symbols (`placeTownshipLabels`, one point per band of zooms, picked by the filter), closer in at
 * their seats; each tries its point's centre, then every anchor around it.
 */
export function townshipLabelLayer(theme: Theme, fontStack: string): LayerSpecification {
  return {
    id: LAYER_TOWNSHIP_LABEL,
    type: 'symbol',
    source: SOURCE_TOWNSHIP_LABELS,
    filter: [
      'all',
      ['>=', ['zoom'], ['coalesce', ['get', 'minZoom'], 0]],
      ['<', ['zoom'], ['coalesce', ['get', 'maxZoom'], 24]],
    ],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': ['literal', [fontStack]],
      'text-size': ['interpolate', ['linear'], ['zoom'], ...TOWNSHIP_NAME_TYPE.sizeStops.flat()],
      'text-letter-spacing': TOWNSHIP_NAME_TYPE.letterSpacing,
      // A point chosen away from the symbols keeps its name centred on it (moved, the name would
      // leave the clear spot); at a seat the name tries the centre, then every anchor around it.
      'text-variable-anchor-offset': [
        'case',
        ['boolean', ['get', 'atSeat'], true],
        ['literal', ['center', [0, 0], ...labelPlaces([0.9, 2, 3.2])]],
        ['literal', ['center', [0, 0]]],
      ],
      // Tried free of every symbol first; when every anchor is taken, drawn at the first anyway.
      'text-allow-overlap': true,
      'text-ignore-placement': false,
      'text-padding': TOWNSHIP_NAME_TYPE.padding,
    },
    paint: {
      'text-color': theme.townshipLabel,
      'text-halo-color': theme.labelHalo,
      'text-halo-width': TOWNSHIP_NAME_TYPE.halo,
      'text-halo-blur': 0.5,
      'text-opacity': ['interpolate', ['linear'], ['zoom'], 13, 1, 15, 0.45],
    },
  };
}

/** The district's name at its label point, while the whole district is in view. */
export function districtLabelLayer(theme: Theme, fontStack: string): LayerSpecification {
  return {
    id: LAYER_DISTRICT_LABEL,
    type: 'symbol',
    source: SOURCE_DISTRICT_LABEL,
    maxzoom: 11.5,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': ['literal', [fontStack]],
      'text-size': ['interpolate', ['linear'], ['zoom'], ...DISTRICT_NAME_TYPE.sizeStops.flat()],
      'text-letter-spacing': DISTRICT_NAME_TYPE.letterSpacing,
      'text-variable-anchor-offset': ['center', [0, 0], ...labelPlaces([0.6, 1.6, 2.6])],
      'text-allow-overlap': true,
      'text-ignore-placement': false,
      'text-padding': DISTRICT_NAME_TYPE.padding,
    },
    paint: {
      'text-color': theme.districtLabel,
      'text-halo-color': theme.labelHalo,
      'text-halo-width': DISTRICT_NAME_TYPE.halo,
      'text-halo-blur': 0.5,
    },
  };
}

/** Room kept around each school symbol, pixels. */
export const SCHOOL_CLEARANCE_PADDING = 1;

/**
 * The clearance: the school symbols again, invisible, at the top of the style so they are placed
 * first and every name after them keeps clear (the visible symbols ignore placement: every
 * school is always drawn).
 */
export function schoolClearanceLayer(): LayerSpecification {
  return {
    id: LAYER_SCHOOL_CLEARANCE,
    type: 'symbol',
    source: SOURCE_SCHOOLS,
    layout: {
      ...schoolIconLayout(),
      'icon-ignore-placement': false,
      'icon-padding': SCHOOL_CLEARANCE_PADDING,
    },
    paint: { 'icon-opacity': 0 },
  };
}
