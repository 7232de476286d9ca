/**
 * A mixed-integer linear programme as plain typed arrays — what the exact method hands to the
 * solver — and a small builder that collects rows. Kept free of the solver's own types, so the
 * models are built and tested in Node without loading any WebAssembly.
 */
import type { CandidatePlaces, NearCandidates, SiteConstraints } from './site-constraints.ts';

/** A MILP: optimise cᵀx + offset subject to rowLower ≤ Ax ≤ rowUpper, columnLower ≤ x ≤ columnUpper. */
export interface LinearModel {
  sense: 'maximise' | 'minimise';
  offset: number;
  columnCost: Float64Array;
  columnLower: Float64Array;
  columnUpper: Float64Array;
  /** 1 for integer columns. */
  integer: Uint8Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  /** The matrix by rows (CSR). */
  rowStart: Int32Array;
  rowIndex: Int32Array;
  rowValue: Float64Array;
}

/** Collects rows of a model whose columns are already known. */
export class RowCollector {
  private readonly lower: number[] = [];
  private readonly upper: number[] = [];
  private readonly start: number[] = [0];
  private readonly index: number[] = [];
  private readonly value: number[] = [];

  /** Adds `lower ≤ Σ values[k]·x[columns[k]] ≤ upper`. */
  add(columns: ArrayLike<number>, values: ArrayLike<number>, lower: number, upper: number): void {
    for (let at = 0; at < columns.length; at++) {
      this.index.push(columns[at] ?? 0);
      this.value.push(values[at] ?? 0);
    }
    this.start.push(this.index.length);
    this.lower.push(lower);
    this.upper.push(upper);
  }

  /** Rows so far. */
  get count(): number {
    return this.lower.length;
  }

  /** Nonzeros so far. */
  get nonzeros(): number {
    return this.index.length;
  }

  /** The model with these rows. */
  model(
    columns: Omit<LinearModel, 'rowLower' | 'rowUpper' | 'rowStart' | 'rowIndex' | 'rowValue'>,
  ): LinearModel {
    return {
      ...columns,
      rowLower: Float64Array.from(this.lower),
      rowUpper: Float64Array.from(this.upper),
      rowStart: Int32Array.from(this.start),
      rowIndex: Int32Array.from(this.index),
      rowValue: Float64Array.from(this.value),
    };
  }
}

/**
 * The rows of the common rules, for any model whose first columns are the candidates kept: at least
 * one pick per required area, and no two picks closer than the minimum distance.
 * @example addRuleRows(rows, candidates, columnOfCandidate, places, constraints, near)
 */
export function addRuleRows(
  rows: RowCollector,
  candidates: readonly number[],
  columnOfCandidate: Int32Array,
  places: CandidatePlaces,
  constraints: SiteConstraints,
  near: NearCandidates,
): void {
  for (const area of new Set(constraints.requiredAreas ?? [])) {
    const inArea = candidates
      .map((candidate, column) => ((places.areaOfCandidate[candidate] ?? -1) === area ? column : -1))
      .filter((column) => column >= 0);
    rows.add(inArea, new Float64Array(inArea.length).fill(1), 1, Number.POSITIVE_INFINITY);
  }
  if (near.minimumDistance <= 0) return;
  for (const candidate of candidates) {
    for (const other of near.of(candidate)) {
      const column = columnOfCandidate[other] ?? -1;
      if (other <= candidate || column < 0) continue;
      rows.add([columnOfCandidate[candidate] ?? 0, column], [1, 1], Number.NEGATIVE_INFINITY, 1);
    }
  }
}

/**
 * The value of a model's objective at x, and whether x keeps every row and bound (within
 * `tolerance`): to check a solver's answer, and in tests.
 * @example evaluateModel(model, x) // { objective: 1200, feasible: true }
 */
export function evaluateModel(
  model: LinearModel,
  x: ArrayLike<number>,
  tolerance = 1e-6,
): { objective: number; feasible: boolean } {
  let objective = model.offset;
  let feasible = true;
  for (let column = 0; column < model.columnCost.length; column++) {
    const value = x[column] ?? 0;
    objective += (model.columnCost[column] ?? 0) * value;
    if (
      value < (model.columnLower[column] ?? 0) - tolerance ||
      value > (model.columnUpper[column] ?? 0) + tolerance
    )
      feasible = false;
    if (model.integer[column] && Math.abs(value - Math.round(value)) > tolerance) feasible = false;
  }
  for (let row = 0; row < model.rowLower.length; row++) {
    let activity = 0;
    const end = model.rowStart[row + 1] ?? 0;
    for (let at = model.rowStart[row] ?? 0; at < end; at++)
      activity += (model.rowValue[at] ?? 0) * (x[model.rowIndex[at] ?? 0] ?? 0);
    const scale = tolerance * Math.max(1, Math.abs(activity));
    if (activity < (model.rowLower[row] ?? 0) - scale || activity > (model.rowUpper[row] ?? 0) + scale)
      feasible = false;
  }
  return { objective, feasible };
}
