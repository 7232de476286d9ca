/**
 * Builds approximate township boundaries: the Voronoi cell of each township seat, clipped to the
 * district outline. No open township boundaries exist for 港南区, so these cells stand in until the
 * user imports official ones, and they are marked `approximate: true` everywhere.
 */
import { area, bbox, booleanPointInPolygon, featureCollection, intersect, voronoi } from '@turf/turf';
import type { BBox, Feature, MultiPolygon, Polygon } from 'geojson';
import type {
  DistrictCollection,
  TownshipCollection,
  TownshipFeature,
  TownshipProperties,
  TownshipSeatCollection,
} from '../../src/domain/township.ts';
import { roundPolygonGeometry } from './round-coordinates.ts';
import type { TownshipName } from './select-townships.ts';

/** Largest accepted gap between the district's area and the sum of the cells, as a share. */
export const COVERAGE_TOLERANCE = 0.005;

/** Margin in degrees around the district for the Voronoi box, so no cell is cut by the box itself. */
const VORONOI_MARGIN_DEGREES = 0.1;

/**
 * Builds one clipped Voronoi cell per township, in the order of `townships`.
 * A cell may come out as a MultiPolygon where the outline is concave; it is kept as it is.
 * @param townships the units with their canonical codes and names (see selectTownships)
 * @param urbanCodes codes of the units that count as urban (city-proper 街道)
 * @throws when a seat is missing, falls outside its own cell, or the cells do not cover the district
 * @example buildTownshipBoundaries(district, seats, townships, ['450803001']).features.length // 9
 */
export function buildTownshipBoundaries(
  district: DistrictCollection,
  seats: TownshipSeatCollection,
  townships: readonly TownshipName[],
  urbanCodes: readonly string[],
): TownshipCollection {
  const outline = district.features[0];
  if (!outline) throw new Error('The district collection is empty');
  const [west, south, east, north] = bbox(outline);
  const box: BBox = [
    west - VORONOI_MARGIN_DEGREES,
    south - VORONOI_MARGIN_DEGREES,
    east + VORONOI_MARGIN_DEGREES,
    north + VORONOI_MARGIN_DEGREES,
  ];
  const orderedSeats = townships.map((township) => {
    const seat = seats.features.find((feature) => feature.properties.code === township.code);
    if (!seat) throw new Error(`No seat point for ${township.code} ${township.name}`);
    return seat;
  });
  const cells = voronoi(featureCollection(orderedSeats), { bbox: box });
  const features = townships.map((township, index): TownshipFeature => {
    const cell = cells.features[index];
    const seat = orderedSeats[index];
    if (!cell || !seat || !booleanPointInPolygon(seat, cell)) {
      throw new Error(`The Voronoi cell of ${township.name} does not hold its seat`);
    }
    const clipped: Feature<Polygon | MultiPolygon> | null = intersect(featureCollection([cell, outline]));
    if (!clipped) throw new Error(`The cell of ${township.name} lies outside the district`);
    const properties: TownshipProperties = {
      code: township.code,
      name: township.name,
      urban: urbanCodes.includes(township.code),
      approximate: true,
    };
    return { type: 'Feature', properties, geometry: roundPolygonGeometry(clipped.geometry) };
  });
  const districtArea = area(outline);
  const cellsArea = features.reduce((sum, feature) => sum + area(feature), 0);
  const gap = Math.abs(cellsArea - districtArea) / districtArea;
  if (gap > COVERAGE_TOLERANCE) {
    throw new Error(`The township cells cover ${(100 * cellsArea) / districtArea}% of the district`);
  }
  return { type: 'FeatureCollection', features };
}
