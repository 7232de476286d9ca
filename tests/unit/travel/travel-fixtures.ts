/** Small hand-built road networks for the travel-time tests, near 港南区 (23° N). */
import type {
  BarrierLayer,
  LonLat,
  RoadClass,
  RoadLine,
  RoadNetwork,
} from '../../../src/domain/road-network.ts';

/** A road line. */
export function road(
  coordinates: LonLat[],
  roadClass: RoadClass = '村道',
  speed: number | null = null,
): RoadLine {
  return { coordinates, roadClass, speed, name: '' };
}

/** A network of lines. */
export function network(lines: RoadLine[]): RoadNetwork {
  return { file: 'test.geojson', sample: false, lines };
}

/** A barrier layer of lines. */
export function barrier(lines: LonLat[][]): BarrierLayer {
  return { file: 'river.geojson', source: 'test', lines };
}

/** Metres per minute on foot at 4.5 km/h, and off the road at 3 km/h. */
export const WALK_METRES_PER_MINUTE = 75;
export const OFF_ROAD_METRES_PER_MINUTE = 50;
