/**
 * The previous coverage method, as `analyzeDistrict` ran it per kind before the fast path (a grid
 * index with cells of the kind's largest radius, `findNearest` per point, a sort per township for
 * the percentiles), kept only to be timed and compared with in the benchmarks; and the
 * comparison of its figures with the fast ones.
 */

import { buildGridIndex } from '../../src/analysis/build-grid-index.ts';
import { findNearest } from '../../src/analysis/find-nearest.ts';
import type { KindCoverageResult } from '../../src/analysis/measure-kind-coverage.ts';
import type { DistanceSummary } from '../../src/analysis/summarise-distances.ts';
import {
  DEFAULT_SERVICE_RADII,
  largestServiceRadius,
  type ServiceKind,
  servesKind,
  serviceRadius,
} from '../../src/domain/radius.ts';
import type { CoverageInput } from './coverage-inputs.ts';

/** The sort-based distance summary the previous method used. */
function previousSummariseDistances(
  distances: ArrayLike<number>,
  weights: ArrayLike<number>,
): DistanceSummary {
  const edges = [300, 500, 1000, 1500, 2500, 5000, 10_000];
  const histogram = [0, ...edges].map((from, bin) => ({ from, to: edges[bin] ?? null, population: 0 }));
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
    let bin = edges.findIndex((edge) => distance < edge);
    if (bin < 0) bin = edges.length;
    const target = histogram[bin];
    if (target) target.population += weight;
  }
  order.sort((a, b) => (distances[a] ?? 0) - (distances[b] ?? 0));
  const percentile = (share: number): number | null => {
    if (total <= 0) return null;
    let cumulative = 0;
    for (const position of order) {
      cumulative += weights[position] ?? 0;
      if (cumulative >= share * total) return distances[position] ?? null;
    }
    return null;
  };
  return { median: percentile(0.5), p90: percentile(0.9), histogram, unreachable };
}

function previousSummariseCoverage(
  positions: readonly number[],
  populations: ArrayLike<number>,
  distances: ArrayLike<number>,
  radii: ArrayLike<number | null>,
) {
  let population = 0;
  let covered = 0;
  let withRadius = 0;
  let measured = false;
  const areaDistances = new Float64Array(positions.length);
  const areaPopulations = new Float64Array(positions.length);
  positions.forEach((position, slot) => {
    const weight = populations[position] ?? 0;
    const distance = distances[position] ?? Number.POSITIVE_INFINITY;
    areaDistances[slot] = distance;
    areaPopulations[slot] = weight;
    population += weight;
    const radius = radii[position] ?? null;
    if (radius === null) return;
    measured = true;
    withRadius += weight;
    if (distance <= radius) covered += weight;
  });
  return {
    population,
    covered: measured ? covered : null,
    uncovered: measured ? withRadius - covered : null,
    share: measured && withRadius > 0 ? covered / withRadius : null,
    distance: previousSummariseDistances(areaDistances, areaPopulations),
  };
}

/** What the previous analyzeDistrict computed per kind: nearest distances, township and district figures, gaps. */
export function previousKindCoverage(input: CoverageInput, kind: ServiceKind) {
  const { points, schools, pointTownships, townships, urbanByCode, positionsByTownship, allPositions } =
    input;
  const populations = points.map((point) => point.population);
  const sites = schools.filter((school) => servesKind(school.type, kind));
  const index = buildGridIndex(sites, largestServiceRadius(DEFAULT_SERVICE_RADII, kind) ?? 5000);
  const distances = new Float64Array(points.length).fill(Number.POSITIVE_INFINITY);
  points.forEach((point, position) => {
    const found = findNearest(index, point.lon, point.lat);
    if (found) distances[position] = found.distance;
  });
  const pointRadii = pointTownships.map((code) =>
    serviceRadius(DEFAULT_SERVICE_RADII, kind, urbanByCode.get(code) ?? false),
  );
  const district = previousSummariseCoverage(allPositions, populations, distances, pointRadii);
  const byTownship = townships.features.map((feature) =>
    previousSummariseCoverage(
      positionsByTownship.get(feature.properties.code) ?? [],
      populations,
      distances,
      pointRadii,
    ),
  );
  let gaps = 0;
  points.forEach((point, position) => {
    const radius = pointRadii[position] ?? null;
    if (radius === null || (distances[position] ?? 0) <= radius || !(point.population > 0)) return;
    gaps++;
  });
  return { district, byTownship, gaps };
}

/** Largest difference of the fast figures from the previous ones: covered population (exact) and distances. */
export function agreement(fast: KindCoverageResult, previous: ReturnType<typeof previousKindCoverage>) {
  let coveredDifferences = 0;
  let distanceDifference = 0;
  const pairs = [
    [fast.district, previous.district] as const,
    ...fast.areas.map((area, index) => [area, previous.byTownship[index]] as const),
  ];
  for (const [a, b] of pairs) {
    if (!b) continue;
    if (a.covered !== b.covered || a.population !== b.population) coveredDifferences++;
    for (const figure of ['median', 'p90'] as const) {
      const [x, y] = [a.distance[figure], b.distance[figure]];
      if (x === null || y === null) {
        if (x !== y) distanceDifference = Number.POSITIVE_INFINITY;
      } else distanceDifference = Math.max(distanceDifference, Math.abs(x - y));
    }
  }
  return { coveredDifferences, distanceDifference, gapsDiffer: fast.gapPositions.length !== previous.gaps };
}
