/**
 * `prepareListLattice` as it was before the two lattices shared one core (src/analysis/prepare-stamp-lattice.ts,
 * `placeOnLattice`): kept only to be timed beside the current code (scripts/bench/suggest-bench.ts,
 * scripts/bench/prepare-points-bench.ts) and to hold the current code to its output, bit for bit,
 * in tests/unit/analysis/lattice-core.test.ts; never used by the atlas.
 */
/**
 * The stamp lattice of the points a suggestion's coverage lists may hold: the same slots in the
 * same order as `prepareStampLattice` gives for the same points and classes, without what the
 * lists do not need (population and township of every slot), reading every point once.
 */
import { latticeGrid, type StampLattice } from '../../../src/analysis/prepare-stamp-lattice.ts';
import { unitVectors } from './prepare-stamp-lattice.ts';

const RADIANS_PER_DEGREE = Math.PI / 180;
const NO_WEIGHTS = new Float64Array(0);
const NO_AREAS = new Int32Array(0);

/**
 * The lattice of the points of a class ≥ 0 (`classOfPoint`, one of `classCount`): points whose
 * coordinates are not finite numbers are left unplaced. The slots equal those of
 * `prepareStampLattice(points, weights, classOfPoint, classCount, [0, 1, …, classCount − 1, −1])`,
 * with every slot weighing nothing.
 * @example prepareListLattice(cells, Int32Array.from(cells, () => 0), 1).order.length // cells placed
 */
export function prepareListLattice(
  points: readonly { lon: number; lat: number }[],
  classOfPoint: Int32Array,
  classCount: number,
): StampLattice {
  const count = points.length;
  // The placed points in order of position: where, which point, which class — sized by the
  // points in a class (fewer arrays for the garbage collector to reckon with than a slot a point).
  let inClass = 0;
  for (let position = 0; position < count; position++) if ((classOfPoint[position] as number) >= 0) inClass++;
  const longitudesOf = new Float64Array(inClass);
  const latitudesOf = new Float64Array(inClass);
  const positionOf = new Int32Array(inClass);
  const bucketOf = new Int32Array(inClass);
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  let placed = 0;
  const unplaced: number[] = [];
  const unplacedClasses: number[] = [];
  for (let position = 0; position < count; position++) {
    const pointClass = classOfPoint[position] as number;
    if (pointClass < 0) continue;
    const point = points[position] as { lon: number; lat: number };
    const lon = point.lon;
    const lat = point.lat;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
      unplaced.push(position);
      unplacedClasses.push(pointClass);
      continue;
    }
    longitudesOf[placed] = lon;
    latitudesOf[placed] = lat;
    positionOf[placed] = position;
    bucketOf[placed] = pointClass;
    placed++;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  if (placed === 0) {
    west = 0;
    east = 0;
    south = 0;
    north = 0;
  }
  const bounds = { west, east, south, north };
  const { columns, rows, bucketLatitude, bucketLongitude } = latticeGrid(bounds, placed, classCount);
  const buckets = Math.max(classCount, 1) * rows * columns;
  const bucketStart = new Int32Array(buckets + 1);
  for (let at = 0; at < placed; at++) {
    // The bucket as prepareStampLattice computes it, operation for operation.
    const column = Math.min(columns - 1, Math.floor(((longitudesOf[at] as number) - west) / bucketLongitude));
    const row = Math.min(rows - 1, Math.floor(((latitudesOf[at] as number) - south) / bucketLatitude));
    const bucket = ((bucketOf[at] as number) * rows + row) * columns + column;
    bucketOf[at] = bucket;
    bucketStart[bucket + 1] = (bucketStart[bucket + 1] as number) + 1;
  }
  for (let bucket = 0; bucket < buckets; bucket++)
    bucketStart[bucket + 1] = (bucketStart[bucket + 1] as number) + (bucketStart[bucket] as number);
  const order = new Int32Array(placed);
  const longitudes = new Float64Array(placed);
  const latitudes = new Float64Array(placed);
  // A stable counting sort: within a bucket, points in order of position.
  for (let at = 0; at < placed; at++) {
    const bucket = bucketOf[at] as number;
    const slot = bucketStart[bucket] as number;
    bucketStart[bucket] = slot + 1;
    order[slot] = positionOf[at] as number;
    longitudes[slot] = longitudesOf[at] as number;
    latitudes[slot] = latitudesOf[at] as number;
  }
  for (let bucket = buckets; bucket > 0; bucket--) bucketStart[bucket] = bucketStart[bucket - 1] as number;
  bucketStart[0] = 0;
  const edgeCosines = new Float64Array(rows + 1);
  for (let edge = 0; edge <= rows; edge++)
    edgeCosines[edge] = Math.cos((south + edge * bucketLatitude) * RADIANS_PER_DEGREE);
  return {
    count,
    classCount,
    west,
    south,
    bucketLongitude,
    bucketLatitude,
    columns,
    rows,
    bucketStart,
    order,
    longitudes,
    latitudes,
    vectors: unitVectors(longitudes, latitudes, bounds),
    edgeCosines,
    unplaced: Int32Array.from(unplaced),
    unplacedWeights: new Float64Array(unplaced.length),
    unplacedClasses: Int32Array.from(unplacedClasses),
    slotWeights: NO_WEIGHTS,
    slotAreas: NO_AREAS,
    areaCount: classCount,
    classOfArea: Int32Array.from({ length: classCount + 1 }, (_, area) => (area < classCount ? area : -1)),
  };
}
