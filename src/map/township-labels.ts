/**
 * The township names' points for the township label layer: chosen away from the school symbols
 * and the district's name for each band of district zooms, with the boxes the names have on the
 * map (their type in label-layers.ts, the symbols' size in school-layers.ts). The screen's map and
 * the print both draw these, so a name clear on screen is clear on paper at the same scale.
 */
import type { FeatureCollection, Point } from 'geojson';
import {
  type LabelBand,
  type LabelSize,
  placeTownshipLabels,
  type TownshipLabelProperties,
} from '../analysis/place-township-labels.ts';
import { placedTownshipLabels } from '../analysis/placed-labels.ts';
import { SCHOOL_TYPE_CODES, type School } from '../domain/school.ts';
import type { DistrictCollection, TownshipCollection, TownshipSeatCollection } from '../domain/township.ts';
import {
  DISTRICT_NAME_TYPE,
  type NameType,
  SCHOOL_CLEARANCE_PADDING,
  TOWNSHIP_NAME_TYPE,
} from './layers/label-layers.ts';
import { SCHOOL_ICON_STOPS } from './layers/school-layers.ts';
import { symbolSide } from './symbols.ts';
import { DEFAULT_THEME } from './theme.ts';

/**
 * The bands of whole zooms at which names move off the symbols, each placed for a zoom inside it:
 * the district whole on a 1280 × 800 laptop, the overview and an A4 page open at about 9.6–10,
 * a wall screen at about 10.4. Below a band's design zoom a name may touch a symbol. From the
 * last band's end up, names stand at their seats: the symbols there are far enough apart.
 */
export const TOWNSHIP_LABEL_BANDS: readonly LabelBand[] = [
  { from: 0, to: 9, design: 8.6 },
  { from: 9, to: 10, design: 9.65 },
  { from: 10, to: 11, design: 10 },
  { from: 11, to: 12, design: 11 },
];

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
  schools: readonly School[],
  districtLabel: FeatureCollection<Point, { name: string }> | null,
): FeatureCollection<Point, TownshipLabelProperties> {
  const spots = schools.map((school) => ({
    lon: school.lon,
    lat: school.lat,
    side: symbolSide(DEFAULT_THEME.schoolTypes[SCHOOL_TYPE_CODES[school.type]]),
  }));
  return placeTownshipLabels(seats, townships, spots, {
    bands: TOWNSHIP_LABEL_BANDS,
    measure: (name, zoom) => nameBox(name, zoom, TOWNSHIP_NAME_TYPE),
    symbolRadius: (zoom, side) =>
      (side * valueAtZoom(SCHOOL_ICON_STOPS, zoom)) / 2 + SCHOOL_CLEARANCE_PADDING,
    fixed: (districtLabel?.features ?? []).map((feature) => ({
      point: feature.geometry.coordinates,
      size: (zoom: number) => nameBox(feature.properties.name, zoom, DISTRICT_NAME_TYPE),
    })),
  });
}

/**
 * The township name points: those placed ahead for these very objects while every school stands
 * where it stood (the embedded data set's, placed when the app is built), else placed now.
 */
export function townshipLabelsOf(
  seats: TownshipSeatCollection,
  townships: TownshipCollection | null,
  schools: readonly School[],
  district: DistrictCollection | null,
  districtLabel: FeatureCollection<Point, { name: string }> | null,
): FeatureCollection<Point, TownshipLabelProperties> {
  return (
    placedTownshipLabels(seats, townships, schools, district) ??
    townshipLabelFeatures(seats, townships, schools, districtLabel)
  );
}
