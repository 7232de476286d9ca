/** The distribution of distance to the nearest school, weighted by population. */

/** Upper edges (metres) of the distance histogram bins; the last bin is open-ended. */
export const DISTANCE_BIN_EDGES: readonly number[] = [300, 500, 1000, 1500, 2500, 5000, 10_000];

/** Upper edges (minutes) of the travel-time histogram bins, for road time; the last bin is open-ended. */
export const MINUTE_BIN_EDGES: readonly number[] = [5, 10, 15, 20, 30, 45, 60];

/** One histogram bin: population whose nearest school lies in [from, to) metres; `to: null` = open-ended. */
export interface DistanceBin {
  from: number;
  to: number | null;
  population: number;
}

/** Population-weighted distance figures. */
export interface DistanceSummary {
  /** Distance (m) within which half the population has its nearest school; null when undefined. */
  median: number | null;
  /** Distance (m) within which 90 % of the population has its nearest school; null when undefined. */
  p90: number | null;
  /** Population by distance bin ({@link DISTANCE_BIN_EDGES}). */
  histogram: DistanceBin[];
  /** Population with no school of the kind anywhere (infinite distance). */
  unreachable: number;
}

/**
 * Index of the histogram bin of a finite distance: the first edge it lies below, or the last,
 * open-ended bin.
 * @param edges the bins' upper edges (metres by default; {@link MINUTE_BIN_EDGES} for road time)
 */
export function distanceBin(distance: number, edges: readonly number[] = DISTANCE_BIN_EDGES): number {
  let bin = 0;
  while (bin < edges.length && !(distance < (edges[bin] ?? 0))) bin++;
  return bin;
}

/** The histogram objects from population by bin. */
export function histogramBins(
  populations: ArrayLike<number>,
  offset = 0,
  edges: readonly number[] = DISTANCE_BIN_EDGES,
): DistanceBin[] {
  return [0, ...edges].map((from, bin) => ({
    from,
    to: edges[bin] ?? null,
    population: populations[offset + bin] ?? 0,
  }));
}

/**
 * Quickselect with three-way partitioning on parallel arrays: the smallest distance d in
 * [from, to) such that the weights of the entries with distance ≤ d reach `needed`; null when
 * they never do. Reorders the range. Expected linear time.
 */
function selectWeighted(
  distances: Float64Array,
  weights: Float64Array,
  from: number,
  to: number,
  needed: number,
): number | null {
  let low = from;
  let high = to;
  let remaining = needed;
  while (high > low) {
    const a = distances[low] ?? 0;
    const b = distances[(low + high) >>> 1] ?? 0;
    const c = distances[high - 1] ?? 0;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c)); // median of three
    let less = low;
    let scan = low;
    let greater = high;
    let lessWeight = 0;
    let equalWeight = 0;
    while (scan < greater) {
      const value = distances[scan] ?? 0;
      if (value < pivot) {
        const weight = weights[scan] ?? 0;
        distances[scan] = distances[less] ?? 0;
        weights[scan] = weights[less] ?? 0;
        distances[less] = value;
        weights[less] = weight;
        lessWeight += weight;
        less++;
        scan++;
      } else if (value > pivot) {
        greater--;
        const weight = weights[scan] ?? 0;
        distances[scan] = distances[greater] ?? 0;
        weights[scan] = weights[greater] ?? 0;
        distances[greater] = value;
        weights[greater] = weight;
      } else {
        equalWeight += weights[scan] ?? 0;
        scan++;
      }
    }
    if (remaining <= lessWeight) high = less;
    else if (remaining <= lessWeight + equalWeight) return pivot;
    else {
      remaining -= lessWeight + equalWeight;
      low = greater;
    }
  }
  return null;
}

/** Buckets for narrowing a large selection down before the exact quickselect. */
const SELECTION_BUCKETS = 4096;
const DIRECT_SELECTION_LIMIT = 8192;

/**
 * Weighted percentiles of `count` finite distances with positive weights (the first `count`
 * entries of the arrays; the arrays are reordered). For each share: the smallest distance at
 * which the cumulative weight reaches share × `total` (total may include weight that has no
 * finite distance), or null when it never does — the same answer as sorting and accumulating,
 * found by selection in linear time. Large inputs are first bucketed by value so the exact
 * selection only runs inside the one bucket where the share is reached.
 * @example weightedPercentiles(Float64Array.of(100, 200, 900), Float64Array.of(1, 1, 2), 3, 4, [0.5, 0.9]) // [200, 900]
 */
export function weightedPercentiles(
  distances: Float64Array,
  weights: Float64Array,
  count: number,
  total: number,
  shares: readonly number[],
): (number | null)[] {
  if (!(total > 0)) return shares.map(() => null);
  if (count <= DIRECT_SELECTION_LIMIT) {
    return shares.map((share) => selectWeighted(distances, weights, 0, count, share * total));
  }
  let least = Number.POSITIVE_INFINITY;
  let most = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < count; index++) {
    const value = distances[index] ?? 0;
    if (value < least) least = value;
    if (value > most) most = value;
  }
  const scale = most > least ? SELECTION_BUCKETS / (most - least) : 0;
  const bucketOf = (value: number) => Math.min(SELECTION_BUCKETS - 1, Math.floor((value - least) * scale));
  const bucketWeights = new Float64Array(SELECTION_BUCKETS);
  for (let index = 0; index < count; index++) {
    const bucket = bucketOf(distances[index] ?? 0);
    bucketWeights[bucket] = (bucketWeights[bucket] ?? 0) + (weights[index] ?? 0);
  }
  return shares.map((share) => {
    const needed = share * total;
    let below = 0;
    let bucket = 0;
    while (bucket < SELECTION_BUCKETS && below + (bucketWeights[bucket] ?? 0) < needed) {
      below += bucketWeights[bucket] ?? 0;
      bucket++;
    }
    if (bucket === SELECTION_BUCKETS) return null;
    let size = 0;
    for (let index = 0; index < count; index++) if (bucketOf(distances[index] ?? 0) === bucket) size++;
    const bucketDistances = new Float64Array(size);
    const bucketWeightsList = new Float64Array(size);
    let slot = 0;
    for (let index = 0; index < count; index++) {
      const value = distances[index] ?? 0;
      if (bucketOf(value) !== bucket) continue;
      bucketDistances[slot] = value;
      bucketWeightsList[slot] = weights[index] ?? 0;
      slot++;
    }
    return selectWeighted(bucketDistances, bucketWeightsList, 0, size, needed - below);
  });
}

/**
 * Weighted median, 90th percentile and histogram of distances. A percentile is the smallest
 * distance at which the cumulative population reaches that share; it is null when there is no
 * population, or when the share falls within the population that has no school at all.
 * (Found by selection, not by sorting: the same answer, in linear time.)
 * @param distances metres (or minutes, with minute `edges`), Infinity for "no school"; same order as `weights`
 * @example summariseDistances([100, 200, 900], [1, 1, 2]).median // 200
 */
export function summariseDistances(
  distances: ArrayLike<number>,
  weights: ArrayLike<number>,
  edges: readonly number[] = DISTANCE_BIN_EDGES,
): DistanceSummary {
  const populations = new Float64Array(edges.length + 1);
  const finiteDistances = new Float64Array(distances.length);
  const finiteWeights = new Float64Array(distances.length);
  let count = 0;
  let total = 0;
  let unreachable = 0;
  for (let position = 0; position < distances.length; position++) {
    const weight = weights[position] ?? 0;
    const distance = distances[position] ?? Number.POSITIVE_INFINITY;
    if (!(weight > 0)) continue;
    total += weight;
    if (!Number.isFinite(distance)) {
      unreachable += weight;
      continue;
    }
    const bin = distanceBin(distance, edges);
    populations[bin] = (populations[bin] ?? 0) + weight;
    finiteDistances[count] = distance;
    finiteWeights[count] = weight;
    count++;
  }
  const [median = null, p90 = null] = weightedPercentiles(
    finiteDistances,
    finiteWeights,
    count,
    total,
    [0.5, 0.9],
  );
  return { median, p90, histogram: histogramBins(populations, 0, edges), unreachable };
}
