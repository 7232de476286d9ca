/**
 * The exact model of the covering objectives — most population newly covered with k sites, or the
 * fewest sites meeting every coverage target — on the merged groups of `reduceCovering`, with the
 * common rules as rows, and candidates that another candidate dominates left out first.
 */
import type { CoverageTargets } from './coverage-targets.ts';
import { addRuleRows, type LinearModel, RowCollector } from './linear-model.ts';
import type { ReducedCovering } from './reduce-covering.ts';
import type { CandidatePlaces, NearCandidates, SiteConstraints } from './site-constraints.ts';

/** The model and how its columns map back to candidates. */
export interface CoveringModel {
  model: LinearModel;
  /** Candidate of each x column (x columns come first, then one y column per group). */
  candidateOfColumn: Int32Array;
  /** Column of each candidate, −1 when left out (ineligible or dominated). */
  columnOfCandidate: Int32Array;
  /** Candidates left out because another one reaches every group they reach. */
  dominated: number;
}

/** Work allowed for the search of dominated candidates (subset tests × group size). */
const DOMINANCE_WORK_LIMIT = 5e7;

/**
 * Candidates another candidate dominates: every group it reaches, the other reaches too (ties to
 * the lower index). Leaving them out keeps an optimum: a pick of a dominated candidate can be
 * exchanged for its dominator, or dropped. Only sound without a minimum distance, and, for a
 * required area, within the area; forced candidates always stay.
 */
function findDominated(
  reduced: ReducedCovering,
  places: CandidatePlaces,
  constraints: SiteConstraints,
  open: Uint8Array,
): Uint8Array {
  const candidateCount = open.length;
  const dominated = new Uint8Array(candidateCount);
  if ((constraints.minimumDistance ?? 0) > 0) return dominated;
  const { candidateStart, candidateGroups, groupStart, groupCandidates } = reduced;
  let work = 0;
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    const from = candidateStart[candidate] ?? 0;
    const to = candidateStart[candidate + 1] ?? 0;
    if (from < to) {
      const first = candidateGroups[from] ?? 0;
      work += ((groupStart[first + 1] ?? 0) - (groupStart[first] ?? 0)) * (to - from);
    }
  }
  if (work > DOMINANCE_WORK_LIMIT) return dominated;
  const forced = new Set(constraints.forced ?? []);
  const required = new Set(constraints.requiredAreas ?? []);
  const mark = new Int32Array(reduced.groupWeights.length).fill(-1);
  const size = (candidate: number) => (candidateStart[candidate + 1] ?? 0) - (candidateStart[candidate] ?? 0);
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    if (!open[candidate] || forced.has(candidate)) continue;
    const area = places.areaOfCandidate[candidate] ?? -1;
    const from = candidateStart[candidate] ?? 0;
    const to = candidateStart[candidate + 1] ?? 0;
    if (from === to) {
      // Reaches nobody: only a required area can need it.
      if (!required.has(area)) dominated[candidate] = 1;
      continue;
    }
    for (let at = from; at < to; at++) mark[candidateGroups[at] ?? 0] = candidate;
    const first = candidateGroups[from] ?? 0;
    const last = groupStart[first + 1] ?? 0;
    for (let slot = groupStart[first] ?? 0; slot < last; slot++) {
      const other = groupCandidates[slot] ?? 0;
      if (other === candidate || !open[other] || dominated[other]) continue;
      if (required.has(area) && (places.areaOfCandidate[other] ?? -1) !== area) continue;
      const otherSize = size(other);
      if (otherSize < to - from || (otherSize === to - from && other > candidate)) continue;
      let covered = 0;
      const otherEnd = candidateStart[other + 1] ?? 0;
      for (let at = candidateStart[other] ?? 0; at < otherEnd; at++) {
        if (mark[candidateGroups[at] ?? 0] === candidate) covered++;
      }
      if (covered === to - from) {
        dominated[candidate] = 1;
        break;
      }
    }
  }
  return dominated;
}

/**
 * Builds the model: binary x_j per candidate kept, y_g ∈ [0, 1] per group, y_g ≤ Σ_{j reaches g} x_j,
 * Σ x_j ≤ k, Σ_{j in area} x_j ≥ 1 per required area, x_a + x_b ≤ 1 for candidates closer than the
 * minimum distance, forced x_j = 1; with targets, Σ_{g in area t} w_g y_g ≥ need_t. Objective:
 * maximise Σ w_g y_g (`coverage`) or minimise Σ x_j (`count`). `reduced` must keep areas apart when
 * there are targets, with group areas that are the target areas.
 * @example buildCoveringModel(reduced, places, { count: 5 }, near, 'coverage').model.columnCost.length
 */
export function buildCoveringModel(
  reduced: ReducedCovering,
  places: CandidatePlaces,
  constraints: SiteConstraints,
  near: NearCandidates,
  objective: 'coverage' | 'count',
  targets?: CoverageTargets,
): CoveringModel {
  const candidateCount = places.candidates.length;
  const open = new Uint8Array(candidateCount);
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    open[candidate] = !constraints.eligible || constraints.eligible[candidate] ? 1 : 0;
  }
  for (const candidate of constraints.forced ?? []) open[candidate] = 1;
  const dominated = findDominated(reduced, places, constraints, open);
  const columnOfCandidate = new Int32Array(candidateCount).fill(-1);
  const candidates: number[] = [];
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    if (!open[candidate] || dominated[candidate]) continue;
    columnOfCandidate[candidate] = candidates.length;
    candidates.push(candidate);
  }
  const siteColumns = candidates.length;
  const groupCount = reduced.groupWeights.length;
  const columns = siteColumns + groupCount;
  const columnCost = new Float64Array(columns);
  const columnLower = new Float64Array(columns);
  const columnUpper = new Float64Array(columns).fill(1);
  const integer = new Uint8Array(columns);
  for (let column = 0; column < siteColumns; column++) {
    integer[column] = 1;
    if (objective === 'count') columnCost[column] = 1;
  }
  for (const candidate of constraints.forced ?? []) columnLower[columnOfCandidate[candidate] ?? 0] = 1;
  if (objective === 'coverage') {
    for (let group = 0; group < groupCount; group++)
      columnCost[siteColumns + group] = reduced.groupWeights[group] ?? 0;
  }

  const rows = new RowCollector();
  for (let group = 0; group < groupCount; group++) {
    const indices = [siteColumns + group];
    const values = [1];
    const end = reduced.groupStart[group + 1] ?? 0;
    for (let at = reduced.groupStart[group] ?? 0; at < end; at++) {
      const column = columnOfCandidate[reduced.groupCandidates[at] ?? 0] ?? -1;
      if (column < 0) continue;
      indices.push(column);
      values.push(-1);
    }
    // A group no kept candidate reaches stays at 0.
    if (indices.length === 1) columnUpper[siteColumns + group] = 0;
    else rows.add(indices, values, Number.NEGATIVE_INFINITY, 0);
  }
  const allSites = Int32Array.from({ length: siteColumns }, (_, column) => column);
  rows.add(allSites, new Float64Array(siteColumns).fill(1), Number.NEGATIVE_INFINITY, constraints.count);
  addRuleRows(rows, candidates, columnOfCandidate, places, constraints, near);
  if (targets) {
    const byArea = new Map<number, { columns: number[]; values: number[] }>();
    for (let group = 0; group < groupCount; group++) {
      const area = reduced.groupAreas[group] ?? -1;
      if (area < 0 || !((targets.need[area] ?? 0) > 0)) continue;
      const entry = byArea.get(area) ?? { columns: [], values: [] };
      entry.columns.push(siteColumns + group);
      entry.values.push(reduced.groupWeights[group] ?? 0);
      byArea.set(area, entry);
    }
    for (const [area, entry] of [...byArea].sort((a, b) => a[0] - b[0])) {
      rows.add(entry.columns, entry.values, targets.need[area] ?? 0, Number.POSITIVE_INFINITY);
    }
  }
  return {
    model: rows.model({
      sense: objective === 'coverage' ? 'maximise' : 'minimise',
      offset: 0,
      columnCost,
      columnLower,
      columnUpper,
      integer,
    }),
    candidateOfColumn: Int32Array.from(candidates),
    columnOfCandidate,
    dominated: dominated.reduce((sum, flag) => sum + flag, 0),
  };
}

/**
 * A full column vector from picks (x = 1 for each pick kept in the model, y = 1 where a pick
 * reaches the group), to hand the solver as a start. Picks left out of the model (dominated) are
 * replaced by nothing: the start may then be worse, never infeasible for the coverage objective.
 * @example startOfPicks(model, reduced, [3, 9])
 */
export function startOfPicks(
  covering: CoveringModel,
  reduced: ReducedCovering,
  picks: readonly number[],
): Float64Array {
  const siteColumns = covering.candidateOfColumn.length;
  const start = new Float64Array(covering.model.columnCost.length);
  for (const pick of picks) {
    const column = covering.columnOfCandidate[pick] ?? -1;
    if (column < 0) continue;
    start[column] = 1;
    const end = reduced.candidateStart[pick + 1] ?? 0;
    for (let at = reduced.candidateStart[pick] ?? 0; at < end; at++) {
      const group = reduced.candidateGroups[at] ?? 0;
      if ((covering.model.columnUpper[siteColumns + group] ?? 0) > 0) start[siteColumns + group] = 1;
    }
  }
  return start;
}
