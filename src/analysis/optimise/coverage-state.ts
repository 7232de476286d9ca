/**
 * The covering problem (who is within reach of which candidate) and the running state of a set of
 * picks over it: how many picks cover each point, so that what a candidate would add and what a
 * pick alone holds are sums over one list each. Greedy, swap, the bounds and consolidation share it.
 */
import type { CoverageLists } from '../build-coverage-lists.ts';
import type { CandidatePlaces } from './site-constraints.ts';

/** Weighted points, what already covers them, and what each candidate would cover. */
export interface CoveringProblem extends CandidatePlaces {
  /** Population of every point (non-negative). */
  weights: ArrayLike<number>;
  /** 1 where a point is covered before any pick (by the schools that stand). */
  coveredBefore: ArrayLike<number>;
  /** Area (township index, 0 … n − 1) of every point, −1 outside every area. */
  areaOfPoint: ArrayLike<number>;
  /** Candidate → points it covers (see `buildCoverageLists`). */
  lists: CoverageLists;
}

/** A count that stands for "covered before any pick": no pick can uncover such a point. */
const ALWAYS = 1 << 30;

/** Integers up to this add up exactly in floating point, in any order. */
const EXACT_INTEGERS = 2 ** 53;

/**
 * How the state walks a candidate's list: runs of entries (two numbers a run in `runs`, those of
 * candidate c from `runFrom[c]` to `runTo[c]`), entry e being point `pointOf[e]`. Stamped lists
 * walk their runs of slots (e a slot); other lists one run a candidate over `points` (e an entry).
 */
interface ListWalk {
  pointOf: Int32Array;
  runs: Int32Array;
  runFrom: Int32Array;
  runTo: Int32Array;
  /** Whether the state's arrays by entry are indexed by the point (other lists) or the entry (slots). */
  byPoint: boolean;
}

function walkOf(lists: CoverageLists): ListWalk {
  if (lists.slots) return { ...lists.slots, pointOf: lists.slots.order, byPoint: false };
  const { sites, start } = lists;
  const runs = new Int32Array(sites * 2);
  const runFrom = new Int32Array(sites);
  const runTo = new Int32Array(sites);
  for (let site = 0; site < sites; site++) {
    runs[site * 2] = start[site] as number;
    runs[site * 2 + 1] = start[site + 1] as number;
    runFrom[site] = site * 2;
    runTo[site] = site * 2 + 2;
  }
  return { pointOf: lists.points, runs, runFrom, runTo, byPoint: true };
}

/**
 * Picks over a covering problem, with the cover count of every point. With stamped lists
 * (`lists.slots`), the weights not yet covered are kept by slot of the stamp lattice, so every
 * sum runs over consecutive memory; the sums are added in the same order as over `lists.points`,
 * so they are the same to the last bit either way.
 */
export class CoverageState {
  /** Picks covering each point (a huge number for points covered before any pick). */
  readonly covers: Int32Array;
  /**
   * The weight of every point no pick covers, 0 for the others — by point, or by slot with
   * stamped lists: a gain is the sum of these over a list, one read a point and no branch.
   * Adding the zeros changes no sum (x + 0 = x), so the gains equal those summed over the
   * uncovered points alone.
   */
  private readonly uncovered: Float64Array;
  private readonly walk: ListWalk;
  /**
   * Whether every weight in stamped lists is a whole number and all of them add up to at most
   * 2⁵³: then every sum of them is exact in any order, and a round of every candidate's gain
   * may take prefix sums over the runs of slots.
   */
  private readonly whole: boolean;
  /** Population newly covered by the picks. */
  gained = 0;

  /** No picks yet. */
  constructor(readonly problem: CoveringProblem) {
    const { weights, coveredBefore, lists } = problem;
    this.covers = new Int32Array(weights.length);
    for (let point = 0; point < weights.length; point++)
      if (coveredBefore[point]) this.covers[point] = ALWAYS;
    this.walk = walkOf(lists);
    const { byPoint, pointOf } = this.walk;
    const length = byPoint ? weights.length : pointOf.length;
    this.uncovered = new Float64Array(length);
    let total = 0;
    let whole = !byPoint;
    for (let at = 0; at < length; at++) {
      const point = byPoint ? at : (pointOf[at] as number);
      if (coveredBefore[point]) continue;
      const weight = weights[point] ?? 0;
      this.uncovered[at] = weight;
      total += Math.abs(weight);
      if (!Number.isInteger(weight)) whole = false;
    }
    this.whole = whole && total <= EXACT_INTEGERS;
  }

  /** Population a candidate would newly cover. */
  gainOf(candidate: number): number {
    const { runs, pointOf, byPoint } = this.walk;
    // Held in a local: read through `this` in the loop, the array is loaded again every pair.
    const uncovered = this.uncovered;
    let gain = 0;
    const last = this.walk.runTo[candidate] as number;
    for (let run = this.walk.runFrom[candidate] as number; run < last; run += 2) {
      const to = runs[run + 1] as number;
      for (let entry = runs[run] as number; entry < to; entry++)
        gain += uncovered[byPoint ? (pointOf[entry] as number) : entry] as number;
    }
    return gain;
  }

  /**
   * What every candidate would newly cover, into `gains` (one entry a candidate): the same sums
   * as {@link gainOf} candidate by candidate, without a call per candidate — what a greedy round
   * that evaluates every candidate (the first round of lazy greedy, every round of plain) costs.
   * With stamped lists of whole weights, a run's sum is the difference of two prefix sums (every
   * sum exact, so equal to the sum added slot by slot).
   */
  gainsOfAll(gains: Float64Array): void {
    const sites = this.problem.lists.sites;
    if (!this.whole) {
      for (let candidate = 0; candidate < sites; candidate++) gains[candidate] = this.gainOf(candidate);
      return;
    }
    const uncovered = this.uncovered;
    const prefix = new Float64Array(uncovered.length + 1);
    let sum = 0;
    for (let slot = 0; slot < uncovered.length; slot++) {
      sum += uncovered[slot] as number;
      prefix[slot + 1] = sum;
    }
    const { runs, runFrom, runTo } = this.walk;
    for (let candidate = 0; candidate < sites; candidate++) {
      const last = runTo[candidate] as number;
      let gain = 0;
      for (let run = runFrom[candidate] as number; run < last; run += 2)
        gain += (prefix[runs[run + 1] as number] as number) - (prefix[runs[run] as number] as number);
      gains[candidate] = gain;
    }
  }

  /** Population only this pick covers: what removing it would lose. */
  lossOf(pick: number): number {
    const { runs, pointOf } = this.walk;
    const { weights } = this.problem;
    const covers = this.covers;
    let loss = 0;
    const last = this.walk.runTo[pick] as number;
    for (let run = this.walk.runFrom[pick] as number; run < last; run += 2) {
      const to = runs[run + 1] as number;
      for (let entry = runs[run] as number; entry < to; entry++) {
        const point = pointOf[entry] as number;
        if (covers[point] === 1) loss += weights[point] as number;
      }
    }
    return loss;
  }

  /**
   * Adds a pick; calls `changed(point)` for every point it newly covers.
   */
  add(candidate: number, changed?: (point: number) => void): void {
    this.change(candidate, 1, changed);
  }

  /** Adds a pick (the ordering and greedy interfaces' name for {@link add}). */
  take(candidate: number): void {
    this.add(candidate);
  }

  /** Removes a pick; calls `changed(point)` for every point it leaves uncovered. */
  remove(pick: number, changed?: (point: number) => void): void {
    this.change(pick, -1, changed);
  }

  /**
   * Adds (step 1) or removes (step −1) a candidate's cover; `changed(point)` for every point
   * that becomes covered (from 0) or uncovered (to 0).
   */
  private change(candidate: number, step: 1 | -1, changed?: (point: number) => void): void {
    const { runs, pointOf, byPoint } = this.walk;
    const { weights } = this.problem;
    const { covers, uncovered } = this;
    const last = this.walk.runTo[candidate] as number;
    for (let run = this.walk.runFrom[candidate] as number; run < last; run += 2) {
      const to = runs[run + 1] as number;
      for (let entry = runs[run] as number; entry < to; entry++) {
        const point = pointOf[entry] as number;
        const count = (covers[point] as number) + step;
        covers[point] = count;
        // Covered now (0 → 1) or no longer (1 → 0).
        if (count !== (step === 1 ? 1 : 0)) continue;
        const weight = weights[point] ?? 0;
        uncovered[byPoint ? point : entry] = step === 1 ? 0 : weight;
        this.gained += step === 1 ? weight : -weight;
        changed?.(point);
      }
    }
  }

  /**
   * Population newly covered, summed afresh over the points (the running `gained` can drift by
   * rounding after many exchanges with fractional weights).
   */
  recount(): number {
    const { weights } = this.problem;
    let sum = 0;
    for (let point = 0; point < weights.length; point++) {
      const covers = this.covers[point] ?? 0;
      if (covers > 0 && covers < ALWAYS) sum += weights[point] ?? 0;
    }
    this.gained = sum;
    return sum;
  }
}

/**
 * Point → candidates: the transpose of the candidate → points lists, for the exchanges that must
 * know which candidates a change at one point touches.
 * @example invertCoverageLists(lists, points.length).start[7] // where point 7's candidates begin
 */
export function invertCoverageLists(
  lists: CoverageLists,
  pointCount: number,
): { start: Int32Array; candidates: Int32Array } {
  const start = new Int32Array(pointCount + 1);
  for (const point of lists.points) start[point + 1] = (start[point + 1] ?? 0) + 1;
  for (let point = 0; point < pointCount; point++)
    start[point + 1] = (start[point + 1] ?? 0) + (start[point] ?? 0);
  const filled = start.slice(0, pointCount);
  const candidates = new Int32Array(lists.points.length);
  for (let candidate = 0; candidate < lists.sites; candidate++) {
    const end = lists.start[candidate + 1] ?? 0;
    for (let slot = lists.start[candidate] ?? 0; slot < end; slot++) {
      const point = lists.points[slot] ?? 0;
      candidates[filled[point] ?? 0] = candidate;
      filled[point] = (filled[point] ?? 0) + 1;
    }
  }
  return { start, candidates };
}
