/**
 * Solves a `LinearModel` exactly with HiGHS compiled to WebAssembly (the `highs` package), in the
 * browser's worker and in the CLI alike: the solver's gap tolerances at zero, a time limit, and a
 * start to improve on. After the time limit the best solution found and the solver's bound come
 * back, so the gap is known either way.
 */
import type { Highs } from 'highs';
import { evaluateModel, type LinearModel } from './linear-model.ts';

/** What the solver found. */
export interface ModelSolution {
  /** 'optimal' (proven, tolerances zero), 'time-limit' (best found so far), 'infeasible', 'failed'. */
  status: 'optimal' | 'time-limit' | 'infeasible' | 'failed';
  /** Column values of the best solution; null when none was found. */
  values: Float64Array | null;
  /** The objective at `values` (NaN without a solution). */
  objective: number;
  /** The solver's proven bound on the objective (upper when maximising, lower when minimising). */
  bound: number;
  seconds: number;
}

/** Loads the solver; the default imports the `highs` package (its WebAssembly beside it). */
export type SolverLoader = () => Promise<Highs>;

let loaded: Promise<Highs> | null = null;

/** The `highs` package, loaded once per thread (the worker, or the CLI process). */
export const loadHighs: SolverLoader = () => {
  loaded ??= import('highs').then((module) => module.default());
  return loaded;
};

/**
 * Solves the model with time limit `seconds`, starting from `start` when given (it must keep every
 * row to help; HiGHS checks it). The relative gap tolerance is zero; the absolute one is
 * `absoluteGap`, half a unit of what the answer is read in (half a person, half a site, half a
 * metre of mean distance), so 'optimal' means proven within that half unit. Never throws for a
 * solver failure: the status says so.
 * @example await solveModel(model, 10, 0.5, start) // { status: 'optimal', values, objective, bound, seconds }
 */
export async function solveModel(
  model: LinearModel,
  seconds: number,
  absoluteGap: number,
  start?: Float64Array,
  loader: SolverLoader = loadHighs,
): Promise<ModelSolution> {
  const began = performance.now();
  const elapsed = () => (performance.now() - began) / 1000;
  if (model.columnCost.length === 0) {
    // Nothing to decide (the solver calls an empty model an error): the rows hold or they do not.
    const { objective, feasible } = evaluateModel(model, []);
    return feasible
      ? { status: 'optimal', values: new Float64Array(0), objective, bound: objective, seconds: elapsed() }
      : { status: 'infeasible', values: null, objective: Number.NaN, bound: Number.NaN, seconds: elapsed() };
  }
  let highs: Highs;
  try {
    highs = await loader();
  } catch {
    return { status: 'failed', values: null, objective: Number.NaN, bound: Number.NaN, seconds: elapsed() };
  }
  const { constants, infinity } = highs;
  const finite = (values: Float64Array) =>
    values.map((value) => (Number.isFinite(value) ? value : value > 0 ? infinity : -infinity));
  const rows = model.rowLower.length;
  const columns = model.columnCost.length;
  const solver = highs.createModel({
    numCols: columns,
    numRows: rows,
    sense: model.sense === 'maximise' ? constants.objectiveSense.maximize : constants.objectiveSense.minimize,
    offset: model.offset,
    colCost: model.columnCost,
    colLower: finite(model.columnLower),
    colUpper: finite(model.columnUpper),
    rowLower: finite(model.rowLower),
    rowUpper: finite(model.rowUpper),
    matrix: {
      format: 'csr',
      numRows: rows,
      numCols: columns,
      starts: model.rowStart,
      indices: model.rowIndex,
      values: model.rowValue,
    },
    integrality: Int32Array.from(model.integer, (flag) =>
      flag ? constants.variableType.integer : constants.variableType.continuous,
    ),
  });
  try {
    solver.options.set({
      output_flag: false,
      time_limit: Math.max(0.1, seconds),
      mip_rel_gap: 0,
      mip_abs_gap: absoluteGap,
    });
    if (start && start.length === columns) {
      try {
        solver.setSolution({ colValue: start });
      } catch {
        // A start the solver refuses only costs time.
      }
    }
    solver.run();
    const code = solver.getModelStatus();
    const status: ModelSolution['status'] =
      code === constants.modelStatus.optimal
        ? 'optimal'
        : code === constants.modelStatus.timeLimit || code === constants.modelStatus.interrupted
          ? 'time-limit'
          : code === constants.modelStatus.infeasible
            ? 'infeasible'
            : 'failed';
    const primal = Number(solver.info.get('primal_solution_status'));
    const values = primal === 2 ? Float64Array.from(solver.getSolution().colValue) : null;
    const objective = values ? solver.getObjectiveValue() : Number.NaN;
    let bound = Number(solver.info.get('mip_dual_bound'));
    if (status === 'optimal' && !Number.isFinite(bound)) bound = objective;
    return { status, values, objective, bound, seconds: elapsed() };
  } catch {
    return { status: 'failed', values: null, objective: Number.NaN, bound: Number.NaN, seconds: elapsed() };
  } finally {
    solver.dispose();
  }
}
