/**
 * The covering state as it was before stamped lists were read as runs of slots (weights not yet
 * covered kept by point, every gain read through the list of points), kept only to be timed
 * beside the current code in scripts/bench/suggest-bench.ts; never used by the atlas.
 *
 * The covering problem (who is within reach of which candidate) and the running state of a set of
 * picks over it: how many picks cover each point, so that what a candidate would add and what a
 * pick alone holds are sums over one list each. Greedy, swap, the bounds and consolidation share it.
 */
import type { CoverageLists } from '../../../src/analysis/build-coverage-lists.ts';
import type { CandidatePlaces } from '../../../src/analysis/optimise/site-constraints.ts';

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

/** Picks over a covering problem, with the cover count of every point. */
export class CoverageState {
  /** Picks covering each point (a huge number for points covered before any pick). */
  readonly covers: Int32Array;
  /**
   * The weight of every point no pick covers, 0 for the others: a gain is the sum of these over
   * a list, one read a point and no branch. Adding the zeros changes no sum (x + 0 = x), so the
   * gains equal those summed over the uncovered points alone.
   */
  private readonly uncovered: Float64Array;
  /** Population newly covered by the picks. */
  gained = 0;

  /** No picks yet. */
  constructor(readonly problem: CoveringProblem) {
    const { weights, coveredBefore } = problem;
    this.covers = new Int32Array(weights.length);
    this.uncovered = new Float64Array(weights.length);
    for (let point = 0; point < weights.length; point++) {
      if (coveredBefore[point]) this.covers[point] = ALWAYS;
      else this.uncovered[point] = weights[point] ?? 0;
    }
  }

  /** Population a candidate would newly cover. */
  gainOf(candidate: number): number {
    const { start, points } = this.problem.lists;
    // Held in a local: read through `this` in the loop, the array is loaded again every pair.
    const uncovered = this.uncovered;
    let gain = 0;
    const end = start[candidate + 1] as number;
    for (let slot = start[candidate] as number; slot < end; slot++)
      gain += uncovered[points[slot] as number] as number;
    return gain;
  }

  /**
   * What every candidate would newly cover, into `gains` (one entry a candidate): the same sums,
   * added in the same order, as {@link gainOf} candidate by candidate, in one pass over the lists
   * — what a greedy round that evaluates every candidate (the first round of lazy greedy, every
   * round of plain) costs, without a call per candidate.
   */
  gainsOfAll(gains: Float64Array): void {
    const { start, points, sites } = this.problem.lists;
    const uncovered = this.uncovered;
    for (let candidate = 0; candidate < sites; candidate++) {
      const end = start[candidate + 1] as number;
      let gain = 0;
      for (let slot = start[candidate] as number; slot < end; slot++)
        gain += uncovered[points[slot] as number] as number;
      gains[candidate] = gain;
    }
  }

  /** Population only this pick covers: what removing it would lose. */
  lossOf(pick: number): number {
    const { start, points } = this.problem.lists;
    const { weights } = this.problem;
    const covers = this.covers;
    let loss = 0;
    const end = start[pick + 1] as number;
    for (let slot = start[pick] as number; slot < end; slot++) {
      const point = points[slot] as number;
      if (covers[point] === 1) loss += weights[point] as number;
    }
    return loss;
  }

  /**
   * Adds a pick; calls `changed(point)` for every point it newly covers.
   */
  add(candidate: number, changed?: (point: number) => void): void {
    const { start, points } = this.problem.lists;
    const { weights } = this.problem;
    const end = start[candidate + 1] ?? 0;
    for (let slot = start[candidate] ?? 0; slot < end; slot++) {
      const point = points[slot] ?? 0;
      const before = this.covers[point] ?? 0;
      this.covers[point] = before + 1;
      if (before === 0) {
        this.uncovered[point] = 0;
        this.gained += weights[point] ?? 0;
        changed?.(point);
      }
    }
  }

  /** Adds a pick (the ordering and greedy interfaces' name for {@link add}). */
  take(candidate: number): void {
    this.add(candidate);
  }

  /** Removes a pick; calls `changed(point)` for every point it leaves uncovered. */
  remove(pick: number, changed?: (point: number) => void): void {
    const { start, points } = this.problem.lists;
    const { weights } = this.problem;
    const end = start[pick + 1] ?? 0;
    for (let slot = start[pick] ?? 0; slot < end; slot++) {
      const point = points[slot] ?? 0;
      const after = (this.covers[point] ?? 0) - 1;
      this.covers[point] = after;
      if (after === 0) {
        this.uncovered[point] = weights[point] ?? 0;
        this.gained -= weights[point] ?? 0;
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
