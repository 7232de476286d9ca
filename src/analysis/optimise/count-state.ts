/**
 * The running state of the count objective (the fewest sites reaching every coverage target):
 * the picks' coverage and, per target area, the population still missing. A candidate's gain is
 * what it adds towards the targets still missed — min(missing, what it newly covers) per area —
 * which never grows as picks are added, so lazy greedy is exact for it.
 */
import { CoverageState, type CoveringProblem } from './coverage-state.ts';
import type { CoverageTargets } from './coverage-targets.ts';

/** Picks and the population each target area still misses. */
export class CountState {
  readonly coverage: CoverageState;
  /** Population still missing per target area (0 when met). */
  readonly missing: Float64Array;
  /** Per area, the rounding allowance below which a shortfall counts as met. */
  private readonly tolerance: Float64Array;
  /** Scratch: what a candidate adds per area, and the areas it touches. */
  private readonly scratch: Float64Array;
  private readonly isTouched: Uint8Array;
  private readonly touched: number[] = [];

  /** No picks yet. */
  constructor(
    readonly problem: CoveringProblem,
    readonly targets: CoverageTargets,
  ) {
    this.coverage = new CoverageState(problem);
    this.missing = Float64Array.from(targets.need);
    this.tolerance = targets.need.map((need) => 1e-9 * Math.max(1, need));
    this.scratch = new Float64Array(targets.need.length);
    this.isTouched = new Uint8Array(targets.need.length);
  }

  /** Newly covered population per target area for a candidate (points whose cover count is `count`). */
  private byArea(candidate: number, count: number): void {
    const { start, points } = this.problem.lists;
    const { weights } = this.problem;
    const areaOfPoint = this.targets.areaOfPoint;
    for (const area of this.touched) {
      this.scratch[area] = 0;
      this.isTouched[area] = 0;
    }
    this.touched.length = 0;
    const end = start[candidate + 1] ?? 0;
    for (let slot = start[candidate] ?? 0; slot < end; slot++) {
      const point = points[slot] ?? 0;
      if (this.coverage.covers[point] !== count) continue;
      const area = areaOfPoint[point] ?? -1;
      if (area < 0) continue;
      if (this.isTouched[area] === 0) {
        this.isTouched[area] = 1;
        this.touched.push(area);
      }
      this.scratch[area] = (this.scratch[area] ?? 0) + (weights[point] ?? 0);
    }
  }

  /** What the candidate adds towards the targets still missed. */
  gainOf(candidate: number): number {
    this.byArea(candidate, 0);
    let gain = 0;
    for (const area of this.touched) gain += Math.min(this.missing[area] ?? 0, this.scratch[area] ?? 0);
    return gain;
  }

  /** Adds a pick. */
  take(candidate: number): void {
    this.byArea(candidate, 0);
    for (const area of this.touched) {
      const left = (this.missing[area] ?? 0) - (this.scratch[area] ?? 0);
      this.missing[area] = left <= (this.tolerance[area] ?? 0) ? 0 : left;
    }
    this.coverage.add(candidate);
  }

  /** Whether every target is met. */
  metAll(): boolean {
    return this.missing.every((missing) => missing === 0);
  }
}

/**
 * The per-area population the picks newly cover beyond what the targets need (negative where a
 * target is missed): what the count exchanges may spend.
 * @example surplusOf(problem, targets, covers) // Float64Array of areas
 */
export function surplusOf(
  problem: CoveringProblem,
  targets: CoverageTargets,
  covers: Int32Array,
): Float64Array {
  const surplus = Float64Array.from(targets.need, (need) => -need);
  for (let point = 0; point < problem.weights.length; point++) {
    const count = covers[point] ?? 0;
    if (count === 0 || problem.coveredBefore[point]) continue;
    const area = targets.areaOfPoint[point] ?? -1;
    if (area >= 0) surplus[area] = (surplus[area] ?? 0) + (problem.weights[point] ?? 0);
  }
  return surplus;
}

/**
 * Whether a set of picks meets every target (as the count searches judge it).
 * @example meetsTargets(problem, targets, answer.picks) // true
 */
export function meetsTargets(
  problem: CoveringProblem,
  targets: CoverageTargets,
  picks: readonly number[],
): boolean {
  const state = new CountState(problem, targets);
  for (const pick of picks) state.take(pick);
  return state.metAll();
}
