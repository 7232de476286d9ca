/**
 * A copy of src/analysis/prepare-stamp-lattice.ts as it was before it could take the coordinates
 * columns the nearest-school preparation already read (the point objects read three times), kept
 * for the benchmark (scripts/bench/prepare-points-bench.ts) and the equality test
 * (tests/unit/analysis/prepare-points.test.ts); not used by the app.
 *
 * Population points prepared once for stamping: a regular latitude–longitude grid of buckets over
 * them, the points sorted by (radius class, row, column) so that every run of neighbouring
 * buckets of one row is one run of consecutive slots. A site then "stamps" its disc on the grid
 * (`collectStampedRuns`): whole runs inside the disc are taken without a test, only the points
 * of the buckets on the disc's rim are tested exactly.
 */
import { latticeGrid, type StampLattice, unitVectors } from '../../../src/analysis/prepare-stamp-lattice.ts';

const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Prepares points for stamping: one pass to bucket them, one counting sort (in place: no
 * array beyond the lattice's own and a bucket per point), and a unit vector per point from tables
 * and short series (no trigonometric call per point). The bucket is about the points' mean spacing (a point a bucket on a
 * lattice of population cells), never smaller than 50 m.
 * @param weights population of every point
 * @param areaOfPoint township index of every point (−1: none)
 * @param classOfArea radius class of every area and, at index `areaCount`, of the points in no
 * area: areas of one class share their radius for every kind (e.g. 0 rural, 1 urban)
 * @example prepareStampLattice(cells, weights, areaOfCell, townships.length, Int32Array.of(0, 1, 0))
 */
export function prepareStampLattice(
  points: readonly { lon: number; lat: number }[],
  weights: ArrayLike<number>,
  areaOfPoint: ArrayLike<number>,
  areaCount: number,
  classOfArea: Int32Array,
): StampLattice {
  const count = points.length;
  let classCount = 0;
  for (const value of classOfArea) if (value + 1 > classCount) classCount = value + 1;
  // Bucket of every point (−1: in no slot), its class until the bucket is known. No array is
  // allocated beyond the lattice's own and this one: on 10⁶ points, every further 10 MB brings
  // the garbage collector to mark the point objects once more.
  const bucketOfPoint = new Int32Array(count);
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  let placed = 0;
  const unplaced: number[] = [];
  const unplacedClasses: number[] = [];
  for (let position = 0; position < count; position++) {
    const found = areaOfPoint[position] ?? -1;
    const pointClass = classOfArea[found >= 0 ? found : areaCount] ?? -1;
    bucketOfPoint[position] = -1;
    if (pointClass < 0) continue;
    const point = points[position] as { lon: number; lat: number };
    const lon = point.lon;
    const lat = point.lat;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
      unplaced.push(position);
      unplacedClasses.push(pointClass);
      continue;
    }
    bucketOfPoint[position] = pointClass;
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
  const { columns, rows, bucketLatitude, bucketLongitude } = latticeGrid(
    { west, east, south, north },
    placed,
    classCount,
  );

  const buckets = Math.max(classCount, 1) * rows * columns;
  const bucketStart = new Int32Array(buckets + 1);
  for (let position = 0; position < count; position++) {
    const pointClass = bucketOfPoint[position] as number;
    if (pointClass < 0) continue;
    const point = points[position] as { lon: number; lat: number };
    const column = Math.min(columns - 1, Math.floor((point.lon - west) / bucketLongitude));
    const row = Math.min(rows - 1, Math.floor((point.lat - south) / bucketLatitude));
    const bucket = (pointClass * rows + row) * columns + column;
    bucketOfPoint[position] = bucket;
    bucketStart[bucket + 1] = (bucketStart[bucket + 1] as number) + 1;
  }
  for (let bucket = 0; bucket < buckets; bucket++)
    bucketStart[bucket + 1] = (bucketStart[bucket + 1] as number) + (bucketStart[bucket] as number);
  const order = new Int32Array(placed);
  const longitudes = new Float64Array(placed);
  const latitudes = new Float64Array(placed);
  const slotWeights = new Float64Array(placed);
  const slotAreas = new Int32Array(placed);
  for (let position = 0; position < count; position++) {
    const bucket = bucketOfPoint[position] as number;
    if (bucket < 0) continue;
    // The bucket's start serves as its cursor: after the pass it holds the next bucket's start.
    const slot = bucketStart[bucket] as number;
    bucketStart[bucket] = slot + 1;
    const point = points[position] as { lon: number; lat: number };
    order[slot] = position;
    longitudes[slot] = point.lon;
    latitudes[slot] = point.lat;
    slotWeights[slot] = weights[position] ?? 0;
    const found = areaOfPoint[position] ?? -1;
    slotAreas[slot] = found >= 0 ? found : areaCount;
  }
  for (let bucket = buckets; bucket > 0; bucket--) bucketStart[bucket] = bucketStart[bucket - 1] as number;
  bucketStart[0] = 0;
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
    vectors: unitVectors(longitudes, latitudes, { west, east, south, north }),
    edgeCosines: Float64Array.from({ length: rows + 1 }, (_, edge) =>
      Math.cos((south + edge * bucketLatitude) * RADIANS_PER_DEGREE),
    ),
    unplaced: Int32Array.from(unplaced),
    unplacedWeights: Float64Array.from(unplaced, (position) => weights[position] ?? 0),
    unplacedClasses: Int32Array.from(unplacedClasses),
    slotWeights,
    slotAreas,
    areaCount,
    classOfArea,
  };
}
