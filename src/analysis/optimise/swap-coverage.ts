/**
 * Exchange search (Teitz–Bart) for the coverage objective: after greedy, exchange one pick for
 * one other candidate while the population newly covered grows. Every candidate's gain is kept
 * up to date point by point; for a pick, only the candidates sharing its sole-covered points are
 * looked at one by one (see `ExchangeSearch`).
 */
import { CoverageState, type CoveringProblem, invertCoverageLists } from './coverage-state.ts';
import {
  type ExchangeObjective,
  type ExchangeOptions,
  type ExchangeResult,
  ExchangeSearch,
  searchExchanges,
} from './exchange-search.ts';
import { NearCandidates, type SiteConstraints } from './site-constraints.ts';

/** The coverage objective as the exchange search sees it. */
export class CoverageExchangeObjective implements ExchangeObjective {
  readonly state: CoverageState;
  readonly gains: Float64Array;
  private readonly inverse: { start: Int32Array; candidates: Int32Array };

  /** The picks' coverage and every candidate's gain. */
  constructor(
    readonly problem: CoveringProblem,
    picks: readonly number[],
  ) {
    this.state = new CoverageState(problem);
    for (const pick of picks) this.state.add(pick);
    const candidateCount = problem.lists.sites;
    this.gains = new Float64Array(candidateCount);
    for (let candidate = 0; candidate < candidateCount; candidate++) {
      this.gains[candidate] = this.state.gainOf(candidate);
    }
    this.inverse = invertCoverageLists(problem.lists, problem.weights.length);
  }

  lossOf(pick: number): { loss: number; shared: Map<number, number> } {
    const { weights, lists } = this.problem;
    const covers = this.state.covers;
    const shared = new Map<number, number>();
    let loss = 0;
    const end = lists.start[pick + 1] ?? 0;
    for (let slot = lists.start[pick] ?? 0; slot < end; slot++) {
      const point = lists.points[slot] ?? 0;
      if (covers[point] !== 1) continue;
      const weight = weights[point] ?? 0;
      loss += weight;
      const last = this.inverse.start[point + 1] ?? 0;
      for (let at = this.inverse.start[point] ?? 0; at < last; at++) {
        const candidate = this.inverse.candidates[at] ?? 0;
        if (candidate !== pick) shared.set(candidate, (shared.get(candidate) ?? 0) + weight);
      }
    }
    return { loss, shared };
  }

  exchange(pick: number, candidate: number): void {
    const { weights } = this.problem;
    const { start, candidates } = this.inverse;
    const shift = (point: number, sign: number) => {
      const weight = (weights[point] ?? 0) * sign;
      const last = start[point + 1] ?? 0;
      for (let at = start[point] ?? 0; at < last; at++) {
        const other = candidates[at] ?? 0;
        this.gains[other] = (this.gains[other] ?? 0) + weight;
      }
    };
    this.state.remove(pick, (point) => shift(point, 1));
    this.state.add(candidate, (point) => shift(point, -1));
  }

  recount(): number {
    return this.state.recount();
  }
}

/** Rounding allowance for a problem: an exchange must gain more than this to count. */
export function coverageTolerance(problem: CoveringProblem): number {
  let total = 0;
  for (let point = 0; point < problem.weights.length; point++) total += problem.weights[point] ?? 0;
  return 1e-9 * total + 1e-12;
}

/**
 * Teitz–Bart exchanges from a starting set for the coverage objective (see `searchExchanges`).
 * @example swapCoverage(problem, { count: 16 }, greedyPicks).value // ≥ the greedy value
 */
export function swapCoverage(
  problem: CoveringProblem,
  constraints: SiteConstraints,
  start: readonly number[],
  options: ExchangeOptions & { near?: NearCandidates } = {},
): ExchangeResult {
  const near = options.near ?? new NearCandidates(problem, constraints.minimumDistance ?? 0);
  const objective = new CoverageExchangeObjective(problem, start);
  const search = new ExchangeSearch(objective, problem, constraints, near, start, options.accept);
  return searchExchanges(search, coverageTolerance(problem), options.shouldStop);
}
