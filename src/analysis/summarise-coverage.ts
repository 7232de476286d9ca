/** Coverage figures of one area (a township or the district) for one service kind. */
import { DISTANCE_BIN_EDGES, type DistanceSummary, summariseDistances } from './summarise-distances.ts';

/** How much of an area's population lives within the service radius of a school of one kind. */
export interface KindCoverage {
  /** Population of the area's population points. */
  population: number;
  /** Population within the radius of its nearest school; null when no point has a radius (district-wide kind, or no points). */
  covered: number | null;
  /** Population beyond the radius (or with no school at all); null when district-wide. */
  uncovered: number | null;
  /** covered ÷ population, 0–1; null when district-wide or when the area has no population. */
  share: number | null;
  /** Distance to the nearest school, population-weighted. */
  distance: DistanceSummary;
}

/**
 * Sums coverage over a set of population points. A point is covered when its nearest school of
 * the kind is within the radius that applies to it (the urban or rural radius of the township
 * the point lies in); `radii[position]` null means district-wide, and such points count in the
 * distance figures only.
 * @param positions the points of the area (indices into the other arrays)
 * @param populations population by point
 * @param distances metres to the nearest school by point (Infinity: none)
 * @param radii service radius in metres by point, or null
 * @param edges the histogram's bin edges (minutes with road time: then distances and radii are minutes too)
 * @example summariseCoverage([0, 1], [100, 50], [200, 4000], [2500, 2500]).share // 0.667
 */
export function summariseCoverage(
  positions: ArrayLike<number>,
  populations: ArrayLike<number>,
  distances: ArrayLike<number>,
  radii: ArrayLike<number | null>,
  edges: readonly number[] = DISTANCE_BIN_EDGES,
): KindCoverage {
  let population = 0;
  let covered = 0;
  let withRadius = 0;
  let measured = false;
  const areaDistances = new Float64Array(positions.length);
  const areaPopulations = new Float64Array(positions.length);
  for (let slot = 0; slot < positions.length; slot++) {
    const position = positions[slot] ?? 0;
    const weight = populations[position] ?? 0;
    const distance = distances[position] ?? Number.POSITIVE_INFINITY;
    areaDistances[slot] = distance;
    areaPopulations[slot] = weight;
    population += weight;
    const radius = radii[position] ?? null;
    if (radius === null) continue;
    measured = true;
    withRadius += weight;
    if (distance <= radius) covered += weight;
  }
  return {
    population,
    covered: measured ? covered : null,
    uncovered: measured ? withRadius - covered : null,
    share: measured && withRadius > 0 ? covered / withRadius : null,
    distance: summariseDistances(areaDistances, areaPopulations, edges),
  };
}
