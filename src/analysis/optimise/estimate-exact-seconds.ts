/**
 * A rough estimate of how long the exact method takes, from the size of its model, so the
 * interface offers `exact` only where it should finish in seconds. Fitted to the benchmark runs
 * (docs/PERFORMANCE.md): solving time grows faster than the model, so the estimate is a guide,
 * never a promise — the time limit is what holds.
 */

/** Longest estimated solve for which the interface offers the exact method, seconds. */
export const EXACT_OFFER_SECONDS = 15;

/**
 * Seconds the solver is estimated to need for a model of `nonzeros` matrix entries and
 * `integers` integer columns.
 * @example estimateExactSeconds(40_000, 300) // ≈ 0.9
 */
export function estimateExactSeconds(nonzeros: number, integers: number): number {
  // Fitted on the benchmark models (county sample and synthetic township): about 15 µs per
  // nonzero, growing with the square root of the decisions branch-and-bound may have to take.
  return 0.2 + 1.5e-5 * nonzeros * Math.sqrt(Math.max(1, integers / 100));
}
