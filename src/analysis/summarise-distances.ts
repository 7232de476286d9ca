/** The distribution of distance to the nearest school, weighted by population. */

/** Upper edges (metres) of the distance histogram bins; the last bin is open-ended. */
export const DISTANCE_BIN_EDGES: readonly number[] = [300, 500, 1000, 1500, 2500, 5000, 10_000];

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
 * Weighted median, 90th percentile and histogram of distances. A percentile is the smallest
 * distance at which the cumulative population reaches that share; it is null when there is no
 * population, or when the share falls within the population that has no school at all.
 * @param distances metres, Infinity for "no school"; same order as `weights`
 * @example summariseDistances([100, 200, 900], [1, 1, 2]).median // 200
 */
export function summariseDistances(
  distances: ArrayLike<number>,
  weights: ArrayLike<number>,
): DistanceSummary {
  const histogram: DistanceBin[] = [0, ...DISTANCE_BIN_EDGES].map((from, bin) => ({
    from,
    to: DISTANCE_BIN_EDGES[bin] ?? null,
    population: 0,
  }));
  const order: number[] = [];
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
    order.push(position);
    let bin = DISTANCE_BIN_EDGES.findIndex((edge) => distance < edge);
    if (bin < 0) bin = DISTANCE_BIN_EDGES.length;
    const target = histogram[bin];
    if (target) target.population += weight;
  }
  order.sort((a, b) => (distances[a] ?? 0) - (distances[b] ?? 0));
  const percentile = (share: number): number | null => {
    if (total <= 0) return null;
    const needed = share * total;
    let cumulative = 0;
    for (const position of order) {
      cumulative += weights[position] ?? 0;
      if (cumulative >= needed) return distances[position] ?? null;
    }
    return null;
  };
  return { median: percentile(0.5), p90: percentile(0.9), histogram, unreachable };
}
