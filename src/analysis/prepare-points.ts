/**
 * Population points prepared once for every nearest-school question asked about them: unit
 * vectors on the sphere, a Z-order (Morton) sort and a quadtree over it. Built once per analysis
 * and shared by every service kind (kindergarten, primary, middle…); plain typed arrays only.
 */
import {
  ANGLE_TABLE_MASK,
  angleTableFor,
  buildQuadtree,
  GRID,
  type Quadtree,
  RADIANS_PER_DEGREE,
  REUSED_SCRATCH_UP_TO,
} from './prepare-quadtree.ts';

/**
 * The points, ready for {@link findNearestSites}: slots are the points in Z-order, so the points of
 * every quadtree node are consecutive slots. Points with a non-finite coordinate are left out of
 * the slots (their nearest distance is Infinity).
 */
export interface PreparedPoints extends Quadtree {
  /** Number of input points (positions 0 … count − 1). */
  count: number;
  /** Longitude and latitude of every point by position, interleaved (degrees, as given). */
  coordinates: Float64Array;
  /** Positions of the points with a coordinate that is not a finite number: in no slot. */
  unplaced: Int32Array;
  /** Position of the point in each slot (Z-order). */
  order: Int32Array;
  /** Unit vector of the point in each slot, x y z interleaved: chord length = straight 3-D distance. */
  vectors: Float64Array;
}

/** Spreads the 16 low bits of a number to the even bits (for a Morton key). */
function spreadBits(value: number): number {
  let bits = value & 0xffff;
  bits = (bits | (bits << 8)) & 0x00ff00ff;
  bits = (bits | (bits << 4)) & 0x0f0f0f0f;
  bits = (bits | (bits << 2)) & 0x33333333;
  bits = (bits | (bits << 1)) & 0x55555555;
  return bits;
}

// The shared constants taken into this module's own bindings: module transforms that turn an
// imported binding into a getter call (CommonJS output, as the benchmarks' loader makes) would
// otherwise call it for every point in the loops below.
const LAST_CELL = GRID - 1;
const TABLE_MASK = ANGLE_TABLE_MASK;
const TO_RADIANS = RADIANS_PER_DEGREE;

/** Buckets with more points than this are sorted by their low digits with a typed-array sort, not by insertion. */
const INSERTION_LIMIT = 64;

/** The key grid: its origin and cell size in degrees. */
interface KeyGrid {
  west: number;
  south: number;
  stepLongitude: number;
  stepLatitude: number;
}

/** The Morton key of a point with finite coordinates on the key grid. */
function mortonKey(lon: number, lat: number, grid: KeyGrid): number {
  const column = Math.min(LAST_CELL, Math.floor((lon - grid.west) / grid.stepLongitude));
  const row = Math.min(LAST_CELL, Math.floor((lat - grid.south) / grid.stepLatitude));
  return (spreadBits(column) | (spreadBits(row) << 1)) >>> 0;
}

/**
 * {@link sortByKey}'s first radix pass's buckets' starts and cursors for small preparations (see
 * `REUSED_SCRATCH_UP_TO`), made on first use.
 */
let reusedStarts: Int32Array | null = null;
let reusedCursors: Int32Array | null = null;

/**
 * Sorts the placed points by Morton key, stably (equal keys keep the order of their positions):
 * one counting pass on the key's high bits places every point in its bucket, then each bucket is
 * sorted by the low bits — by insertion when small (the usual case), else by a numeric sort of
 * (low bits, rank) pairs. The high bits are 16 from 131,072 points, fewer below (11 at least:
 * 2,048 buckets), a bucket for two to four points: a county's few thousand points do not clear,
 * sum and walk 65,536 buckets (most of the sort's time there); the order is the same whatever the
 * split. The keys by position are kept for the placing pass in room the caller lends (the unit
 * vectors' buffer, not yet written).
 * @param coordinates longitude and latitude of every point by position, interleaved
 * @param finite how many points have finite coordinates (the others are left out)
 * @param sortedKeys receives the keys sorted (at least `finite` entries)
 * @param keysOfPosition room for the key of every point by position (overwritten after)
 * @returns the positions in the keys' order (the slots' order)
 */
function sortByKey(
  coordinates: Float64Array,
  finite: number,
  grid: KeyGrid,
  sortedKeys: Uint32Array,
  keysOfPosition: Uint32Array,
): Int32Array {
  const count = coordinates.length / 2;
  // The first pass's digit: the key's `bits` high bits; the low `shift` bits (21 at most) times
  // 2³² stay exact in a double for the pairs below.
  const bits = Math.min(16, Math.max(11, 30 - Math.clz32(finite)));
  const shift = 32 - bits;
  const buckets = 1 << bits;
  const lowMask = 2 ** shift - 1;
  // The buckets' starts and cursors (512 KB at 16 bits): reused by a small preparation.
  const small = count <= REUSED_SCRATCH_UP_TO;
  let starts: Int32Array;
  if (small) {
    reusedStarts ??= new Int32Array(0x10001);
    starts = reusedStarts.subarray(0, buckets + 1).fill(0);
  } else starts = new Int32Array(buckets + 1);
  for (let position = 0; position < count; position++) {
    const lon = coordinates[position * 2] as number;
    const lat = coordinates[position * 2 + 1] as number;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const key = mortonKey(lon, lat, grid);
    keysOfPosition[position] = key;
    const digit = key >>> shift;
    starts[digit + 1] = (starts[digit + 1] as number) + 1;
  }
  for (let digit = 0; digit < buckets; digit++)
    starts[digit + 1] = (starts[digit + 1] as number) + (starts[digit] as number);
  const order = new Int32Array(finite);
  let cursors: Int32Array;
  if (small) {
    reusedCursors ??= new Int32Array(0x10000);
    cursors = reusedCursors;
    cursors.set(starts.subarray(0, buckets));
  } else cursors = starts.slice(0, buckets);
  for (let position = 0; position < count; position++) {
    const lon = coordinates[position * 2] as number;
    const lat = coordinates[position * 2 + 1] as number;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const key = keysOfPosition[position] as number;
    const target = cursors[key >>> shift] as number;
    cursors[key >>> shift] = target + 1;
    sortedKeys[target] = key;
    order[target] = position;
  }
  let pairs = new Float64Array(0);
  let bucketPositions = new Int32Array(0);
  for (let digit = 0; digit < buckets; digit++) {
    const from = starts[digit] as number;
    const to = starts[digit + 1] as number;
    if (to - from < 2) continue;
    if (to - from <= INSERTION_LIMIT) {
      // Stable: an element moves left only past strictly greater keys.
      for (let index = from + 1; index < to; index++) {
        const key = sortedKeys[index] as number;
        const position = order[index] as number;
        let hole = index;
        while (hole > from && (sortedKeys[hole - 1] as number) > key) {
          sortedKeys[hole] = sortedKeys[hole - 1] as number;
          order[hole] = order[hole - 1] as number;
          hole--;
        }
        sortedKeys[hole] = key;
        order[hole] = position;
      }
      continue;
    }
    // The low bits times 2³² plus the rank in the bucket: distinct, exact in a double, and their
    // numeric order is the stable order by key.
    const size = to - from;
    if (pairs.length < size) {
      pairs = new Float64Array(Math.max(size, 2 * pairs.length));
      bucketPositions = new Int32Array(pairs.length);
    }
    const view = pairs.subarray(0, size);
    for (let rank = 0; rank < size; rank++)
      view[rank] = ((sortedKeys[from + rank] as number) & lowMask) * 0x100000000 + rank;
    view.sort();
    bucketPositions.set(order.subarray(from, to));
    const high = digit * 2 ** shift;
    for (let index = 0; index < size; index++) {
      const pair = view[index] as number;
      const rank = pair % 0x100000000;
      sortedKeys[from + index] = high + (pair - rank) / 0x100000000;
      order[from + index] = bucketPositions[rank] as number;
    }
  }
  return order;
}

/**
 * The unit vector of the point in every slot. Cells of a grid share their longitudes by column and
 * their latitudes by row: the sines and cosines are kept in small tables indexed by the grid column
 * (row) and reused when the angle is the very same number — the same values as computing them
 * again, with far fewer calls.
 * @param grid the key grid's origin and cell size in degrees (any grid would give the same vectors: it only spreads the angles over the tables)
 * @param vectors receives the vectors (3 entries a slot)
 * @param columns when given, the population and township of every slot are gathered in the same pass
 */
function unitVectors(
  order: Int32Array,
  coordinates: Float64Array,
  grid: KeyGrid,
  vectors: Float64Array,
  columns: SlotColumns | null,
): void {
  const {
    angle: longitudes,
    cosine: longitudeCosines,
    sine: longitudeSines,
  } = angleTableFor(0, order.length);
  const { angle: latitudes, cosine: latitudeCosines, sine: latitudeSines } = angleTableFor(1, order.length);
  const { west, south } = grid;
  const inverseStepLongitude = 1 / grid.stepLongitude;
  const inverseStepLatitude = 1 / grid.stepLatitude;
  const slots = order.length;
  for (let index = 0; index < slots; index++) {
    const position = order[index] as number;
    if (columns) {
      columns.slotWeights[index] = columns.weights[position] ?? 0;
      const area = columns.areaOfPoint[position] ?? -1;
      columns.slotAreas[index] = area >= 0 ? area : columns.areaCount;
    }
    const lon = coordinates[position * 2] as number;
    const lat = coordinates[position * 2 + 1] as number;
    const column = ((lon - west) * inverseStepLongitude) & TABLE_MASK;
    const row = ((lat - south) * inverseStepLatitude) & TABLE_MASK;
    if (longitudes[column] !== lon) {
      longitudes[column] = lon;
      longitudeCosines[column] = Math.cos(lon * TO_RADIANS);
      longitudeSines[column] = Math.sin(lon * TO_RADIANS);
    }
    if (latitudes[row] !== lat) {
      latitudes[row] = lat;
      latitudeCosines[row] = Math.cos(lat * TO_RADIANS);
      latitudeSines[row] = Math.sin(lat * TO_RADIANS);
    }
    const latitudeCosine = latitudeCosines[row] as number;
    vectors[index * 3] = latitudeCosine * (longitudeCosines[column] as number);
    vectors[index * 3 + 1] = latitudeCosine * (longitudeSines[column] as number);
    vectors[index * 3 + 2] = latitudeSines[row] as number;
  }
}

/**
 * The population and township of every point by position, and of every slot (gathered in the
 * unit vectors' pass): a point in no township (−1) has area `areaCount` in its slot.
 */
interface SlotColumns {
  weights: Float64Array;
  areaOfPoint: Int32Array;
  areaCount: number;
  slotWeights: Float64Array;
  slotAreas: SlotAreas;
}

/**
 * The township of every slot: 16 bits while the townships and "none" fit (up to 65,535 townships,
 * 2 bytes a point instead of 4), else 32.
 */
export type SlotAreas = Uint16Array | Int32Array;

/** The most townships whose slots take 16 bits (the index `areaCount` marks "in none"). */
export const MOST_AREAS_IN_16_BITS = 0xffff;

/** Room for the township of `slots` slots when there are `areaCount` townships. */
export function slotAreasFor(slots: number, areaCount: number): SlotAreas {
  return areaCount <= MOST_AREAS_IN_16_BITS ? new Uint16Array(slots) : new Int32Array(slots);
}

/**
 * Prepares points for nearest-site queries: O(n) plus a radix sort; four trigonometric calls per
 * point, once, however many kinds are then measured.
 * @param points the points, or the longitude and latitude of every point by position,
 *   interleaved (as {@link readCoordinates} reads them), which is then the prepared points' `coordinates`
 * @example findNearestSites(preparePoints(population.points), primarySchools).distances
 */
export function preparePoints(points: PointsOrCoordinates): PreparedPoints {
  return prepare(coordinatesOf(points), null);
}

/** Points as objects, or their longitudes and latitudes interleaved in one array. */
export type PointsOrCoordinates = readonly { lon: number; lat: number }[] | Float64Array;

function coordinatesOf(points: PointsOrCoordinates): Float64Array {
  return points instanceof Float64Array ? points : readCoordinates(points);
}

/**
 * The longitude and latitude of every point by position, interleaved: the point objects read once,
 * in order; everything after works on typed arrays.
 * @example readCoordinates([{ lon: 110.1, lat: 23.2 }]) // Float64Array [110.1, 23.2]
 */
export function readCoordinates(points: readonly { lon: number; lat: number }[]): Float64Array {
  const count = points.length;
  const coordinates = new Float64Array(count * 2);
  for (let position = 0; position < count; position++) {
    const point = points[position] as { lon: number; lat: number };
    coordinates[position * 2] = point.lon;
    coordinates[position * 2 + 1] = point.lat;
  }
  return coordinates;
}

/**
 * {@link preparePoints}, with the population and township of every slot gathered in the same
 * pass as the unit vectors (one random gather of the positions fewer).
 * @param weights population of every point by position
 * @param areaOfPoint township of every point by position (−1: none, `areaCount` in the slot)
 * @param points as for {@link preparePoints}: objects, or their coordinates interleaved
 * @example const { prepared, slotWeights } = preparePointsWithSlotColumns(points, weights, areaOfPoint, 12)
 */
export function preparePointsWithSlotColumns(
  points: PointsOrCoordinates,
  weights: Float64Array,
  areaOfPoint: Int32Array,
  areaCount: number,
): { prepared: PreparedPoints; slotWeights: Float64Array; slotAreas: SlotAreas } {
  const columns: SlotColumns = {
    weights,
    areaOfPoint,
    areaCount,
    slotWeights: new Float64Array(0),
    slotAreas: new Uint16Array(0),
  };
  const prepared = prepare(coordinatesOf(points), columns);
  return { prepared, slotWeights: columns.slotWeights, slotAreas: columns.slotAreas };
}

/** {@link preparePoints} on the points' coordinates; fills the slot columns of `columns` when given. */
function prepare(coordinates: Float64Array, columns: SlotColumns | null): PreparedPoints {
  const count = coordinates.length / 2;
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  const unplaced: number[] = [];
  for (let position = 0; position < count; position++) {
    const lon = coordinates[position * 2] as number;
    const lat = coordinates[position * 2 + 1] as number;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
      unplaced.push(position);
      continue;
    }
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  }
  const finite = count - unplaced.length;
  if (finite === 0) {
    west = 0;
    east = 0;
    south = 0;
    north = 0;
  }
  // A square grid on the ground (metres), 2¹⁶ cells a side, over the points' extent.
  const middleCosine = Math.max(0.01, Math.cos(((south + north) / 2) * RADIANS_PER_DEGREE));
  const sideDegreesLatitude = Math.max(north - south, (east - west) * middleCosine, 1e-9) * (1 + 1e-9);
  const stepLatitude = sideDegreesLatitude / GRID;
  const stepLongitude = sideDegreesLatitude / middleCosine / GRID;

  // Until the unit vectors are written, their buffer (24 bytes a point) holds the sorted keys
  // (4 bytes a point), the keys by position while sorting (4 bytes a point, when there is room:
  // unless most points are unplaced) and then the quadtree being built (at most 7 bytes a point,
  // copied out to arrays of the nodes' size): no other temporary of that size is allocated, so
  // fewer full collections.
  const vectors = new Float64Array(finite * 3);
  const sortedKeys = new Uint32Array(vectors.buffer, 0, finite);
  const keyGrid = { west, south, stepLongitude, stepLatitude };
  // The keys by position, for the sort only, after the sorted keys (the quadtree is built after).
  const keysOfPosition =
    count * 4 <= vectors.byteLength - finite * 4
      ? new Uint32Array(vectors.buffer, finite * 4, count)
      : new Uint32Array(count);
  const order = sortByKey(coordinates, finite, keyGrid, sortedKeys, keysOfPosition);
  const tree = buildQuadtree(
    sortedKeys,
    {
      west,
      south,
      stepLongitude: stepLongitude * RADIANS_PER_DEGREE,
      stepLatitude: stepLatitude * RADIANS_PER_DEGREE,
    },
    new Int32Array(vectors.buffer, finite * 4),
  );
  if (columns) {
    columns.slotWeights = new Float64Array(finite);
    columns.slotAreas = slotAreasFor(finite, columns.areaCount);
  }
  unitVectors(order, coordinates, keyGrid, vectors, columns);
  return { count, coordinates, unplaced: Int32Array.from(unplaced), order, vectors, ...tree };
}
