/**
 * The township names' points for the township label layer: chosen away from the school symbols
 * and the district's name for each band of district zooms, with the boxes the names have on the
 * map (their type in label-layers.ts, the symbols' size in school-layers.ts). The screen's map and
 * the print both draw these, so a name clear on screen is clear on paper at the same scale.
 */
import type { FeatureCollection, Point } from 'geojson';
import {
  type LabelSize,
  placeTownshipLabels,
  type TownshipLabelProperties,
} from '../analysis/place-township-labels.ts';
import type { TownshipCollection, TownshipSeatCollection } from '../domain/township.ts';
import { DISTRICT_NAME_TYPE, type NameType, TOWNSHIP_NAME_TYPE } from './layers/label-layers.ts';
import { SCHOOL_ICON_STOPS } from './layers/school-layers.ts';
import { largestSymbolSide } from './symbols.ts';

/**
 * Lower zooms of the bands at which names move off the symbols: the district whole on a laptop
 * (about 9.5) or a wall screen (about 10), an A4 or A3 page, and a little closer in.
 */
export const TOWNSHIP_LABEL_BAND_ZOOMS: readonly number[] = [8, 8.5, 9, 9.25, 9.5, 9.75, 10, 10.5, 11, 11.5];
/** From this zoom up, names stand at their seats: the symbols there are far enough apart. */
export const TOWNSHIP_LABEL_SEAT_ZOOM = 12;

/** A value of [zoom, value] stops at a zoom, linear between them and held beyond, as the map does. */
export function valueAtZoom(stops: readonly (readonly [number, number])[], zoom: number): number {
  const first = stops[0];
  if (!first) return 0;
  if (zoom <= first[0]) return first[1];
  for (let index = 1; index < stops.length; index++) {
    const [zoomBefore, valueBefore] = stops[index - 1] ?? first;
    const [zoomAfter, valueAfter] = stops[index] ?? first;
    if (zoom <= zoomAfter)
      return valueBefore + ((valueAfter - valueBefore) * (zoom - zoomBefore)) / (zoomAfter - zoomBefore);
  }
  return stops[stops.length - 1]?.[1] ?? first[1];
}

/**
 * The box a one-line name takes, as the map's collision box: each character a square of the text
 * size (CJK glyphs; Latin ones are narrower, so this errs wide) plus the spacing, and the
 * collision padding around it (which is wider than the halo, so the halo stays clear too).
 */
export function nameBox(name: string, zoom: number, type: NameType): LabelSize {
  const size = valueAtZoom(type.sizeStops, zoom);
  const characters = [...name].length;
  const margin = 2 * Math.max(type.halo, type.padding);
  return {
    width: characters * size * (1 + type.letterSpacing) + margin,
    height: size * 1.2 + margin,
  };
}

/** Township name points for every band of zooms, clear of `schools` and the district's name. */
export function townshipLabelFeatures(
  seats: TownshipSeatCollection,
  townships: TownshipCollection | null,
  schools: readonly { lon: number; lat: number }[],
  districtLabel: FeatureCollection<Point, { name: string }> | null,
): FeatureCollection<Point, TownshipLabelProperties> {
  const largestSide = largestSymbolSide();
  return placeTownshipLabels(seats, townships, schools, {
    bandZooms: TOWNSHIP_LABEL_BAND_ZOOMS,
    seatZoom: TOWNSHIP_LABEL_SEAT_ZOOM,
    measure: (name, zoom) => nameBox(name, zoom, TOWNSHIP_NAME_TYPE),
    symbolRadius: (zoom) => (largestSide * valueAtZoom(SCHOOL_ICON_STOPS, zoom)) / 2,
    fixed: (districtLabel?.features ?? []).map((feature) => ({
      point: feature.geometry.coordinates,
      size: (zoom: number) => nameBox(feature.properties.name, zoom, DISTRICT_NAME_TYPE),
    })),
  });
}
