/**
 * The previous method (as it stood before the change that replaced it; kept only to be timed
 * beside the current one in scripts/bench/suggest-bench.ts and stamped-coverage-bench.ts; never
 * used by the atlas).
 *
 * Population points prepared once for stamping: a regular latitude–longitude grid of buckets over
 * them, the points sorted by (radius class, row, column) so that every run of neighbouring
 * buckets of one row is one run of consecutive slots. A site then "stamps" its disc on the grid
 * (`collectStampedRuns`): whole runs inside the disc are taken without a test, only the points
 * of the buckets on the disc's rim are tested exactly.
 */
const RADIANS_PER_DEGREE = Math.PI / 180;
const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;
/**
 * The most buckets the grid may have over all classes: 32 million are 128 MB of offsets. The
 * bucket size grows until the grid fits, so a sparse spread of points never allocates more.
 */
export const MAXIMUM_STAMP_BUCKETS = 32_000_000;

/**
 * The prepared points. A point is in class `classOfArea[area]` (its township's radius class);
 * points of a class below 0, or with a coordinate that is not a finite number, are in no slot.
 */
export interface StampLattice {
  /** Number of input points (positions 0 … count − 1). */
  count: number;
  classCount: number;
  /** Grid origin (degrees), bucket size (degrees), buckets per row and rows. */
  west: number;
  south: number;
  bucketLongitude: number;
  bucketLatitude: number;
  columns: number;
  rows: number;
  /** Slots of bucket (class c, row r, column k) are `bucketStart[b] … bucketStart[b + 1] − 1`, b = (c·rows + r)·columns + k. */
  bucketStart: Int32Array;
  /** Position of the point in each slot. */
  order: Int32Array;
  /** Longitude and latitude (degrees) of every slot, for the exact test at the rim. */
  longitudes: Float64Array;
  latitudes: Float64Array;
  /** Cosine of the latitude of every row's southern edge (index `rows`: the last row's northern edge). */
  edgeCosines: Float64Array;
  /** Unit vector of every slot, x y z interleaved: the chord decides every pair not within a hair of the radius. */
  vectors: Float64Array;
  /** Positions of the points of a class ≥ 0 whose coordinates are not finite numbers: no site covers them. */
  unplaced: Int32Array;
  /** Population and class of each of them. */
  unplacedWeights: Float64Array;
  unplacedClasses: Int32Array;
  /** Population and area (township index; `areaCount` for none) of every slot. */
  slotWeights: Float64Array;
  slotAreas: Int32Array;
  areaCount: number;
  /** Radius class of every area (and, last, of the points in no area); −1: not stamped. */
  classOfArea: Int32Array;
}

/**
 * Prepares points for stamping: one pass to bucket them, one counting sort; three trigonometric
 * calls per point (a unit vector). The bucket is about the points' mean spacing (a point a bucket on a
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
  const classOfPoint = new Int32Array(count).fill(-1);
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  let placed = 0;
  const unplaced: number[] = [];
  for (let position = 0; position < count; position++) {
    const point = points[position] as { lon: number; lat: number };
    const found = areaOfPoint[position] ?? -1;
    const area = found >= 0 ? found : areaCount;
    const pointClass = classOfArea[area] ?? -1;
    if (pointClass < 0) continue;
    classOfPoint[position] = pointClass;
    if (!Number.isFinite(point.lon) || !Number.isFinite(point.lat)) {
      unplaced.push(position);
      continue;
    }
    placed++;
    if (point.lon < west) west = point.lon;
    if (point.lon > east) east = point.lon;
    if (point.lat < south) south = point.lat;
    if (point.lat > north) north = point.lat;
  }
  if (placed === 0) {
    west = 0;
    east = 0;
    south = 0;
    north = 0;
  }
  const cosine = Math.max(0.01, Math.cos(((south + north) / 2) * RADIANS_PER_DEGREE));
  const widthMetres = (east - west) * METRES_PER_DEGREE * cosine;
  const heightMetres = (north - south) * METRES_PER_DEGREE;
  let bucketMetres = Math.max(
    50,
    Math.sqrt((Math.max(widthMetres, 1) * Math.max(heightMetres, 1)) / Math.max(placed, 1)),
  );
  let columns = 0;
  let rows = 0;
  for (;;) {
    columns = Math.max(1, Math.ceil((widthMetres / bucketMetres) * (1 + 1e-9)) + 1);
    rows = Math.max(1, Math.ceil((heightMetres / bucketMetres) * (1 + 1e-9)) + 1);
    if (Math.max(classCount, 1) * columns * rows <= MAXIMUM_STAMP_BUCKETS || (columns === 1 && rows === 1))
      break;
    bucketMetres *= 2;
  }
  const bucketLatitude = bucketMetres / METRES_PER_DEGREE;
  const bucketLongitude = bucketLatitude / cosine;

  const buckets = Math.max(classCount, 1) * rows * columns;
  const bucketStart = new Int32Array(buckets + 1);
  const bucketOfPoint = new Int32Array(count);
  for (let position = 0; position < count; position++) {
    const pointClass = classOfPoint[position] ?? -1;
    const point = points[position] as { lon: number; lat: number };
    if (pointClass < 0 || !Number.isFinite(point.lon) || !Number.isFinite(point.lat)) {
      bucketOfPoint[position] = -1;
      continue;
    }
    const column = Math.min(columns - 1, Math.floor((point.lon - west) / bucketLongitude));
    const row = Math.min(rows - 1, Math.floor((point.lat - south) / bucketLatitude));
    const bucket = (pointClass * rows + row) * columns + column;
    bucketOfPoint[position] = bucket;
    bucketStart[bucket + 1] = (bucketStart[bucket + 1] ?? 0) + 1;
  }
  for (let bucket = 0; bucket < buckets; bucket++)
    bucketStart[bucket + 1] = (bucketStart[bucket + 1] ?? 0) + (bucketStart[bucket] ?? 0);
  const fill = bucketStart.slice(0, buckets);
  const order = new Int32Array(placed);
  const longitudes = new Float64Array(placed);
  const latitudes = new Float64Array(placed);
  const vectors = new Float64Array(placed * 3);
  const slotWeights = new Float64Array(placed);
  const slotAreas = new Int32Array(placed);
  let previousLatitude = Number.NaN;
  let previousCosine = 0;
  let previousSine = 0;
  for (let position = 0; position < count; position++) {
    const bucket = bucketOfPoint[position] ?? -1;
    if (bucket < 0) continue;
    const slot = fill[bucket] ?? 0;
    fill[bucket] = slot + 1;
    const point = points[position] as { lon: number; lat: number };
    if (point.lat !== previousLatitude) {
      // Lattice rows share latitudes: the sine and cosine are often the previous point's.
      previousLatitude = point.lat;
      previousCosine = Math.cos(point.lat * RADIANS_PER_DEGREE);
      previousSine = Math.sin(point.lat * RADIANS_PER_DEGREE);
    }
    const longitude = point.lon * RADIANS_PER_DEGREE;
    order[slot] = position;
    longitudes[slot] = point.lon;
    latitudes[slot] = point.lat;
    vectors[slot * 3] = previousCosine * Math.cos(longitude);
    vectors[slot * 3 + 1] = previousCosine * Math.sin(longitude);
    vectors[slot * 3 + 2] = previousSine;
    slotWeights[slot] = weights[position] ?? 0;
    const found = areaOfPoint[position] ?? -1;
    slotAreas[slot] = found >= 0 ? found : areaCount;
  }
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
    vectors,
    edgeCosines: Float64Array.from({ length: rows + 1 }, (_, edge) =>
      Math.cos((south + edge * bucketLatitude) * RADIANS_PER_DEGREE),
    ),
    unplaced: Int32Array.from(unplaced),
    unplacedWeights: Float64Array.from(unplaced, (position) => weights[position] ?? 0),
    unplacedClasses: Int32Array.from(unplaced, (position) => classOfPoint[position] ?? -1),
    slotWeights,
    slotAreas,
    areaCount,
    classOfArea,
  };
}
