/**
 * A copy of src/analysis/prepare-points.ts as it was at 5570921 (before the sorted keys and the
 * quadtree under construction were kept in the unit vectors' buffer, the quadtree's columns copied
 * out to one array of the nodes' size, and the population and township of every slot gathered in
 * the unit vectors' pass), kept for the benchmark (scripts/bench/prepare-points-bench.ts) and the
 * equality test (tests/unit/analysis/prepare-points.test.ts); not used by the app.
 *
 * Population points prepared once for every nearest-school question asked about them: unit
 * vectors on the sphere, a Z-order (Morton) sort and a quadtree over it. Built once per analysis
 * and shared by every service kind (kindergarten, primary, middle…); plain typed arrays only.
 */
const RADIANS_PER_DEGREE = Math.PI / 180;
/** Bits of the quadtree grid per axis: 2¹⁶ cells a side, a Morton key of 32 bits. */
const BITS = 16;
const GRID = 1 << BITS;
/** A node with at most this many points is not split further. */
const LEAF_POINTS = 24;

/**
 * The points, ready for {@link findNearestSites}: slots are the points in Z-order, so the points of
 * every quadtree node are consecutive slots. Points with a non-finite coordinate are left out of
 * the slots (their nearest distance is Infinity).
 */
export interface PreparedPoints {
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
  /** Quadtree nodes: points of node k are slots `nodeStart[k] … nodeEnd[k] − 1`; node 0 is the root. */
  nodeStart: Int32Array;
  nodeEnd: Int32Array;
  /** Children of node k are `nodeFirstChild[k] … + nodeChildren[k] − 1` (0 children: a leaf). */
  nodeFirstChild: Int32Array;
  nodeChildren: Int32Array;
  /** Unit vector of the centre of each node's box, x y z interleaved. */
  nodeCentres: Float64Array;
  /** Chord (unit sphere) from the node's centre to the farthest corner of its box: no point of the node is farther. */
  nodeReach: Float64Array;
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

/** Entries of an {@link AngleTable} (a power of two) and the mask of an index into it. */
const ANGLE_TABLE_SIZE = 1 << 14;
const ANGLE_TABLE_MASK = ANGLE_TABLE_SIZE - 1;

/** The last angle (degrees) put at each index with its cosine and sine; NaN marks an empty entry. */
class AngleTable {
  angle = new Float64Array(ANGLE_TABLE_SIZE).fill(Number.NaN);
  cosine = new Float64Array(ANGLE_TABLE_SIZE);
  sine = new Float64Array(ANGLE_TABLE_SIZE);
}

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
  const column = Math.min(GRID - 1, Math.floor((lon - grid.west) / grid.stepLongitude));
  const row = Math.min(GRID - 1, Math.floor((lat - grid.south) / grid.stepLatitude));
  return (spreadBits(column) | (spreadBits(row) << 1)) >>> 0;
}

/**
 * Sorts the placed points by Morton key, stably (equal keys keep the order of their positions):
 * one counting pass on the key's high 16 bits places every point in its bucket, then each bucket
 * is sorted by the low 16 bits — by insertion when small (the usual case: a bucket is a 256th of
 * the extent a side), else by a numeric sort of (low bits, rank) pairs. The key is computed again
 * in the placing pass rather than kept: no array of the keys in position order, nor of the
 * placed points' positions, is allocated.
 * @param coordinates longitude and latitude of every point by position, interleaved
 * @param finite how many points have finite coordinates (the others are left out)
 * @returns the keys sorted and the positions in that order (the slots' order)
 */
function sortByKey(
  coordinates: Float64Array,
  finite: number,
  grid: KeyGrid,
): { keys: Uint32Array; payload: Int32Array } {
  const count = coordinates.length / 2;
  const starts = new Int32Array(0x10001);
  for (let position = 0; position < count; position++) {
    const lon = coordinates[position * 2] as number;
    const lat = coordinates[position * 2 + 1] as number;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const digit = mortonKey(lon, lat, grid) >>> 16;
    starts[digit + 1] = (starts[digit + 1] as number) + 1;
  }
  for (let digit = 0; digit < 0x10000; digit++)
    starts[digit + 1] = (starts[digit + 1] as number) + (starts[digit] as number);
  const sortedKeys = new Uint32Array(finite);
  const order = new Int32Array(finite);
  const cursors = starts.slice(0, 0x10000);
  for (let position = 0; position < count; position++) {
    const lon = coordinates[position * 2] as number;
    const lat = coordinates[position * 2 + 1] as number;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const key = mortonKey(lon, lat, grid);
    const target = cursors[key >>> 16] as number;
    cursors[key >>> 16] = target + 1;
    sortedKeys[target] = key;
    order[target] = position;
  }
  let pairs = new Float64Array(0);
  let bucketPositions = new Int32Array(0);
  for (let digit = 0; digit < 0x10000; digit++) {
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
    // Low 16 bits times 2³² plus the rank in the bucket: distinct, exact in a double, and their
    // numeric order is the stable order by key.
    const size = to - from;
    if (pairs.length < size) {
      pairs = new Float64Array(Math.max(size, 2 * pairs.length));
      bucketPositions = new Int32Array(pairs.length);
    }
    const view = pairs.subarray(0, size);
    for (let rank = 0; rank < size; rank++)
      view[rank] = ((sortedKeys[from + rank] as number) & 0xffff) * 0x100000000 + rank;
    view.sort();
    bucketPositions.set(order.subarray(from, to));
    const high = digit << 16;
    for (let index = 0; index < size; index++) {
      const pair = view[index] as number;
      const rank = pair % 0x100000000;
      sortedKeys[from + index] = (high | ((pair - rank) / 0x100000000)) >>> 0;
      order[from + index] = bucketPositions[rank] as number;
    }
  }
  return { keys: sortedKeys, payload: order };
}

/**
 * The unit vector of the point in every slot. Cells of a grid share their longitudes by column and
 * their latitudes by row: the sines and cosines are kept in small tables indexed by the grid column
 * (row) and reused when the angle is the very same number — the same values as computing them
 * again, with far fewer calls.
 * @param grid the key grid's origin and cell size in degrees (any grid would give the same vectors: it only spreads the angles over the tables)
 */
function unitVectors(order: Int32Array, coordinates: Float64Array, grid: KeyGrid): Float64Array {
  const { angle: longitudes, cosine: longitudeCosines, sine: longitudeSines } = new AngleTable();
  const { angle: latitudes, cosine: latitudeCosines, sine: latitudeSines } = new AngleTable();
  const { west, south } = grid;
  const inverseStepLongitude = 1 / grid.stepLongitude;
  const inverseStepLatitude = 1 / grid.stepLatitude;
  const slots = order.length;
  const vectors = new Float64Array(slots * 3);
  for (let index = 0; index < slots; index++) {
    const position = order[index] as number;
    const lon = coordinates[position * 2] as number;
    const lat = coordinates[position * 2 + 1] as number;
    const column = ((lon - west) * inverseStepLongitude) & ANGLE_TABLE_MASK;
    const row = ((lat - south) * inverseStepLatitude) & ANGLE_TABLE_MASK;
    if (longitudes[column] !== lon) {
      longitudes[column] = lon;
      longitudeCosines[column] = Math.cos(lon * RADIANS_PER_DEGREE);
      longitudeSines[column] = Math.sin(lon * RADIANS_PER_DEGREE);
    }
    if (latitudes[row] !== lat) {
      latitudes[row] = lat;
      latitudeCosines[row] = Math.cos(lat * RADIANS_PER_DEGREE);
      latitudeSines[row] = Math.sin(lat * RADIANS_PER_DEGREE);
    }
    const latitudeCosine = latitudeCosines[row] as number;
    vectors[index * 3] = latitudeCosine * (longitudeCosines[column] as number);
    vectors[index * 3 + 1] = latitudeCosine * (longitudeSines[column] as number);
    vectors[index * 3 + 2] = latitudeSines[row] as number;
  }
  return vectors;
}

/** First slot in [from, to) whose key, shifted, is at least `wanted` (keys there share the bits above). */
function lowerBound(keys: Uint32Array, from: number, to: number, shift: number, wanted: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((((keys[middle] ?? 0) >>> shift) & 3) < wanted) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Prepares points for nearest-site queries: O(n) plus a radix sort; four trigonometric calls per
 * point, once, however many kinds are then measured.
 * @example findNearestSites(preparePoints(population.points), primarySchools).distances
 */
export function preparePoints(points: readonly { lon: number; lat: number }[]): PreparedPoints {
  const count = points.length;
  // The objects are read once, in order; everything after works on typed arrays.
  const coordinates = new Float64Array(count * 2);
  let west = Number.POSITIVE_INFINITY;
  let east = Number.NEGATIVE_INFINITY;
  let south = Number.POSITIVE_INFINITY;
  let north = Number.NEGATIVE_INFINITY;
  const unplaced: number[] = [];
  for (let position = 0; position < count; position++) {
    const point = points[position] as { lon: number; lat: number };
    const lon = point.lon;
    const lat = point.lat;
    coordinates[position * 2] = lon;
    coordinates[position * 2 + 1] = lat;
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

  const sorted = sortByKey(coordinates, finite, { west, south, stepLongitude, stepLatitude });
  const sortedKeys = sorted.keys;
  const order = sorted.payload;

  const vectors = unitVectors(order, coordinates, { west, south, stepLongitude, stepLatitude });

  const tree = buildQuadtree(sortedKeys, {
    west,
    south,
    stepLongitude: stepLongitude * RADIANS_PER_DEGREE,
    stepLatitude: stepLatitude * RADIANS_PER_DEGREE,
  });
  return { count, coordinates, unplaced: Int32Array.from(unplaced), order, vectors, ...tree };
}

/** The grid's origin (degrees) and cell size (radians). */
interface GridFrame {
  west: number;
  south: number;
  stepLongitude: number;
  stepLatitude: number;
}

type Quadtree = Pick<
  PreparedPoints,
  'nodeStart' | 'nodeEnd' | 'nodeFirstChild' | 'nodeChildren' | 'nodeCentres' | 'nodeReach'
>;

/**
 * The quadtree over Z-ordered keys, breadth first so that each node's children are consecutive.
 * A node with a single non-empty quadrant is not stored: it shrinks to that quadrant.
 */
function buildQuadtree(keys: Uint32Array, grid: GridFrame): Quadtree {
  const finite = keys.length;
  let capacity = Math.max(64, Math.ceil(finite / 4));
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let firstChildren = new Int32Array(capacity);
  let childCounts = new Int32Array(capacity);
  let boxes = new Int32Array(capacity * 3); // column, row, level
  let nodes = 0;

  const allocate = (start: number, end: number, column: number, row: number, level: number) => {
    if (nodes === capacity) {
      capacity *= 2;
      const grow = <T extends Int32Array>(array: T, size: number): T => {
        const grown = new Int32Array(size) as T;
        grown.set(array);
        return grown;
      };
      starts = grow(starts, capacity);
      ends = grow(ends, capacity);
      firstChildren = grow(firstChildren, capacity);
      childCounts = grow(childCounts, capacity);
      boxes = grow(boxes, capacity * 3);
    }
    starts[nodes] = start;
    ends[nodes] = end;
    boxes[nodes * 3] = column;
    boxes[nodes * 3 + 1] = row;
    boxes[nodes * 3 + 2] = level;
    nodes++;
  };

  // Shrinks a range to the smallest quadrant holding all of it.
  const tighten = (start: number, end: number, column: number, row: number, level: number) => {
    let c = column;
    let r = row;
    let l = level;
    while (l < BITS) {
      const shift = 2 * (BITS - 1 - l);
      const first = ((keys[start] ?? 0) >>> shift) & 3;
      const last = ((keys[end - 1] ?? 0) >>> shift) & 3;
      if (first !== last) break;
      const half = GRID >>> (l + 1);
      c += (first & 1) * half;
      r += (first >>> 1) * half;
      l++;
    }
    allocate(start, end, c, r, l);
  };

  if (finite > 0) tighten(0, finite, 0, 0, 0);
  for (let node = 0; node < nodes; node++) {
    const start = starts[node] ?? 0;
    const end = ends[node] ?? 0;
    const level = boxes[node * 3 + 2] ?? 0;
    if (end - start <= LEAF_POINTS || level >= BITS) continue;
    const column = boxes[node * 3] ?? 0;
    const row = boxes[node * 3 + 1] ?? 0;
    const shift = 2 * (BITS - 1 - level);
    const half = GRID >>> (level + 1);
    firstChildren[node] = nodes;
    let from = start;
    for (let quadrant = 0; quadrant < 4; quadrant++) {
      const to = quadrant === 3 ? end : lowerBound(keys, from, end, shift, quadrant + 1);
      if (to > from) {
        tighten(from, to, column + (quadrant & 1) * half, row + (quadrant >>> 1) * half, level + 1);
        childCounts[node] = (childCounts[node] ?? 0) + 1;
      }
      from = to;
    }
  }

  // Centre and reach of every node's box. Boxes of a row (column) of the grid share their centre's
  // latitude (longitude), and boxes of a level their size: the sines and cosines are kept in
  // tables indexed by twice the centre in grid cells (row or column) and by level, reused when
  // the angle (and, for the corners, the size) is the very same — the same values as computing
  // them again, with far fewer calls.
  const westRadians = grid.west * RADIANS_PER_DEGREE;
  const southRadians = grid.south * RADIANS_PER_DEGREE;
  const centres = new Float64Array(nodes * 3);
  const reaches = new Float64Array(nodes);
  const { angle: longitudes, cosine: longitudeCosines, sine: longitudeSines } = new AngleTable();
  const { angle: latitudes, cosine: latitudeCosines, sine: latitudeSines } = new AngleTable();
  // The larger cosine of the box's southern and northern edges (NaN: not yet computed). Boxes are
  // aligned on their size (a power of two), so boxes of two sizes never share a centre: the
  // centre's latitude decides the size, and the corner with it.
  const cornerCosines = new Float64Array(ANGLE_TABLE_SIZE);
  // sin(half side / 2) of a box of each level (NaN: not yet computed).
  const halfLatitudeSines = new Float64Array(BITS + 1).fill(Number.NaN);
  const halfLongitudeSines = new Float64Array(BITS + 1).fill(Number.NaN);
  for (let node = 0; node < nodes; node++) {
    const level = boxes[node * 3 + 2] ?? 0;
    const size = GRID >>> level;
    const column = boxes[node * 3] ?? 0;
    const row = boxes[node * 3 + 1] ?? 0;
    const halfLongitude = (size * grid.stepLongitude) / 2;
    const halfLatitude = (size * grid.stepLatitude) / 2;
    const centreLongitude = westRadians + (column + size / 2) * grid.stepLongitude;
    const centreLatitude = southRadians + (row + size / 2) * grid.stepLatitude;
    const longitudeEntry = (2 * column + size) & ANGLE_TABLE_MASK;
    const latitudeEntry = (2 * row + size) & ANGLE_TABLE_MASK;
    if (longitudes[longitudeEntry] !== centreLongitude) {
      longitudes[longitudeEntry] = centreLongitude;
      longitudeCosines[longitudeEntry] = Math.cos(centreLongitude);
      longitudeSines[longitudeEntry] = Math.sin(centreLongitude);
    }
    if (latitudes[latitudeEntry] !== centreLatitude) {
      latitudes[latitudeEntry] = centreLatitude;
      latitudeCosines[latitudeEntry] = Math.cos(centreLatitude);
      latitudeSines[latitudeEntry] = Math.sin(centreLatitude);
      cornerCosines[latitudeEntry] = Number.NaN;
    }
    const cosine = latitudeCosines[latitudeEntry] as number;
    centres[node * 3] = cosine * (longitudeCosines[longitudeEntry] as number);
    centres[node * 3 + 1] = cosine * (longitudeSines[longitudeEntry] as number);
    centres[node * 3 + 2] = latitudeSines[latitudeEntry] as number;
    let reach = 2;
    if (halfLongitude < Math.PI / 2 && Math.abs(centreLatitude) + halfLatitude < Math.PI / 2) {
      // The farthest point of a latitude–longitude box from its centre is a corner; the two
      // corners on the equator side are the farther pair. Haversine of the corner angle:
      if (Number.isNaN(halfLatitudeSines[level])) {
        halfLatitudeSines[level] = Math.sin(halfLatitude / 2);
        halfLongitudeSines[level] = Math.sin(halfLongitude / 2);
      }
      const sineLatitude = halfLatitudeSines[level] as number;
      const sineLongitude = halfLongitudeSines[level] as number;
      if (Number.isNaN(cornerCosines[latitudeEntry])) {
        cornerCosines[latitudeEntry] = Math.max(
          Math.cos(centreLatitude - halfLatitude),
          Math.cos(centreLatitude + halfLatitude),
        );
      }
      const cornerCosine = cornerCosines[latitudeEntry] as number;
      const haversine = sineLatitude * sineLatitude + cosine * cornerCosine * sineLongitude * sineLongitude;
      // chord = 2·sin(θ/2) = 2·√haversine; a hair wider for rounding.
      reach = Math.min(2, 2 * Math.sqrt(haversine) * (1 + 1e-12) + 1e-15);
    }
    reaches[node] = reach;
  }
  // Views of the first `nodes` entries (a copy would only add to the memory to collect).
  return {
    nodeStart: starts.subarray(0, nodes),
    nodeEnd: ends.subarray(0, nodes),
    nodeFirstChild: firstChildren.subarray(0, nodes),
    nodeChildren: childCounts.subarray(0, nodes),
    nodeCentres: centres,
    nodeReach: reaches,
  };
}
