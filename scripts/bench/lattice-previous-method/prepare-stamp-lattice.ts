/**
 * `prepareStampLattice` as it was before the two lattices shared one core (src/analysis/prepare-stamp-lattice.ts,
 * `placeOnLattice`): kept only to be timed beside the current code (scripts/bench/suggest-bench.ts,
 * scripts/bench/prepare-points-bench.ts) and to hold the current code to its output, bit for bit,
 * in tests/unit/analysis/lattice-core.test.ts; never used by the atlas.
 */
import { latticeGrid, type StampLattice } from '../../../src/analysis/prepare-stamp-lattice.ts';

/**
 * Population points prepared once for stamping: a regular latitude–longitude grid of buckets over
 * them, the points sorted by (radius class, row, column) so that every run of neighbouring
 * buckets of one row is one run of consecutive slots. A site then "stamps" its disc on the grid
 * (`collectStampedRuns`): whole runs inside the disc are taken without a test, only the points
 * of the buckets on the disc's rim are tested exactly.
 */
const RADIANS_PER_DEGREE = Math.PI / 180;

/**
 * Angles (radians) are split as k/1024 + d: the sine and cosine of k/1024 come from a table made
 * once per call, those of d (|d| ≤ 1/2048) from their series, and the sum from the angle-addition
 * formulas. Each result is within a few units in the last place of Math.cos / Math.sin — far
 * inside what the chord test's band allows (see collect-stamped-runs.ts) — without a
 * trigonometric call per point.
 */
const STEPS_PER_RADIAN = 1024;
/** A table of more steps than this (angles beyond ±4 rad) is not made: Math.cos and Math.sin instead. */
const MAXIMUM_TABLE_STEPS = 8192;

/** Cosine and sine of k/1024 for k = first … first + steps − 1, interleaved; null when too many. */
function angleTable(from: number, to: number): { first: number; values: Float64Array } | null {
  const first = Math.round(from * STEPS_PER_RADIAN);
  const steps = Math.round(to * STEPS_PER_RADIAN) - first + 1;
  if (!(steps > 0 && steps <= MAXIMUM_TABLE_STEPS)) return null;
  const values = new Float64Array(steps * 2);
  for (let step = 0; step < steps; step++) {
    const angle = (first + step) / STEPS_PER_RADIAN;
    values[step * 2] = Math.cos(angle);
    values[step * 2 + 1] = Math.sin(angle);
  }
  return { first, values };
}

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

/**
 * cos and sin of an angle (radians) within the table's range, into `into[at]` and `into[at + 1]`:
 * cos(a + d) = cos a cos d − sin a sin d, sin(a + d) = sin a cos d + cos a sin d, with a = k/1024
 * from the table and |d| ≤ 1/2048 (the series' next terms, d⁶/720 and d⁷/5040, are below 1e-22).
 */
function writeCosineAndSine(
  table: { first: number; values: Float64Array },
  angle: number,
  into: Float64Array,
  at: number,
): void {
  const step = Math.round(angle * STEPS_PER_RADIAN);
  const d = angle - step / STEPS_PER_RADIAN;
  const square = d * d;
  const cosD = 1 - square * (0.5 - square / 24);
  const sinD = d * (1 - square * (1 / 6 - square / 120));
  const index = (step - table.first) * 2;
  const cosA = table.values[index] as number;
  const sinA = table.values[index + 1] as number;
  into[at] = cosA * cosD - sinA * sinD;
  into[at + 1] = sinA * cosD + cosA * sinD;
}

/**
 * Unit vectors (x y z interleaved) of points given in degrees within the bounds, by the
 * angle-addition formulas from tables of k/1024 radians (see {@link STEPS_PER_RADIAN}).
 */
export function unitVectors(
  longitudes: Float64Array,
  latitudes: Float64Array,
  bounds: { west: number; east: number; south: number; north: number },
): Float64Array {
  const count = longitudes.length;
  const vectors = new Float64Array(count * 3);
  const longitudeTable = angleTable(bounds.west * RADIANS_PER_DEGREE, bounds.east * RADIANS_PER_DEGREE);
  const latitudeTable = angleTable(bounds.south * RADIANS_PER_DEGREE, bounds.north * RADIANS_PER_DEGREE);
  if (!longitudeTable || !latitudeTable) {
    for (let slot = 0; slot < count; slot++) {
      const longitude = (longitudes[slot] as number) * RADIANS_PER_DEGREE;
      const latitude = (latitudes[slot] as number) * RADIANS_PER_DEGREE;
      const latitudeCosine = Math.cos(latitude);
      vectors[slot * 3] = latitudeCosine * Math.cos(longitude);
      vectors[slot * 3 + 1] = latitudeCosine * Math.sin(longitude);
      vectors[slot * 3 + 2] = Math.sin(latitude);
    }
    return vectors;
  }
  // The longitude's cosine and sine first, then scaled by the latitude's cosine. Slots of a
  // lattice of cells follow each other along a row: the latitude's are often the previous slot's.
  const latitude = new Float64Array(2);
  let previousLatitude = Number.NaN;
  for (let slot = 0; slot < count; slot++) {
    writeCosineAndSine(longitudeTable, (longitudes[slot] as number) * RADIANS_PER_DEGREE, vectors, slot * 3);
    const degrees = latitudes[slot] as number;
    if (degrees !== previousLatitude) {
      previousLatitude = degrees;
      writeCosineAndSine(latitudeTable, degrees * RADIANS_PER_DEGREE, latitude, 0);
    }
    const latitudeCosine = latitude[0] as number;
    vectors[slot * 3] = latitudeCosine * (vectors[slot * 3] as number);
    vectors[slot * 3 + 1] = latitudeCosine * (vectors[slot * 3 + 1] as number);
    vectors[slot * 3 + 2] = latitude[1] as number;
  }
  return vectors;
}
