/**
 * Improvement for the count objective, after greedy: drop every pick the targets do not need,
 * then replace two picks by one wherever one candidate makes up for both, repeating until neither
 * move helps. The targets stay met and the rules kept after every move.
 */

import { surplusOf } from './count-state.ts';
import type { CoveringProblem } from './coverage-state.ts';
import { CoverageState, invertCoverageLists } from './coverage-state.ts';
import type { CoverageTargets } from './coverage-targets.ts';
import { ExchangeRules, NearCandidates, type SiteConstraints } from './site-constraints.ts';

/** The picks after the moves. */
export interface CountImprovement {
  picks: number[];
  /** Picks dropped as not needed. */
  dropped: number;
  /** Pairs replaced by one candidate. */
  merged: number;
  cancelled: boolean;
}

/**
 * Drops and two-for-one replacements from a set of picks that meets every target. Deterministic:
 * picks are tried in order, candidates by index.
 * @example swapCount(problem, targets, { count: 40 }, greedyPicks).picks.length // ≤ greedyPicks.length
 */
export function swapCount(
  problem: CoveringProblem,
  targets: CoverageTargets,
  constraints: SiteConstraints,
  start: readonly number[],
  options: { near?: NearCandidates; shouldStop?: () => boolean } = {},
): CountImprovement {
  const near = options.near ?? new NearCandidates(problem, constraints.minimumDistance ?? 0);
  const rules = new ExchangeRules(problem, constraints, near, start);
  const state = new CoverageState(problem);
  for (const pick of start) state.add(pick);
  const surplus = surplusOf(problem, targets, state.covers);
  const slack = targets.need.map((need) => 1e-9 * Math.max(1, need));
  const inverse = invertCoverageLists(problem.lists, problem.weights.length);
  const { weights } = problem;
  const areaOf = (point: number) => targets.areaOfPoint[point] ?? -1;
  const picks = [...start];
  let dropped = 0;
  let merged = 0;
  let cancelled = false;

  /** Whether every area's surplus is at least −slack. */
  const targetsMet = () => surplus.every((value, area) => value >= -(slack[area] ?? 0));
  const remove = (pick: number, changed?: (point: number) => void) =>
    state.remove(pick, (point) => {
      const area = areaOf(point);
      if (area >= 0) surplus[area] = (surplus[area] ?? 0) - (weights[point] ?? 0);
      changed?.(point);
    });
  const add = (candidate: number) =>
    state.add(candidate, (point) => {
      const area = areaOf(point);
      if (area >= 0) surplus[area] = (surplus[area] ?? 0) + (weights[point] ?? 0);
    });

  const dropUnneeded = (): boolean => {
    let any = false;
    for (const pick of [...picks]) {
      if (!rules.mayLeave(pick) || !rules.mayLeaveArea(pick)) continue;
      remove(pick);
      if (targetsMet()) {
        rules.drop(pick);
        picks.splice(picks.indexOf(pick), 1);
        dropped++;
        any = true;
      } else {
        add(pick);
      }
    }
    return any;
  };

  const mergePair = (): boolean => {
    for (let first = 0; first < picks.length; first++) {
      for (let second = first + 1; second < picks.length; second++) {
        if (options.shouldStop?.()) {
          cancelled = true;
          return false;
        }
        const a = picks[first] ?? 0;
        const b = picks[second] ?? 0;
        if (!rules.mayLeave(a) || !rules.mayLeave(b)) continue;
        const uncovered: number[] = [];
        remove(a, (point) => uncovered.push(point));
        remove(b, (point) => uncovered.push(point));
        rules.drop(a);
        rules.drop(b);
        // Only a candidate reaching a point the pair leaves uncovered can make up for it.
        const tried = new Set<number>();
        let replacement = -1;
        for (const point of uncovered) {
          const last = inverse.start[point + 1] ?? 0;
          for (let at = inverse.start[point] ?? 0; at < last; at++) {
            const candidate = inverse.candidates[at] ?? 0;
            if (tried.has(candidate)) continue;
            tried.add(candidate);
            if (!rules.mayAdd(candidate)) continue;
            add(candidate);
            rules.take(candidate);
            const works = targetsMet() && rules.requiredAreasServed();
            if (works && (replacement < 0 || candidate < replacement)) replacement = candidate;
            rules.drop(candidate);
            remove(candidate);
          }
        }
        if (replacement >= 0) {
          add(replacement);
          rules.take(replacement);
          picks.splice(second, 1);
          picks[first] = replacement;
          merged++;
          return true;
        }
        add(a);
        add(b);
        rules.take(a);
        rules.take(b);
      }
    }
    return false;
  };

  dropUnneeded();
  while (!cancelled && mergePair()) dropUnneeded();
  return { picks, dropped, merged, cancelled };
}
