/**
 * Coverage targets per township (or for the district): how much more population the new sites
 * must bring within reach so that every area's share reaches the target — and, before any search,
 * which targets no set of candidates can reach, and why.
 */
import type { CoveringProblem } from './coverage-state.ts';

/** Targets as the count searches use them. */
export interface CoverageTargets {
  /** Target area of every point (the township, or 0 for the district), −1 for none. */
  areaOfPoint: Int32Array;
  /** Population each target area must still gain; 0 when met already. */
  need: Float64Array;
}

/** One area's target, as reported. */
export interface AreaTarget {
  /** Target area (township index, or 0 for the district). */
  area: number;
  population: number;
  coveredBefore: number;
  /** Population the picks must add. */
  need: number;
  /** Population all eligible candidates together could add. */
  reachable: number;
  /** True when all eligible candidates together cannot reach the target. */
  unreachable: boolean;
  /** Population of the area that no eligible candidate reaches and no school covers. */
  beyondEveryCandidate: number;
}

/**
 * The targets of a share (0–1) per township or for the district. A target no set of candidates can
 * reach is reported (`unreachable`) and left out of `need` (0), so the search serves the others;
 * the caller says so.
 * @example measureCoverageTargets(problem, 0.9, 'township').areas.filter((area) => area.unreachable)
 */
export function measureCoverageTargets(
  problem: CoveringProblem,
  share: number,
  scope: 'township' | 'district',
  eligible?: ArrayLike<number>,
): { targets: CoverageTargets; areas: AreaTarget[] } {
  const pointCount = problem.weights.length;
  const areaOfPoint = new Int32Array(pointCount);
  let areaCount = 1;
  for (let point = 0; point < pointCount; point++) {
    const area = scope === 'district' ? 0 : (problem.areaOfPoint[point] ?? -1);
    areaOfPoint[point] = area;
    areaCount = Math.max(areaCount, area + 1);
  }
  // Points some eligible candidate reaches.
  const reachable = new Uint8Array(pointCount);
  const { start, points } = problem.lists;
  for (let candidate = 0; candidate < problem.lists.sites; candidate++) {
    if (eligible && !eligible[candidate]) continue;
    const end = start[candidate + 1] ?? 0;
    for (let slot = start[candidate] ?? 0; slot < end; slot++) reachable[points[slot] ?? 0] = 1;
  }
  const population = new Float64Array(areaCount);
  const coveredBefore = new Float64Array(areaCount);
  const coverable = new Float64Array(areaCount);
  for (let point = 0; point < pointCount; point++) {
    const area = areaOfPoint[point] ?? -1;
    if (area < 0) continue;
    const weight = problem.weights[point] ?? 0;
    population[area] = (population[area] ?? 0) + weight;
    if (problem.coveredBefore[point]) coveredBefore[area] = (coveredBefore[area] ?? 0) + weight;
    else if (reachable[point]) coverable[area] = (coverable[area] ?? 0) + weight;
  }
  const need = new Float64Array(areaCount);
  const areas: AreaTarget[] = [];
  for (let area = 0; area < areaCount; area++) {
    const total = population[area] ?? 0;
    if (total <= 0) continue;
    const before = coveredBefore[area] ?? 0;
    // Met exactly as the analysis judges a share: covered ÷ population ≥ target.
    const shortfall = before / total >= share ? 0 : share * total - before;
    const canAdd = coverable[area] ?? 0;
    const unreachable = shortfall > 0 && (before + canAdd) / total < share;
    if (!unreachable) need[area] = shortfall;
    areas.push({
      area,
      population: total,
      coveredBefore: before,
      need: shortfall,
      reachable: canAdd,
      unreachable,
      beyondEveryCandidate: total - before - canAdd,
    });
  }
  return { targets: { areaOfPoint, need }, areas };
}
