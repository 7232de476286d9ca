/**
 * The quadtree of {@link preparePoints} over its Z-ordered Morton keys, with the centre and reach
 * of every node's box.
 */
export const RADIANS_PER_DEGREE = Math.PI / 180;
/** Bits of the quadtree grid per axis: 2¹⁶ cells a side, a Morton key of 32 bits. */
export const BITS = 16;
export const GRID = 1 << BITS;

/** Entries of an {@link AngleTable} (a power of two) and the mask of an index into it. */
export const ANGLE_TABLE_SIZE = 1 << 14;
export const ANGLE_TABLE_MASK = ANGLE_TABLE_SIZE - 1;

/** The last angle (degrees) put at each index with its cosine and sine; NaN marks an empty entry. */
export class AngleTable {
  angle = new Float64Array(ANGLE_TABLE_SIZE).fill(Number.NaN);
  cosine = new Float64Array(ANGLE_TABLE_SIZE);
  sine = new Float64Array(ANGLE_TABLE_SIZE);
}

/**
 * Preparations of at most this many points take their angle tables and sorting scratch from
 * {@link angleTableFor} and its kin, made once: a county's preparation (a few thousand points)
 * spent more on making 2 MB of tables than on its points, and their external memory set off
 * young collections. Larger ones (a province's 10⁶) make their own, as before: with the reused
 * tables the province's preparation measured 278–303 ms against 243 (docs/PERFORMANCE.md).
 */
export const REUSED_SCRATCH_UP_TO = 100_000;

/**
 * The angle table of one use (0, 1 the points' longitudes and latitudes; 2, 3 the boxes') for a
 * preparation of `points` points: up to {@link REUSED_SCRATCH_UP_TO}, the one made on first use
 * and reused as it is (an entry holds an angle with its own cosine and sine, right whichever
 * preparation put it there); above, a table of its own.
 */
export function angleTableFor(use: 0 | 1 | 2 | 3, points: number): AngleTable {
  if (points > REUSED_SCRATCH_UP_TO) return new AngleTable();
  let table = reusedTables[use];
  if (!table) {
    table = new AngleTable();
    reusedTables[use] = table;
  }
  return table;
}
const reusedTables: AngleTable[] = [];
let reusedCornerCosines: Float64Array | null = null;

/** A node with at most this many points is not split further. */
const LEAF_POINTS = 24;

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

/** The grid's origin (degrees) and cell size (radians). */
export interface GridFrame {
  west: number;
  south: number;
  stepLongitude: number;
  stepLatitude: number;
}

/** The quadtree's columns of the prepared points. */
export interface Quadtree {
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

/**
 * The quadtree over Z-ordered keys, breadth first so that each node's children are consecutive.
 * A node with a single non-empty quadrant is not stored: it shrinks to that quadrant.
 */
export function buildQuadtree(keys: Uint32Array, grid: GridFrame, space: Int32Array): Quadtree {
  const finite = keys.length;
  let capacity = Math.max(64, Math.ceil(finite / 4));
  // Built in `space` when it is large enough (else in arrays of its own), then copied out.
  const within = (part: number, size: number) =>
    space.length >= capacity * 7
      ? space.subarray(part * capacity, part * capacity + size).fill(0)
      : new Int32Array(size);
  let starts = within(0, capacity);
  let ends = within(1, capacity);
  let firstChildren = within(2, capacity);
  let childCounts = within(3, capacity);
  let boxes = within(4, capacity * 3); // column, row, level
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
  const small = keys.length <= REUSED_SCRATCH_UP_TO;
  const { angle: longitudes, cosine: longitudeCosines, sine: longitudeSines } = angleTableFor(2, keys.length);
  const { angle: latitudes, cosine: latitudeCosines, sine: latitudeSines } = angleTableFor(3, keys.length);
  // The larger cosine of the box's southern and northern edges (NaN: not yet computed). Boxes are
  // aligned on their size (a power of two), so boxes of two sizes never share a centre: the
  // centre's latitude decides the size, and the corner with it — on this grid only, so the
  // latitudes an earlier preparation left in a reused table are emptied, and with them the corners.
  let cornerCosines: Float64Array;
  if (small) {
    reusedCornerCosines ??= new Float64Array(ANGLE_TABLE_SIZE);
    cornerCosines = reusedCornerCosines;
    latitudes.fill(Number.NaN);
  } else cornerCosines = new Float64Array(ANGLE_TABLE_SIZE);
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
  // The four columns copied out to one array of the nodes' size (the build space is reused).
  const columns = new Int32Array(nodes * 4);
  columns.set(starts.subarray(0, nodes), 0);
  columns.set(ends.subarray(0, nodes), nodes);
  columns.set(firstChildren.subarray(0, nodes), nodes * 2);
  columns.set(childCounts.subarray(0, nodes), nodes * 3);
  return {
    nodeStart: columns.subarray(0, nodes),
    nodeEnd: columns.subarray(nodes, nodes * 2),
    nodeFirstChild: columns.subarray(nodes * 2, nodes * 3),
    nodeChildren: columns.subarray(nodes * 3, nodes * 4),
    nodeCentres: centres,
    nodeReach: reaches,
  };
}
