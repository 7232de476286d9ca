/**
 * A Lagrangian heuristic for the distance objective (p-median): the relaxation's chosen
 * candidates at each subgradient step are picks in their own right when they keep the rules, and
 * near the best multipliers they are often the best picks there are. Exchanges can stall far
 * from them (a swap that moves one site at a time cannot reach a layout that moves several), so
 * the exact method tries them before it calls the solver.
 */
import { boundDistanceLagrangian } from './bound-distance.ts';
import type { DistanceLists } from './build-distance-lists.ts';
import { DistanceState } from './distance-state.ts';
import {
  type CandidatePlaces,
  keepsConstraints,
  type NearCandidates,
  type SiteConstraints,
} from './site-constraints.ts';

/** The best picks the relaxation suggested, and the bound it proved on the way. */
export interface LagrangianPicks {
  /** The best picks that keep the rules among those tried; `start` when none beat it. */
  picks: number[];
  /** Their population-weighted total distance. */
  total: number;
  /** The Lagrangian run (its bound holds whatever the picks). */
  lagrangian: ReturnType<typeof boundDistanceLagrangian>;
  /** Distinct sets of chosen candidates tried. */
  tried: number;
}

/**
 * Runs the Lagrangian relaxation aiming at `startTotal` and keeps the best of `start` and every
 * distinct chosen set that keeps the rules (the minimum distance and the required areas, which the
 * relaxation loosens, are checked here).
 * @example searchLagrangianPicks(lists, places, { count: 5 }, near, swapPicks, swapTotal).total // ≤ swapTotal
 */
export function searchLagrangianPicks(
  lists: DistanceLists,
  places: CandidatePlaces,
  constraints: SiteConstraints,
  near: NearCandidates,
  start: readonly number[],
  startTotal: number,
): LagrangianPicks {
  let picks = [...start];
  let total = startTotal;
  const seen = new Set<string>();
  const visit = (chosen: readonly number[]) => {
    const sorted = [...chosen].sort((a, b) => a - b);
    const key = sorted.join(',');
    if (seen.has(key)) return;
    seen.add(key);
    if (!keepsConstraints(sorted, places, constraints, near)) return;
    const value = new DistanceState(lists, sorted).totalDistance();
    // Ties keep the earlier answer, so the result does not depend on the order of equal sets.
    if (value < total) {
      picks = sorted;
      total = value;
    }
  };
  const lagrangian = boundDistanceLagrangian(lists, places, constraints, startTotal, 150, visit);
  return { picks, total, lagrangian, tried: seen.size };
}
