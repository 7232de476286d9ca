/**
 * The covering problem made smaller without changing any answer: points that no candidate can
 * reach (or that are covered already, or have nobody) leave, and points reached by exactly the
 * same candidates (in the same area, when areas matter) merge into one group with their summed
 * population. The bounds and the exact model work on the groups.
 */
import type { CoveringProblem } from './coverage-state.ts';
import { invertCoverageLists } from './coverage-state.ts';

/** Groups of points with the same candidates, in both directions. */
export interface ReducedCovering {
  /** Population of every group. */
  groupWeights: Float64Array;
  /** Area of every group (−1 outside every area, or when areas were not kept apart). */
  groupAreas: Int32Array;
  /** Group → candidates: `groupCandidates[groupStart[g]] … [groupStart[g + 1] − 1]`, ascending. */
  groupStart: Int32Array;
  groupCandidates: Int32Array;
  /** Candidate → groups, the transpose. */
  candidateStart: Int32Array;
  candidateGroups: Int32Array;
  /** Group of every point, −1 for points left out. */
  groupOfPoint: Int32Array;
  /** Points kept (in some group). */
  pointsKept: number;
}

/**
 * Merges the points reached by the same candidates into groups (kept apart by area when
 * `byArea`, as the township targets need).
 * @example reduceCovering(problem, { byArea: false }).groupWeights.length // ≤ the points not yet covered
 */
export function reduceCovering(problem: CoveringProblem, options: { byArea: boolean }): ReducedCovering {
  const pointCount = problem.weights.length;
  const inverse = invertCoverageLists(problem.lists, pointCount);
  const groupOfPoint = new Int32Array(pointCount).fill(-1);
  // Groups by a hash of (area, candidate list); equal hashes are compared in full.
  const groups = new Map<number, number[]>();
  const weights: number[] = [];
  const areas: number[] = [];
  const firstPoint: number[] = [];
  let pointsKept = 0;
  for (let point = 0; point < pointCount; point++) {
    const weight = problem.weights[point] ?? 0;
    if (!(weight > 0) || problem.coveredBefore[point]) continue;
    const from = inverse.start[point] ?? 0;
    const to = inverse.start[point + 1] ?? 0;
    if (to === from) continue;
    const area = options.byArea ? (problem.areaOfPoint[point] ?? -1) : -1;
    let hash = Math.imul(area + 1, 0x9e3779b1) ^ (to - from);
    for (let at = from; at < to; at++) hash = Math.imul(hash ^ (inverse.candidates[at] ?? 0), 0x01000193);
    const sameHash = groups.get(hash) ?? [];
    let group = sameHash.find((existing) => {
      const other = firstPoint[existing] ?? 0;
      const otherFrom = inverse.start[other] ?? 0;
      if ((areas[existing] ?? -1) !== area || (inverse.start[other + 1] ?? 0) - otherFrom !== to - from)
        return false;
      for (let at = 0; at < to - from; at++) {
        if (inverse.candidates[otherFrom + at] !== inverse.candidates[from + at]) return false;
      }
      return true;
    });
    if (group === undefined) {
      group = weights.length;
      sameHash.push(group);
      groups.set(hash, sameHash);
      weights.push(0);
      areas.push(area);
      firstPoint.push(point);
    }
    weights[group] = (weights[group] ?? 0) + weight;
    groupOfPoint[point] = group;
    pointsKept++;
  }
  const groupCount = weights.length;
  const groupStart = new Int32Array(groupCount + 1);
  for (let group = 0; group < groupCount; group++) {
    const point = firstPoint[group] ?? 0;
    groupStart[group + 1] =
      (groupStart[group] ?? 0) + (inverse.start[point + 1] ?? 0) - (inverse.start[point] ?? 0);
  }
  const groupCandidates = new Int32Array(groupStart[groupCount] ?? 0);
  for (let group = 0; group < groupCount; group++) {
    const point = firstPoint[group] ?? 0;
    groupCandidates.set(
      inverse.candidates.subarray(inverse.start[point] ?? 0, inverse.start[point + 1] ?? 0),
      groupStart[group] ?? 0,
    );
  }
  // Candidate → groups, by counting then filling.
  const candidateCount = problem.lists.sites;
  const candidateStart = new Int32Array(candidateCount + 1);
  for (const candidate of groupCandidates)
    candidateStart[candidate + 1] = (candidateStart[candidate + 1] ?? 0) + 1;
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    candidateStart[candidate + 1] = (candidateStart[candidate + 1] ?? 0) + (candidateStart[candidate] ?? 0);
  }
  const filled = candidateStart.slice(0, candidateCount);
  const candidateGroups = new Int32Array(groupCandidates.length);
  for (let group = 0; group < groupCount; group++) {
    const end = groupStart[group + 1] ?? 0;
    for (let at = groupStart[group] ?? 0; at < end; at++) {
      const candidate = groupCandidates[at] ?? 0;
      candidateGroups[filled[candidate] ?? 0] = group;
      filled[candidate] = (filled[candidate] ?? 0) + 1;
    }
  }
  return {
    groupWeights: Float64Array.from(weights),
    groupAreas: Int32Array.from(areas),
    groupStart,
    groupCandidates,
    candidateStart,
    candidateGroups,
    groupOfPoint,
    pointsKept,
  };
}

/**
 * Adds `change` to the value of every candidate reaching a group: how the Lagrangian bounds keep
 * each candidate's sum of multipliers up to date as the multipliers move.
 * @example addToCandidateValues(reduced, values, 7, 0.5)
 */
export function addToCandidateValues(
  reduced: ReducedCovering,
  values: Float64Array,
  group: number,
  change: number,
): void {
  const { groupStart, groupCandidates } = reduced;
  const end = groupStart[group + 1] ?? 0;
  for (let at = groupStart[group] ?? 0; at < end; at++) {
    const candidate = groupCandidates[at] ?? 0;
    values[candidate] = (values[candidate] ?? 0) + change;
  }
}
