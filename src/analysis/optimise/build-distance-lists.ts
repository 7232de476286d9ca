/**
 * Point → candidate distances for the distance objective (p-median): for every point with people,
 * the candidates nearer to it than the nearest school that stands — the only ones that can
 * shorten its trip — with their haversine distances, nearest first; and the transpose. Counted
 * before allocating, and refused with a message when too many.
 */
import { message } from '../../domain/message.ts';
import { buildGridIndex } from '../build-grid-index.ts';
import { findGridCellsWithin } from '../find-grid-cells-within.ts';
import { haversineDistance } from '../haversine-distance.ts';
import { UnmetRequestError } from './unmet-request-error.ts';

/**
 * Stands for "no school of the kind anywhere": farther than any two points on Earth, so that the
 * first new site is nearer to every point, and small enough to keep sums exact in doubles.
 */
export const NO_SCHOOL_METRES = 4e7;

/** Most point–candidate pairs the distance objective may hold (about 24 bytes each). */
export const DISTANCE_PAIR_LIMIT = 6_000_000;

/** The pairs, both ways. */
export interface DistanceLists {
  /** Population of every point. */
  weights: Float64Array;
  /** Metres from every point to the nearest school that stands ({@link NO_SCHOOL_METRES} when none). */
  base: Float64Array;
  /** Point → candidates nearer than `base`, nearest first (ties by candidate index). */
  pointStart: Int32Array;
  pointCandidates: Int32Array;
  pointDistances: Float64Array;
  /** Candidate → points (the transpose), by point index. */
  candidateStart: Int32Array;
  candidatePoints: Int32Array;
  candidateDistances: Float64Array;
}

/**
 * Builds the lists. `base` holds each point's distance to the nearest school that stands
 * (Infinity when there is none). Points without people are in no list.
 * @throws UnmetRequestError when the pairs would exceed `limit` (fewer candidates, or a search
 *   limited to fewer townships, makes it fit)
 * @example buildDistanceLists(points, weights, base, candidates).pointStart[1] // candidates nearer than its school for point 0
 */
export function buildDistanceLists(
  points: readonly { lon: number; lat: number }[],
  weights: ArrayLike<number>,
  base: ArrayLike<number>,
  candidates: readonly { lon: number; lat: number }[],
  limit = DISTANCE_PAIR_LIMIT,
): DistanceLists {
  const pointCount = points.length;
  const candidateCount = candidates.length;
  const baseDistances = new Float64Array(pointCount);
  for (let point = 0; point < pointCount; point++) {
    const distance = base[point] ?? Number.POSITIVE_INFINITY;
    baseDistances[point] = Number.isFinite(distance) ? distance : NO_SCHOOL_METRES;
  }
  const pointStart = new Int32Array(pointCount + 1);
  const weightsOut = Float64Array.from({ length: pointCount }, (_, point) => weights[point] ?? 0);
  if (candidateCount === 0) {
    return {
      weights: weightsOut,
      base: baseDistances,
      pointStart,
      pointCandidates: new Int32Array(0),
      pointDistances: new Float64Array(0),
      candidateStart: new Int32Array(1),
      candidatePoints: new Int32Array(0),
      candidateDistances: new Float64Array(0),
    };
  }
  const index = buildGridIndex(candidates, 2000);
  const { columns, rows, cellStart, items } = index;
  // Candidates per cell summed over rectangles, to count the pairs before allocating them.
  const prefix = new Float64Array((rows + 1) * (columns + 1));
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const cell = row * columns + column;
      const inCell = (cellStart[cell + 1] ?? 0) - (cellStart[cell] ?? 0);
      prefix[(row + 1) * (columns + 1) + column + 1] =
        inCell +
        (prefix[row * (columns + 1) + column + 1] ?? 0) +
        (prefix[(row + 1) * (columns + 1) + column] ?? 0) -
        (prefix[row * (columns + 1) + column] ?? 0);
    }
  }
  const rangeOf = (point: number) => {
    const position = points[point] as { lon: number; lat: number };
    const radius = baseDistances[point] ?? 0;
    if (radius >= NO_SCHOOL_METRES)
      return { rowFrom: 0, rowTo: rows - 1, columnFrom: 0, columnTo: columns - 1 };
    return findGridCellsWithin(index, position.lon, position.lat, radius);
  };
  let estimate = 0;
  for (let point = 0; point < pointCount; point++) {
    if (!((weights[point] ?? 0) > 0)) continue;
    const range = rangeOf(point);
    if (range.rowFrom > range.rowTo || range.columnFrom > range.columnTo) continue;
    const at = (row: number, column: number) => prefix[row * (columns + 1) + column] ?? 0;
    estimate +=
      at(range.rowTo + 1, range.columnTo + 1) -
      at(range.rowFrom, range.columnTo + 1) -
      at(range.rowTo + 1, range.columnFrom) +
      at(range.rowFrom, range.columnFrom);
  }
  if (estimate > limit) {
    throw new UnmetRequestError(
      message('optimiseDistancePairsTooMany', { pairs: Math.round(estimate), limit }),
    );
  }

  // The estimate counts every candidate in the searched cells: enough room for the pairs kept.
  const pairCandidates = new Int32Array(Math.ceil(estimate));
  const pairDistances = new Float64Array(Math.ceil(estimate));
  let length = 0;
  const found: { candidate: number; distance: number }[] = [];
  for (let point = 0; point < pointCount; point++) {
    pointStart[point] = length;
    if (!((weights[point] ?? 0) > 0)) continue;
    const position = points[point] as { lon: number; lat: number };
    const radius = baseDistances[point] ?? 0;
    const range = rangeOf(point);
    found.length = 0;
    for (let row = range.rowFrom; row <= range.rowTo; row++) {
      for (let column = range.columnFrom; column <= range.columnTo; column++) {
        const cell = row * columns + column;
        const end = cellStart[cell + 1] ?? 0;
        for (let slot = cellStart[cell] ?? 0; slot < end; slot++) {
          const candidate = items[slot] ?? 0;
          const site = candidates[candidate] as { lon: number; lat: number };
          const distance = haversineDistance([position.lon, position.lat], [site.lon, site.lat]);
          if (distance < radius) found.push({ candidate, distance });
        }
      }
    }
    found.sort((a, b) => a.distance - b.distance || a.candidate - b.candidate);
    for (const entry of found) {
      pairCandidates[length] = entry.candidate;
      pairDistances[length] = entry.distance;
      length++;
    }
  }
  pointStart[pointCount] = length;
  const pointCandidates = pairCandidates.slice(0, length);
  const pointDistances = pairDistances.slice(0, length);

  const candidateStart = new Int32Array(candidateCount + 1);
  for (const candidate of pointCandidates)
    candidateStart[candidate + 1] = (candidateStart[candidate + 1] ?? 0) + 1;
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    candidateStart[candidate + 1] = (candidateStart[candidate + 1] ?? 0) + (candidateStart[candidate] ?? 0);
  }
  const filled = candidateStart.slice(0, candidateCount);
  const candidatePoints = new Int32Array(pointCandidates.length);
  const candidateDistances = new Float64Array(pointCandidates.length);
  for (let point = 0; point < pointCount; point++) {
    const end = pointStart[point + 1] ?? 0;
    for (let at = pointStart[point] ?? 0; at < end; at++) {
      const candidate = pointCandidates[at] ?? 0;
      const slot = filled[candidate] ?? 0;
      candidatePoints[slot] = point;
      candidateDistances[slot] = pointDistances[at] ?? 0;
      filled[candidate] = slot + 1;
    }
  }
  return {
    weights: weightsOut,
    base: baseDistances,
    pointStart,
    pointCandidates,
    pointDistances,
    candidateStart,
    candidatePoints,
    candidateDistances,
  };
}
