/**
 * The population points prepared once for the coverage of every kind (`measureKindCoverage`,
 * `summariseKindCoverage`): the quadtree, the township of every point in memory order, and the
 * buffers every kind reuses.
 */
import { CHORD_DISTANCE_TOLERANCE_METRES, type NearestSites } from './find-nearest-sites.ts';
import {
  type PointsOrCoordinates,
  type PreparedPoints,
  preparePointsWithSlotColumns,
  type SlotAreas,
} from './prepare-points.ts';
import { DISTANCE_BIN_EDGES } from './summarise-distances.ts';

/** Figures kept per area and kind, side by side: covered, unreachable, then the histogram bins. */
export const COVERED = 0;
export const UNREACHABLE = 1;
export const HISTOGRAM = 2;
export const STRIDE = 2 + DISTANCE_BIN_EDGES.length + 1;

/**
 * Percentile buckets: ⌊√metres⌋, so about 100 m wide at 2.5 km and 200 m at 10 km; the last
 * bucket takes everything from 64 km. A percentile is found exactly, by selection inside the one
 * bucket where the cumulative population reaches the share.
 */
export const PERCENTILE_BUCKETS = 255;
export const NOT_COUNTED = 255;
/** Marks a percentile bucket that reaches within the tolerance of a histogram edge. */
export const SEVERAL_BINS = 255;
/** The histogram bin of every distance in a percentile bucket, or {@link SEVERAL_BINS}. */
export const BIN_OF_BUCKET = Uint8Array.from({ length: PERCENTILE_BUCKETS }, (_, bucket) => {
  const from = bucket * bucket - CHORD_DISTANCE_TOLERANCE_METRES;
  const to =
    bucket === PERCENTILE_BUCKETS - 1
      ? Number.POSITIVE_INFINITY
      : (bucket + 1) * (bucket + 1) + CHORD_DISTANCE_TOLERANCE_METRES;
  if (DISTANCE_BIN_EDGES.some((edge) => edge >= from && edge <= to)) return SEVERAL_BINS;
  return DISTANCE_BIN_EDGES.filter((edge) => edge <= bucket * bucket).length;
});

/** Parallel distances and weights for the percentile selections, grown on demand. */
export class SelectionScratch {
  distances = new Float64Array(1024);
  weights = new Float64Array(1024);

  /** Makes room for `size` pairs (the contents are not kept). */
  reserve(size: number) {
    if (size <= this.distances.length) return;
    const capacity = Math.max(size, this.distances.length * 2);
    this.distances = new Float64Array(capacity);
    this.weights = new Float64Array(capacity);
  }
}

/** Everything about the population points that every kind reuses (typed arrays, reused buffers). */
export interface CoverageFrame {
  prepared: PreparedPoints;
  /** Population of every point by position (a missing figure counts as 0). */
  weights: Float64Array;
  /** Township (area) index of every point by position, −1 for none. */
  areaOfPoint: Int32Array;
  areaCount: number;
  /**
   * The same two by slot (the prepared Z-order), read in memory order by every kind; a point in no
   * area has area `areaCount`. The areas take 16 bits up to 65,535 townships (else 32).
   */
  slotWeights: Float64Array;
  slotAreas: SlotAreas;
  /** Positions of the points without coordinates (in no slot): no school is near them. */
  unplaced: Int32Array;
  /** Per area (and, last, the points in no area), whatever the kind: points, population, population of the points with people. */
  areaPoints: Int32Array;
  areaPopulation: Float64Array;
  areaTotal: Float64Array;
  /**
   * Buffers reused by every kind that counts in the frame (the nearest-school search of every
   * point and its summary). Made on first use, not by {@link prepareCoverage}: on a province they
   * are over 20 MB, which a preparation whose kinds keep buffers of their own never needs.
   */
  nearest: NearestSites;
  bucketOfSlot: Uint8Array;
  areaFigures: Float64Array;
  areaBuckets: Float64Array;
  radiusOfArea: Float64Array;
  /** Per kind, the slot of every gap point by position (−1: not a gap; −2: a gap without coordinates). */
  gapSlotOfPosition: Int32Array;
  scratch: SelectionScratch;
}

/** The buffers of a {@link CoverageFrame} that only a count in the frame needs. */
type FrameBuffers = Pick<
  CoverageFrame,
  | 'nearest'
  | 'bucketOfSlot'
  | 'areaFigures'
  | 'areaBuckets'
  | 'radiusOfArea'
  | 'gapSlotOfPosition'
  | 'scratch'
>;

/** A frame whose counting buffers are made together, the first time one of them is read. */
export class PreparedFrame implements CoverageFrame {
  #buffers: FrameBuffers | null = null;

  constructor(
    readonly prepared: PreparedPoints,
    readonly weights: Float64Array,
    readonly areaOfPoint: Int32Array,
    readonly areaCount: number,
    readonly slotWeights: Float64Array,
    readonly slotAreas: SlotAreas,
    readonly areaPoints: Int32Array,
    readonly areaPopulation: Float64Array,
    readonly areaTotal: Float64Array,
  ) {}

  get unplaced(): Int32Array {
    return this.prepared.unplaced;
  }

  /** The counting buffers, made on the first call. */
  #made(): FrameBuffers {
    if (this.#buffers) return this.#buffers;
    const slots = this.prepared.order.length;
    const areas = this.areaCount + 1;
    this.#buffers = {
      nearest: {
        distances: new Float64Array(slots),
        nearest: new Int32Array(slots),
        exact: new Uint8Array(slots),
      },
      bucketOfSlot: new Uint8Array(slots),
      areaFigures: new Float64Array(areas * STRIDE),
      areaBuckets: new Float64Array(areas * PERCENTILE_BUCKETS),
      radiusOfArea: new Float64Array(areas),
      gapSlotOfPosition: new Int32Array(this.prepared.count).fill(-1),
      scratch: new SelectionScratch(),
    };
    return this.#buffers;
  }

  get nearest(): NearestSites {
    return this.#made().nearest;
  }
  get bucketOfSlot(): Uint8Array {
    return this.#made().bucketOfSlot;
  }
  get areaFigures(): Float64Array {
    return this.#made().areaFigures;
  }
  get areaBuckets(): Float64Array {
    return this.#made().areaBuckets;
  }
  get radiusOfArea(): Float64Array {
    return this.#made().radiusOfArea;
  }
  get gapSlotOfPosition(): Int32Array {
    return this.#made().gapSlotOfPosition;
  }
  get scratch(): SelectionScratch {
    return this.#made().scratch;
  }
}

/**
 * Prepares the population points once for every kind: the prepared points, the population and
 * township of every slot and the figures of every township that do not depend on the kind. The
 * buffers of a count in the frame (`nearest`, `gapSlotOfPosition`, …) are made on first use.
 * @param weights population of every point
 * @param areaOfPoint township index of every point (−1: none)
 * @param points the points, or the longitude and latitude of every point by position,
 *   interleaved (read by the caller with the other columns): no point object is read then
 * @example const frame = prepareCoverage(points, populations, areaOfPoint, townships.length)
 */
export function prepareCoverage(
  points: PointsOrCoordinates,
  weights: Float64Array,
  areaOfPoint: Int32Array,
  areaCount: number,
): CoverageFrame {
  const count = weights.length;
  // The population and township of every slot are gathered in the unit vectors' pass.
  const { prepared, slotWeights, slotAreas } = preparePointsWithSlotColumns(
    points,
    weights,
    areaOfPoint,
    areaCount,
  );
  const areaPoints = new Int32Array(areaCount + 1);
  const areaPopulation = new Float64Array(areaCount + 1);
  const areaTotal = new Float64Array(areaCount + 1);
  sumAreas(count, weights, areaOfPoint, areaCount, areaPoints, areaPopulation, areaTotal);
  return new PreparedFrame(
    prepared,
    weights,
    areaOfPoint,
    areaCount,
    slotWeights,
    slotAreas,
    areaPoints,
    areaPopulation,
    areaTotal,
  );
}

/**
 * The points, population and population of the points with people of every area (and last, of
 * no area). Nothing follows its loop: code after a long loop that was compiled while the loop ran
 * (on-stack replacement) has never run, and would be thrown away and entered again at the end of
 * every call.
 */
function sumAreas(
  count: number,
  weights: Float64Array,
  areaOfPoint: Int32Array,
  areaCount: number,
  areaPoints: Int32Array,
  areaPopulation: Float64Array,
  areaTotal: Float64Array,
): void {
  for (let position = 0; position < count; position++) {
    const found = areaOfPoint[position] ?? -1;
    const area = found >= 0 ? found : areaCount;
    const weight = weights[position] ?? 0;
    areaPoints[area] = (areaPoints[area] ?? 0) + 1;
    areaPopulation[area] = (areaPopulation[area] ?? 0) + weight;
    if (weight > 0) areaTotal[area] = (areaTotal[area] ?? 0) + weight;
  }
}
