/**
 * The running state of the distance objective (p-median): for every point, its nearest and second
 * nearest open site (the nearest standing school, or a pick) and which pick is nearest; for every
 * candidate, how much it would shorten the population-weighted distance. Greedy and the exchange
 * search both run on it.
 */
import type { DistanceLists } from './build-distance-lists.ts';
import type { ExchangeObjective } from './exchange-search.ts';

/** Picks over distance lists. */
export class DistanceState implements ExchangeObjective {
  /** Distance to the nearest open site, per point. */
  readonly nearest: Float64Array;
  /** Distance to the second nearest open site, per point. */
  readonly second: Float64Array;
  /** The pick that is nearest, −1 when the standing school is. */
  readonly nearestPick: Int32Array;
  /** How much each candidate would shorten the weighted distance (kept up to date for exchanges). */
  readonly gains: Float64Array;
  private readonly picked: Uint8Array;

  /** No picks yet; `trackGains` keeps every candidate's gain (for exchanges). */
  constructor(
    readonly lists: DistanceLists,
    picks: readonly number[] = [],
    trackGains = false,
  ) {
    const pointCount = lists.base.length;
    const candidateCount = lists.candidateStart.length - 1;
    this.nearest = Float64Array.from(lists.base);
    this.second = Float64Array.from(lists.base);
    this.nearestPick = new Int32Array(pointCount).fill(-1);
    this.picked = new Uint8Array(candidateCount);
    for (const pick of picks) this.picked[pick] = 1;
    if (picks.length > 0) for (let point = 0; point < pointCount; point++) this.refresh(point);
    this.gains = new Float64Array(trackGains ? candidateCount : 0);
    if (trackGains)
      for (let candidate = 0; candidate < candidateCount; candidate++)
        this.gains[candidate] = this.gainOf(candidate);
  }

  /** Nearest and second nearest of a point from its list (nearest first) and the standing school. */
  private refresh(point: number): void {
    const { pointStart, pointCandidates, pointDistances, base } = this.lists;
    const standing = base[point] ?? 0;
    let first = standing;
    let firstPick = -1;
    let second = standing;
    const end = pointStart[point + 1] ?? 0;
    let found = 0;
    for (let at = pointStart[point] ?? 0; at < end && found < 2; at++) {
      const candidate = pointCandidates[at] ?? 0;
      if (!this.picked[candidate]) continue;
      const distance = pointDistances[at] ?? 0;
      if (found === 0) {
        firstPick = candidate;
        first = distance;
        second = standing;
      } else {
        second = distance;
      }
      found++;
    }
    this.nearest[point] = first;
    this.second[point] = second;
    this.nearestPick[point] = firstPick;
  }

  /** How much adding the candidate would shorten the weighted distance. */
  gainOf(candidate: number): number {
    const { candidateStart, candidatePoints, candidateDistances, weights } = this.lists;
    let gain = 0;
    const end = candidateStart[candidate + 1] ?? 0;
    for (let at = candidateStart[candidate] ?? 0; at < end; at++) {
      const point = candidatePoints[at] ?? 0;
      const shorter = (this.nearest[point] ?? 0) - (candidateDistances[at] ?? 0);
      if (shorter > 0) gain += (weights[point] ?? 0) * shorter;
    }
    return gain;
  }

  /** Adds a pick (greedy). */
  take(candidate: number): void {
    this.setPicked(candidate, 1);
  }

  private setPicked(candidate: number, flag: 0 | 1): void {
    this.picked[candidate] = flag;
    const { candidateStart, candidatePoints } = this.lists;
    const end = candidateStart[candidate + 1] ?? 0;
    for (let at = candidateStart[candidate] ?? 0; at < end; at++)
      this.refreshTracked(candidatePoints[at] ?? 0);
  }

  /** Refreshes a point and moves the gains of its candidates with its nearest distance. */
  private refreshTracked(point: number): void {
    const before = this.nearest[point] ?? 0;
    this.refresh(point);
    const after = this.nearest[point] ?? 0;
    if (this.gains.length === 0 || after === before) return;
    const { pointStart, pointCandidates, pointDistances, weights } = this.lists;
    const weight = weights[point] ?? 0;
    const end = pointStart[point + 1] ?? 0;
    for (let at = pointStart[point] ?? 0; at < end; at++) {
      const candidate = pointCandidates[at] ?? 0;
      const distance = pointDistances[at] ?? 0;
      const change = Math.max(0, after - distance) - Math.max(0, before - distance);
      this.gains[candidate] = (this.gains[candidate] ?? 0) + weight * change;
    }
  }

  lossOf(pick: number): { loss: number; shared: Map<number, number> } {
    const { candidateStart, candidatePoints, pointStart, pointCandidates, pointDistances, weights } =
      this.lists;
    const shared = new Map<number, number>();
    let loss = 0;
    const end = candidateStart[pick + 1] ?? 0;
    for (let at = candidateStart[pick] ?? 0; at < end; at++) {
      const point = candidatePoints[at] ?? 0;
      if (this.nearestPick[point] !== pick) continue;
      const weight = weights[point] ?? 0;
      const first = this.nearest[point] ?? 0;
      const second = this.second[point] ?? 0;
      loss += weight * (second - first);
      // Candidates nearer than the second nearest win back part of the loss beyond their gain.
      const last = pointStart[point + 1] ?? 0;
      for (let slot = pointStart[point] ?? 0; slot < last; slot++) {
        const distance = pointDistances[slot] ?? 0;
        if (distance >= second) break;
        const candidate = pointCandidates[slot] ?? 0;
        if (candidate === pick) continue;
        shared.set(candidate, (shared.get(candidate) ?? 0) + weight * (second - Math.max(distance, first)));
      }
    }
    return { loss, shared };
  }

  exchange(pick: number, candidate: number): void {
    this.setPicked(pick, 0);
    this.setPicked(candidate, 1);
  }

  /** The weighted distance saved against the standing schools alone, summed afresh. */
  recount(): number {
    const { base, weights } = this.lists;
    let saved = 0;
    for (let point = 0; point < base.length; point++) {
      saved += (weights[point] ?? 0) * ((base[point] ?? 0) - (this.nearest[point] ?? 0));
    }
    return saved;
  }

  /** The population-weighted total distance to the nearest open site. */
  totalDistance(): number {
    const { weights } = this.lists;
    let total = 0;
    for (let point = 0; point < weights.length; point++)
      total += (weights[point] ?? 0) * (this.nearest[point] ?? 0);
    return total;
  }
}
