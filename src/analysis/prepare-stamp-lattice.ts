/**
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

type Place = { lon: number; lat: number };

/** Longitude of the point at `position`: from the coordinates columns when given, else from its object. */
function longitudeAt(
  points: readonly Place[],
  coordinates: Float64Array | undefined,
  position: number,
): number {
  return coordinates ? (coordinates[position * 2] as number) : (points[position] as Place).lon;
}

/** Latitude of the point at `position`, likewise. */
function latitudeAt(
  points: readonly Place[],
  coordinates: Float64Array | undefined,
  position: number,
): number {
  return coordinates ? (coordinates[position * 2 + 1] as number) : (points[position] as Place).lat;
}

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
  /**
   * Unit vector of every slot, x y z interleaved: the chord decides every pair not within a hair
   * of the radius. Within 1e-15 of cos/sin of the slot's angles, component by component.
   */
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
 * The grid of a lattice over points within the bounds: buckets about the points' mean spacing
 * (a point a bucket), never smaller than 50 m, doubled until the grid fits in
 * {@link MAXIMUM_STAMP_BUCKETS} over all classes. A point's bucket is column
 * `min(columns − 1, floor((lon − west) / bucketLongitude))`, row likewise from `south`.
 */
export function latticeGrid(
  bounds: { west: number; east: number; south: number; north: number },
  placed: number,
  classCount: number,
): { columns: number; rows: number; bucketLatitude: number; bucketLongitude: number } {
  const { west, east, south, north } = bounds;
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
  return { columns, rows, bucketLatitude, bucketLongitude };
}

/**
 * Prepares points for stamping: one pass over the point objects, one counting sort, and a unit
 * vector per point from tables and short series (no trigonometric call per point); see
 * {@link placeOnLattice}. The bucket is about the points' mean spacing (a point a bucket on a
 * lattice of population cells), never smaller than 50 m.
 * @param weights population of every point
 * @param areaOfPoint township index of every point (−1: none)
 * @param classOfArea radius class of every area and, at index `areaCount`, of the points in no
 * area: areas of one class share their radius for every kind (e.g. 0 rural, 1 urban)
 * @param coordinates the points' longitude and latitude by position, interleaved, when already
 * read (`preparePoints` keeps them): the point objects are then not read at all (without them,
 * each point in a class is read once)
 * @example prepareStampLattice(cells, weights, areaOfCell, townships.length, Int32Array.of(0, 1, 0))
 */
export function prepareStampLattice(
  points: readonly { lon: number; lat: number }[],
  weights: ArrayLike<number>,
  areaOfPoint: ArrayLike<number>,
  areaCount: number,
  classOfArea: Int32Array,
  coordinates?: Float64Array,
): StampLattice {
  const count = points.length;
  let classCount = 0;
  for (const value of classOfArea) if (value + 1 > classCount) classCount = value + 1;
  // The class of every point (−1: in no slot).
  const classOfPoint = new Int32Array(count);
  let inClass = 0;
  for (let position = 0; position < count; position++) {
    const found = areaOfPoint[position] ?? -1;
    const pointClass = classOfArea[found >= 0 ? found : areaCount] ?? -1;
    classOfPoint[position] = pointClass;
    if (pointClass >= 0) inClass++;
  }
  return placeOnLattice(
    points,
    classOfPoint,
    inClass,
    classCount,
    { weights, areaOfPoint, areaCount, classOfArea },
    coordinates,
  );
}

/**
 * The population and township of the points, for a lattice whose slots carry them (the
 * analysis's); a lattice without them (a suggestion's lists) has one area per class.
 */
export interface LatticeAreas {
  weights: ArrayLike<number>;
  /** Township index of every point (−1: none, area `areaCount`). */
  areaOfPoint: ArrayLike<number>;
  areaCount: number;
  classOfArea: Int32Array;
}

const NO_WEIGHTS = new Float64Array(0);
const NO_AREAS = new Int32Array(0);

/**
 * The lattice both preparations share: the points of a class ≥ 0 whose coordinates are finite
 * numbers placed in slots sorted by (class, row, column) and, within a bucket, by position.
 * The point objects are read once, into the typed array where the unit vectors go afterwards
 * (coordinates and position of every point in a class: no further array of them), then
 * bucketed and sorted by counting.
 * @param classOfPoint the class of every point (−1: in no slot); not changed
 * @param inClass how many points are of a class ≥ 0
 * @param areas when given, every slot's population and township (`slotWeights`, `slotAreas`) and
 * the unplaced points' population; else none, and one area per class
 * @param coordinates the points' longitude and latitude by position, interleaved, if already read
 * @example placeOnLattice(cells, Int32Array.from(cells, () => 0), cells.length, 1, null).order.length // cells placed
 */
export function placeOnLattice(
  points: readonly { lon: number; lat: number }[],
  classOfPoint: Int32Array,
  inClass: number,
  classCount: number,
  areas: LatticeAreas | null,
  coordinates?: Float64Array,
): StampLattice {
  const count = points.length;
  // Longitude, latitude and position of the placed points in order of position, in thirds of
  // the array the unit vectors are written to once they are sorted; the class, then the bucket.
  const scratch = new Float64Array(inClass * 3);
  const latitudeOffset = inClass;
  const positionOffset = 2 * inClass;
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
    const lon = longitudeAt(points, coordinates, position);
    const lat = latitudeAt(points, coordinates, position);
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
      unplaced.push(position);
      unplacedClasses.push(pointClass);
      continue;
    }
    scratch[placed] = lon;
    scratch[latitudeOffset + placed] = lat;
    scratch[positionOffset + placed] = position;
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
    const column = Math.min(columns - 1, Math.floor(((scratch[at] as number) - west) / bucketLongitude));
    const row = Math.min(
      rows - 1,
      Math.floor(((scratch[latitudeOffset + at] as number) - south) / bucketLatitude),
    );
    const bucket = ((bucketOf[at] as number) * rows + row) * columns + column;
    bucketOf[at] = bucket;
    bucketStart[bucket] = (bucketStart[bucket] as number) + 1;
  }
  // Every bucket's end (its count summed with those before it); the sort below moves each back
  // to its start.
  for (let bucket = 1; bucket < buckets; bucket++)
    bucketStart[bucket] = (bucketStart[bucket] as number) + (bucketStart[bucket - 1] as number);
  bucketStart[buckets] = placed;
  const order = new Int32Array(placed);
  const longitudes = new Float64Array(placed);
  const latitudes = new Float64Array(placed);
  const slotWeights = areas ? new Float64Array(placed) : NO_WEIGHTS;
  const slotAreas = areas ? new Int32Array(placed) : NO_AREAS;
  const weights = areas?.weights;
  const areaOfPoint = areas?.areaOfPoint;
  const noArea = areas ? areas.areaCount : 0;
  // A stable counting sort: within a bucket, points in order of position. The points are taken
  // last to first, each into the slot before its bucket's cursor (the bucket's end at first):
  // after the pass every cursor holds its bucket's start. The population and township are read
  // here, in order of position (one after another in memory), if at all.
  for (let at = placed - 1; at >= 0; at--) {
    const bucket = bucketOf[at] as number;
    const slot = (bucketStart[bucket] as number) - 1;
    bucketStart[bucket] = slot;
    const position = scratch[positionOffset + at] as number;
    order[slot] = position;
    longitudes[slot] = scratch[at] as number;
    latitudes[slot] = scratch[latitudeOffset + at] as number;
    if (weights && areaOfPoint) {
      slotWeights[slot] = weights[position] ?? 0;
      const found = areaOfPoint[position] ?? -1;
      slotAreas[slot] = found >= 0 ? found : noArea;
    }
  }
  const edgeCosines = new Float64Array(rows + 1);
  for (let edge = 0; edge <= rows; edge++)
    edgeCosines[edge] = Math.cos((south + edge * bucketLatitude) * RADIANS_PER_DEGREE);
  // The coordinates in order of position are read no more: the vectors take their place.
  const vectors = unitVectors(longitudes, latitudes, bounds, scratch);
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
    vectors: placed === inClass ? vectors : vectors.slice(0, placed * 3),
    edgeCosines,
    unplaced: Int32Array.from(unplaced),
    unplacedWeights: areas
      ? Float64Array.from(unplaced, (position) => areas.weights[position] ?? 0)
      : new Float64Array(unplaced.length),
    unplacedClasses: Int32Array.from(unplacedClasses),
    slotWeights,
    slotAreas,
    areaCount: areas ? areas.areaCount : classCount,
    classOfArea: areas
      ? areas.classOfArea
      : Int32Array.from({ length: classCount + 1 }, (_, area) => (area < classCount ? area : -1)),
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
 * angle-addition formulas from tables of k/1024 radians (see {@link STEPS_PER_RADIAN}); into
 * `into` (at least three numbers a point) when given.
 */
export function unitVectors(
  longitudes: Float64Array,
  latitudes: Float64Array,
  bounds: { west: number; east: number; south: number; north: number },
  into?: Float64Array,
): Float64Array {
  const count = longitudes.length;
  const vectors = into ?? new Float64Array(count * 3);
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
  // The arithmetic of writeCosineAndSine, operation for operation, in locals (the same numbers
  // to the last bit, without a store and a load of each between the two steps).
  const longitudeFirst = longitudeTable.first;
  const longitudeValues = longitudeTable.values;
  const latitude = new Float64Array(2);
  let previousLatitude = Number.NaN;
  let latitudeCosine = 0;
  let latitudeSine = 0;
  for (let slot = 0; slot < count; slot++) {
    const angle = (longitudes[slot] as number) * RADIANS_PER_DEGREE;
    const step = Math.round(angle * STEPS_PER_RADIAN);
    const d = angle - step / STEPS_PER_RADIAN;
    const square = d * d;
    const cosD = 1 - square * (0.5 - square / 24);
    const sinD = d * (1 - square * (1 / 6 - square / 120));
    const index = (step - longitudeFirst) * 2;
    const cosA = longitudeValues[index] as number;
    const sinA = longitudeValues[index + 1] as number;
    const degrees = latitudes[slot] as number;
    if (degrees !== previousLatitude) {
      previousLatitude = degrees;
      writeCosineAndSine(latitudeTable, degrees * RADIANS_PER_DEGREE, latitude, 0);
      latitudeCosine = latitude[0] as number;
      latitudeSine = latitude[1] as number;
    }
    vectors[slot * 3] = latitudeCosine * (cosA * cosD - sinA * sinD);
    vectors[slot * 3 + 1] = latitudeCosine * (sinA * cosD + cosA * sinD);
    vectors[slot * 3 + 2] = latitudeSine;
  }
  return vectors;
}
