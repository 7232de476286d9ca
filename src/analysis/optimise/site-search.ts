/**
 * What every site search takes and gives, whatever its objective: the method and the rules in,
 * the ordered picks with their gains, runners-up and the quality of the answer out.
 */
import type { AreaTarget } from './coverage-targets.ts';
import type { SearchMethod, SearchQuality } from './objective.ts';
import type { SiteConstraints } from './site-constraints.ts';
import type { ExactAnswer } from './solve-exactly.ts';
import type { SolverLoader } from './solve-model.ts';

/** How to search. */
export interface SiteSearchOptions extends SiteConstraints {
  method: SearchMethod;
  /** Greedy's evaluation: lazy (CELF) or plain; the same picks either way. */
  evaluation: 'lazy' | 'plain';
  /** Names of the areas, for messages. */
  areaNames: readonly string[];
  /** Seconds the exact method may take. */
  timeLimitSeconds: number;
  /** Loads the solver (tests and the browser may pass their own). */
  solverLoader?: SolverLoader;
  onProgress?: (picked: number, count: number) => void;
  shouldStop?: () => boolean;
}

/** The best exchange for a pick in the final answer: the runner-up and what it would change. */
export interface RunnerUp {
  candidate: number;
  /** The objective's value with the runner-up instead of the pick. */
  value: number;
}

/** What a search found. */
export interface SiteSearchAnswer {
  /** Ordered so each pick's gain is what it adds to the ones before. */
  picks: number[];
  /**
   * What each pick adds: population newly covered (coverage and count), metres cut off the
   * population-weighted mean distance (distance), or children newly seated (seats).
   */
  gains: number[];
  /** Per pick, the best other candidate in its place (null when none may come in). */
  runnersUp: (RunnerUp | null)[];
  quality: SearchQuality;
  evaluations: number;
  exchanges: number;
  /**
   * Why the answer stopped short: 'cancelled', 'no-gain' (nothing left to gain), or
   * 'targets-missed' (the count objective could not meet every target); null otherwise.
   */
  stopped: null | 'cancelled' | 'no-gain' | 'targets-missed';
  /** The exact method's run, when it ran. */
  exact: Omit<ExactAnswer, 'picks' | 'bound' | 'proven'> | null;
  /** The exact method's estimated seconds for this instance, and whether it is offered. */
  exactEstimate: { seconds: number; offered: boolean };
  /** The count objective's targets per area; null for the others. */
  targets: AreaTarget[] | null;
}
