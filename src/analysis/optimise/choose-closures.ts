/**
 * The search behind consolidation (撤并): which of the closable schools to keep so that every
 * township keeps its coverage target — the fewest kept (the most closed), or a given number
 * closed with the least population losing coverage — by greedy, swap or exact, with the bound.
 * Works on a covering problem whose candidates are the closable schools and whose points are
 * those the schools that stay anyway do not cover.
 */
import { message } from '../../domain/message.ts';
import { boundCountLagrangian } from './bound-count.ts';
import { boundCoverageLagrangian, onlineCoverageBound } from './bound-coverage.ts';
import { meetsTargets, surplusOf } from './count-state.ts';
import { CoverageState, type CoveringProblem } from './coverage-state.ts';
import type { CoverageTargets } from './coverage-targets.ts';
import { EXACT_OFFER_SECONDS, estimateExactSeconds } from './estimate-exact-seconds.ts';
import { ExchangeSearch, searchExchanges } from './exchange-search.ts';
import { greedyCount } from './greedy-count.ts';
import { qualityOf, type SearchMethod, type SearchQuality } from './objective.ts';
import { reduceCovering } from './reduce-covering.ts';
import { keepsTargets } from './search-coverage-sites.ts';
import { selectGreedily } from './select-greedily.ts';
import { NearCandidates, type SiteConstraints } from './site-constraints.ts';
import type { SiteSearchAnswer } from './site-search.ts';
import { boundCountByRelaxation, solveCoveringExactly } from './solve-exactly.ts';
import type { SolverLoader } from './solve-model.ts';
import { swapCount } from './swap-count.ts';
import { CoverageExchangeObjective, coverageTolerance } from './swap-coverage.ts';
import { UnmetRequestError } from './unmet-request-error.ts';

/** How to choose. */
export interface ClosureOptions {
  /** null: close as many as the targets allow; a number: close exactly that many. */
  closeCount: number | null;
  method: SearchMethod;
  timeLimitSeconds: number;
  solverLoader?: SolverLoader;
}

/** The coverage objective that also keeps each area's surplus over its target up to date. */
class TargetKeepingObjective extends CoverageExchangeObjective {
  surplus: Float64Array;

  constructor(
    problem: CoveringProblem,
    picks: readonly number[],
    private readonly targets: CoverageTargets,
  ) {
    super(problem, picks);
    this.surplus = surplusOf(problem, targets, this.state.covers);
  }

  override exchange(pick: number, candidate: number): void {
    super.exchange(pick, candidate);
    // Exchanges are few: summing the surplus afresh keeps it exact.
    this.surplus = surplusOf(this.problem, this.targets, this.state.covers);
  }

  /** Whether the exchange keeps every target met. */
  keeps(pick: number, candidate: number): boolean {
    return keepsTargets(this.problem, this.targets, this.state.covers, this.surplus, pick, candidate);
  }
}

/** The schools kept and the quality of the choice. */
export interface ClosureChoice {
  /** Indices of the closable schools kept. */
  kept: number[];
  /**
   * Closing the most: value = schools closed, bound = an upper bound on them. Closing a given
   * number: value = population losing coverage, bound = a lower bound on it.
   */
  quality: SearchQuality;
  exchanges: number;
  exact: SiteSearchAnswer['exact'];
  exactEstimate: SiteSearchAnswer['exactEstimate'];
}

/**
 * Population the kept schools cover beyond the schools that stay anyway.
 * @example coveredBy(problem, [0, 2]) // people within reach of closable schools 0 and 2 only
 */
export function coveredBy(problem: CoveringProblem, kept: readonly number[]): number {
  const state = new CoverageState(problem);
  for (const school of kept) state.add(school);
  return state.recount();
}

/**
 * Chooses the schools to keep (see the file's description). Keeping every closable school always
 * meets the targets (they are no stricter than today), so "close the most" always has an answer;
 * closing more than the targets allow is refused, saying how many can close.
 * @throws UnmetRequestError when `closeCount` exceeds what the targets allow
 * @example await chooseClosures(problem, targets, { closeCount: null, method: 'swap', timeLimitSeconds: 10 })
 */
export async function chooseClosures(
  problem: CoveringProblem,
  targets: CoverageTargets,
  options: ClosureOptions,
): Promise<ClosureChoice> {
  const closable = problem.lists.sites;
  const everyone: SiteConstraints = { count: closable };
  const near = new NearCandidates(problem, 0);
  const byArea = reduceCovering(problem, { byArea: true });
  const nonzeros = byArea.groupCandidates.length + byArea.groupWeights.length + closable;
  const estimate = estimateExactSeconds(nonzeros, closable);
  const exactEstimate = { seconds: estimate, offered: estimate <= EXACT_OFFER_SECONDS };
  // The fewest kept that meet the targets: greedy, then drops and merges.
  const fewest = greedyCount(problem, targets, { ...everyone, evaluation: 'lazy' });
  let kept = fewest.picks;
  let exchanges = 0;
  if (options.method !== 'greedy' || options.closeCount !== null) {
    const improved = swapCount(problem, targets, everyone, kept);
    kept = improved.picks;
    exchanges = improved.dropped + improved.merged;
  }
  let exact: SiteSearchAnswer['exact'] = null;
  if (options.closeCount === null) {
    let lower = boundCountLagrangian(byArea, targets, everyone, kept.length).bound;
    let bySolver = false;
    if (lower < kept.length && exactEstimate.offered && options.method !== 'exact') {
      // Small enough: the linear relaxation gives the bound the subgradient steps only approach.
      const relaxed = await boundCountByRelaxation(
        byArea,
        problem,
        everyone,
        near,
        targets,
        options.timeLimitSeconds,
        options.solverLoader,
      );
      if (relaxed > lower) {
        lower = relaxed;
        bySolver = true;
      }
    }
    // The count kept is whole: a bound equal to it proves the answer, sparing the solver.
    let proven = options.method === 'exact' && lower === kept.length;
    if (options.method === 'exact' && !proven) {
      const answer = await solveCoveringExactly(
        byArea,
        problem,
        everyone,
        near,
        'count',
        kept,
        options.timeLimitSeconds,
        targets,
        options.solverLoader,
      );
      if (
        answer.status !== 'failed' &&
        answer.picks.length <= kept.length &&
        meetsTargets(problem, targets, answer.picks)
      )
        kept = answer.picks;
      if (Number.isFinite(answer.bound)) lower = Math.max(lower, answer.bound);
      proven = answer.proven;
      exact = { status: answer.status, seconds: answer.seconds, size: answer.size };
    }
    const closed = closable - kept.length;
    const quality = qualityOf(
      'maximise',
      closed,
      closable - lower,
      exact || bySolver ? 'solver' : 'lagrangian',
      proven,
    );
    return { kept, quality, exchanges, exact, exactEstimate };
  }

  const keep = closable - options.closeCount;
  if (keep < 0 || kept.length > keep) {
    throw new UnmetRequestError(
      message('optimiseConsolidationTooMany', { asked: options.closeCount, most: closable - kept.length }),
    );
  }
  // Keep `keep` schools: the ones the targets need, then those covering most of the rest.
  const fillState = new CoverageState(problem);
  const filled = selectGreedily(
    problem,
    { gainOf: (school) => fillState.gainOf(school), take: (school) => fillState.add(school) },
    { count: Math.max(1, keep), forced: kept, evaluation: 'lazy' },
  );
  // Greedy stops when nothing adds coverage: the rest of the `keep` add none either way.
  kept = keep === 0 ? [] : padKept(filled.picks, keep, closable);
  if (options.method !== 'greedy' && kept.length > 0) {
    const objective = new TargetKeepingObjective(problem, kept, targets);
    const search = new ExchangeSearch(objective, problem, { count: keep }, near, kept, (pick, candidate) =>
      objective.keeps(pick, candidate),
    );
    const swapped = searchExchanges(search, coverageTolerance(problem));
    kept = swapped.picks;
    exchanges += swapped.exchanges;
  }
  const everyCovered = coveredBy(
    problem,
    Array.from({ length: closable }, (_, school) => school),
  );
  let proven = false;
  let bestKeptCover = Number.POSITIVE_INFINITY;
  if (options.method === 'exact' && keep > 0) {
    const answer = await solveCoveringExactly(
      byArea,
      problem,
      { count: keep },
      near,
      'coverage',
      kept,
      options.timeLimitSeconds,
      targets,
      options.solverLoader,
    );
    if (
      answer.status !== 'failed' &&
      meetsTargets(problem, targets, answer.picks) &&
      coveredBy(problem, answer.picks) >= coveredBy(problem, kept)
    ) {
      kept = padKept(answer.picks, keep, closable);
    }
    if (Number.isFinite(answer.bound)) bestKeptCover = answer.bound;
    proven = answer.proven;
    exact = { status: answer.status, seconds: answer.seconds, size: answer.size };
  }
  const keptCover = coveredBy(problem, kept);
  // Relaxing the targets can only raise what k kept schools cover: its bound bounds the loss from below.
  const gains = new CoverageExchangeObjective(problem, kept).gains;
  const online = onlineCoverageBound(keptCover, gains, problem, { count: keep });
  const lagrangian = boundCoverageLagrangian(
    reduceCovering(problem, { byArea: false }),
    problem,
    { count: keep },
    keptCover,
  );
  const upper = Math.min(online, lagrangian.bound, bestKeptCover);
  const loss = everyCovered - keptCover;
  const quality = qualityOf(
    'minimise',
    loss,
    Math.max(0, everyCovered - upper),
    exact ? 'solver' : 'lagrangian',
    proven,
  );
  return { kept, quality, exchanges, exact, exactEstimate };
}

/** Kept schools padded to `keep` with the lowest-numbered others (keeping one more never loses coverage). */
function padKept(kept: readonly number[], keep: number, closable: number): number[] {
  const result = [...kept];
  const chosen = new Set(kept);
  for (let school = 0; school < closable && result.length < keep; school++) {
    if (!chosen.has(school)) result.push(school);
  }
  return result;
}
