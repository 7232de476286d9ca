/**
 * The exact model of the distance objective (p-median): each point is served by its nearest open
 * site, a new one (a pair of the distance lists) or the standing school (its base distance).
 */
import { type DistanceLists, NO_SCHOOL_METRES } from './build-distance-lists.ts';
import { addRuleRows, type LinearModel, RowCollector } from './linear-model.ts';
import type { CandidatePlaces, NearCandidates, SiteConstraints } from './site-constraints.ts';

/** The model and how its columns map back to candidates. */
export interface DistanceModel {
  model: LinearModel;
  /** Candidate of each x column (x columns come first, then one z column per pair). */
  candidateOfColumn: Int32Array;
  columnOfCandidate: Int32Array;
}

/**
 * Minimise Σ_i w_i d0_i + Σ_(i,j) w_i (d_ij − d0_i) z_ij subject to Σ_j z_ij ≤ 1 per point (= 1 when
 * no school stands: then the base term is left out), z_ij ≤ x_j, Σ x_j ≤ k and the common rules;
 * x binary, z ∈ [0, 1]. The value is the population-weighted total distance in metres.
 * @example buildDistanceModel(lists, places, { count: 3 }, near).model.columnCost.length
 */
export function buildDistanceModel(
  lists: DistanceLists,
  places: CandidatePlaces,
  constraints: SiteConstraints,
  near: NearCandidates,
): DistanceModel {
  const candidateCount = places.candidates.length;
  const columnOfCandidate = new Int32Array(candidateCount).fill(-1);
  const candidates: number[] = [];
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    const eligible = !constraints.eligible || constraints.eligible[candidate];
    if (!eligible && !(constraints.forced ?? []).includes(candidate)) continue;
    columnOfCandidate[candidate] = candidates.length;
    candidates.push(candidate);
  }
  const siteColumns = candidates.length;
  const { pointStart, pointCandidates, pointDistances, weights, base } = lists;
  const pointCount = base.length;
  const pairs = pointCandidates.length;
  const columns = siteColumns + pairs;
  const columnCost = new Float64Array(columns);
  const columnLower = new Float64Array(columns);
  const columnUpper = new Float64Array(columns).fill(1);
  const integer = new Uint8Array(columns);
  for (let column = 0; column < siteColumns; column++) integer[column] = 1;
  for (const candidate of constraints.forced ?? []) columnLower[columnOfCandidate[candidate] ?? 0] = 1;
  let offset = 0;
  const rows = new RowCollector();
  for (let point = 0; point < pointCount; point++) {
    const weight = weights[point] ?? 0;
    if (!(weight > 0)) continue;
    const standing = base[point] ?? 0;
    const noSchool = standing >= NO_SCHOOL_METRES;
    if (!noSchool) offset += weight * standing;
    const served: number[] = [];
    const end = pointStart[point + 1] ?? 0;
    for (let at = pointStart[point] ?? 0; at < end; at++) {
      const column = siteColumns + at;
      const site = columnOfCandidate[pointCandidates[at] ?? 0] ?? -1;
      const distance = pointDistances[at] ?? 0;
      columnCost[column] = weight * (noSchool ? distance : distance - standing);
      if (site < 0) {
        columnUpper[column] = 0;
        continue;
      }
      served.push(column);
      rows.add([column, site], [1, -1], Number.NEGATIVE_INFINITY, 0);
    }
    rows.add(served, new Float64Array(served.length).fill(1), noSchool ? 1 : Number.NEGATIVE_INFINITY, 1);
  }
  // Pairs of points without people carry no cost and need no row.
  const allSites = Int32Array.from({ length: siteColumns }, (_, column) => column);
  rows.add(allSites, new Float64Array(siteColumns).fill(1), Number.NEGATIVE_INFINITY, constraints.count);
  addRuleRows(rows, candidates, columnOfCandidate, places, constraints, near);
  return {
    model: rows.model({ sense: 'minimise', offset, columnCost, columnLower, columnUpper, integer }),
    candidateOfColumn: Int32Array.from(candidates),
    columnOfCandidate,
  };
}

/**
 * A start from picks: x = 1 for each pick, z = 1 for each point's nearest pick when it is nearer
 * than the standing school.
 * @example distanceStartOfPicks(model, lists, [4, 7])
 */
export function distanceStartOfPicks(
  distance: DistanceModel,
  lists: DistanceLists,
  picks: readonly number[],
): Float64Array {
  const siteColumns = distance.candidateOfColumn.length;
  const start = new Float64Array(distance.model.columnCost.length);
  const picked = new Set<number>();
  for (const pick of picks) {
    const column = distance.columnOfCandidate[pick] ?? -1;
    if (column < 0) continue;
    start[column] = 1;
    picked.add(pick);
  }
  for (let point = 0; point < lists.base.length; point++) {
    const end = lists.pointStart[point + 1] ?? 0;
    for (let at = lists.pointStart[point] ?? 0; at < end; at++) {
      if (!picked.has(lists.pointCandidates[at] ?? -1)) continue;
      start[siteColumns + at] = 1;
      break;
    }
  }
  return start;
}
