/**
 * Greedy maximal covering: pick k candidate sites one at a time, each covering the most
 * population not yet covered — the method of ArcGIS "Choose Best Facilities" (maximise coverage)
 * and of AccessMod's scaling-up analysis. Plain typed arrays in, plain data out.
 */

import type { CoverageLists } from './build-coverage-lists.ts';
import { buildGridIndex, type GridIndex } from './build-grid-index.ts';
import { findGridCellsWithin } from './find-grid-cells-within.ts';
import { haversineDistance } from './haversine-distance.ts';

/** The covering problem: weighted points, what already covers them, and what each candidate would cover. */
export interface CoveringProblem {
  /** Population of every point (non-negative). */
  weights: ArrayLike<number>;
  /** 1 where a point is covered before any pick (by the schools that stand). */
  coveredBefore: ArrayLike<number>;
  /** Area (township index, 0 … n − 1) of every point, −1 outside every area; for the gain per area. */
  areaOfPoint: ArrayLike<number>;
  /** Candidate → points it covers (see `buildCoverageLists`). */
  lists: CoverageLists;
  /** Position of every candidate, for the distance between picks. */
  candidates: readonly { lon: number; lat: number }[];
  /** Area of every candidate, −1 outside every area; for the required areas. */
  areaOfCandidate: ArrayLike<number>;
}

/** How to pick. */
export interface CoveringOptions {
  /** How many sites to pick, k ≥ 1. */
  count: number;
  /**
   * 'lazy' (default): CELF / Minoux accelerated greedy, stale upper bounds in a max-heap;
   * 'plain': every candidate re-evaluated every round. Both pick the same sites.
   */
  method?: 'lazy' | 'plain';
  /** Metres: a candidate closer than this to an earlier pick is no longer eligible; 0 = none. */
  minimumDistance?: number;
  /** Areas that must each get at least one pick. */
  requiredAreas?: readonly number[];
  /** 0 for candidates never to pick; all are eligible when absent. */
  eligible?: ArrayLike<number>;
  /** Names of the areas, for messages (e.g. township names); area numbers are shown when absent. */
  areaNames?: readonly string[];
  /** Called after every pick with the picks so far and k. */
  onProgress?: (picked: number, count: number) => void;
  /** Asked before every pick; true stops the search, keeping the picks so far. */
  shouldStop?: () => boolean;
}

/** One pick. */
export interface CoveringPick {
  /** Index of the candidate. */
  candidate: number;
  /** Population newly covered by this pick, given the earlier picks. */
  gain: number;
  /** The gain by area, largest first, zeros left out; area −1 = outside every area. */
  gainByArea: { area: number; population: number }[];
}

/** The picks and the figures around them. */
export interface CoveringResult {
  /** In the order picked. */
  picks: CoveringPick[];
  /** Population of all points. */
  total: number;
  /** Population covered before any pick. */
  coveredBefore: number;
  /** Population covered with every pick (summed afresh over the points, not from the gains). */
  coveredAfter: number;
  /** How many times a candidate's gain was summed over its list (what lazy evaluation saves). */
  evaluations: number;
  /**
   * Why fewer than k picks: 'cancelled' (shouldStop said so), 'no-gain' (no eligible candidate
   * adds population and no required area is left); null when all k were picked.
   */
  stopped: null | 'cancelled' | 'no-gain';
  /** 1 where a point is covered before or by the picks. */
  covered: Uint8Array;
}

/**
 * A binary max-heap of (bound, candidate) pairs in typed arrays: larger bound first, the lower
 * candidate index first among equal bounds — the order of the picks themselves, so that the
 * top's key, once fresh, beats every other candidate's true key.
 */
class BoundHeap {
  private bounds: Float64Array;
  private items: Int32Array;
  size = 0;
  constructor(capacity: number) {
    this.bounds = new Float64Array(Math.max(1, capacity));
    this.items = new Int32Array(Math.max(1, capacity));
  }
  private above(a: number, b: number): boolean {
    const boundA = this.bounds[a] ?? 0;
    const boundB = this.bounds[b] ?? 0;
    return boundA > boundB || (boundA === boundB && (this.items[a] ?? 0) < (this.items[b] ?? 0));
  }
  private swap(a: number, b: number): void {
    const bound = this.bounds[a] ?? 0;
    const item = this.items[a] ?? 0;
    this.bounds[a] = this.bounds[b] ?? 0;
    this.items[a] = this.items[b] ?? 0;
    this.bounds[b] = bound;
    this.items[b] = item;
  }
  private down(from: number): void {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let best = at;
      if (left < this.size && this.above(left, best)) best = left;
      if (right < this.size && this.above(right, best)) best = right;
      if (best === at) return;
      this.swap(at, best);
      at = best;
    }
  }
  push(bound: number, item: number): void {
    if (this.size === this.items.length) {
      const bounds = new Float64Array(this.size * 2);
      const items = new Int32Array(this.size * 2);
      bounds.set(this.bounds);
      items.set(this.items);
      this.bounds = bounds;
      this.items = items;
    }
    let at = this.size++;
    this.bounds[at] = bound;
    this.items[at] = item;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.above(at, parent)) return;
      this.swap(at, parent);
      at = parent;
    }
  }
  /** Adds without ordering; call {@link heapify} before the first pop. */
  append(bound: number, item: number): void {
    this.bounds[this.size] = bound;
    this.items[this.size] = item;
    this.size++;
  }
  heapify(): void {
    for (let at = (this.size >> 1) - 1; at >= 0; at--) this.down(at);
  }
  topItem(): number {
    return this.items[0] ?? -1;
  }
  topBound(): number {
    return this.bounds[0] ?? 0;
  }
  pop(): void {
    this.size--;
    if (this.size === 0) return;
    this.bounds[0] = this.bounds[this.size] ?? 0;
    this.items[0] = this.items[this.size] ?? 0;
    this.down(0);
  }
}

/** What the search keeps between rounds. */
interface SearchState {
  covered: Uint8Array;
  /** 1 while a candidate may still be picked (not ineligible, not picked, not too close to a pick). */
  open: Uint8Array;
  /** Open candidates in each area. */
  openInArea: Int32Array;
  /** Required areas without a pick yet. */
  unsatisfied: Set<number>;
}

/**
 * Picks up to `count` candidates greedily: each round the eligible candidate that covers the
 * most population not yet covered, ties to the lower candidate index. Deterministic.
 *
 * - Lazy (CELF): every candidate's gain is summed once and kept in a max-heap as an upper bound;
 *   each round only the top is re-summed, until a candidate re-summed this round stays on top.
 *   Sound because the gain is submodular — a candidate's gain never grows as others are picked —
 *   and that holds in floating point too (the sums of a shrinking set of non-negative terms,
 *   added in the same order, cannot grow). So lazy and plain pick the same sites.
 * - Minimum distance: candidates closer than it to a pick drop out.
 * - Required areas: once the picks left equal the required areas without a pick (or no candidate
 *   adds population any more), only candidates in those areas are eligible. A pick that would
 *   leave such an area without any eligible candidate (through the minimum distance) is passed
 *   over for the next best.
 * - Stops early, saying why, when cancelled or when no eligible candidate adds population and no
 *   required area is left.
 * @throws RangeError (Chinese) when k < 1, k is smaller than the number of required areas, a
 *   required area has no eligible candidate, or the minimum distance makes the required areas
 *   impossible to serve together.
 * @example suggestSites(problem, { count: 5, requiredAreas: [2, 7], minimumDistance: 1000 }).picks[0].candidate
 */
export function suggestSites(problem: CoveringProblem, options: CoveringOptions): CoveringResult {
  const { weights, lists, candidates, areaOfCandidate } = problem;
  const count = options.count;
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`建议点数应为不小于 1 的整数，实际为 ${count}`);
  const candidateCount = lists.sites;
  const minimumDistance = options.minimumDistance ?? 0;
  const required = [...new Set(options.requiredAreas ?? [])];
  if (required.length > count) {
    throw new RangeError(`有 ${required.length} 个必选区域，每个至少要一个建议点，但只要 ${count} 个建议点`);
  }

  const pointCount = weights.length;
  const covered = new Uint8Array(pointCount);
  let total = 0;
  let coveredBefore = 0;
  for (let point = 0; point < pointCount; point++) {
    const weight = weights[point] ?? 0;
    total += weight;
    if (problem.coveredBefore[point]) {
      covered[point] = 1;
      coveredBefore += weight;
    }
  }
  let areaCount = 0;
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    areaCount = Math.max(areaCount, (areaOfCandidate[candidate] ?? -1) + 1);
  }
  for (const area of required) areaCount = Math.max(areaCount, area + 1);
  const open = new Uint8Array(candidateCount);
  const openInArea = new Int32Array(areaCount);
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    if (options.eligible && !options.eligible[candidate]) continue;
    open[candidate] = 1;
    const area = areaOfCandidate[candidate] ?? -1;
    if (area >= 0) openInArea[area] = (openInArea[area] ?? 0) + 1;
  }
  const nameOf = (area: number): string => `「${options.areaNames?.[area] ?? `区域 ${area}`}」`;
  for (const area of required) {
    if ((openInArea[area] ?? 0) === 0) throw new RangeError(`必选的${nameOf(area)}中没有可选的候选点`);
  }
  const state: SearchState = { covered, open, openInArea, unsatisfied: new Set(required) };
  const candidateIndex =
    minimumDistance > 0 && candidateCount > 0 ? buildGridIndex(candidates, minimumDistance) : null;

  const { start, points } = lists;
  let evaluations = 0;
  const gainOf = (candidate: number): number => {
    evaluations++;
    let gain = 0;
    const end = start[candidate + 1] ?? 0;
    for (let slot = start[candidate] ?? 0; slot < end; slot++) {
      const point = points[slot] ?? 0;
      if (!covered[point]) gain += weights[point] ?? 0;
    }
    return gain;
  };

  const picks: CoveringPick[] = [];
  let stopped: CoveringResult['stopped'] = null;
  // Set once no eligible candidate adds population: from then on only required areas are served.
  let noGainLeft = false;
  const choose =
    options.method === 'plain'
      ? plainChooser(candidateCount, gainOf)
      : lazyChooser(candidateCount, open, gainOf);

  while (picks.length < count) {
    if (options.shouldStop?.()) {
      stopped = 'cancelled';
      break;
    }
    const remaining = count - picks.length;
    const restricted = state.unsatisfied.size > 0 && (remaining <= state.unsatisfied.size || noGainLeft);
    const allowed = (candidate: number): boolean =>
      open[candidate] === 1 && (!restricted || state.unsatisfied.has(areaOfCandidate[candidate] ?? -1));
    const feasible = (candidate: number): boolean =>
      leavesRequiredAreasServable(candidate, state, problem, candidateIndex, minimumDistance);
    const choice = choose(allowed, feasible, picks.length);
    if (choice === null || (!restricted && choice.gain <= 0)) {
      if (state.unsatisfied.size === 0) {
        stopped = 'no-gain';
        break;
      }
      if (restricted || choice === null) {
        throw new RangeError(
          `受建议点之间最小间距所限，必选的${[...state.unsatisfied].map(nameOf).join('、')}无法都选出建议点；请减小最小间距或增加候选点`,
        );
      }
      noGainLeft = true;
      continue;
    }
    picks.push(pick(choice.candidate, choice.gain, state, problem, candidateIndex, minimumDistance));
    options.onProgress?.(picks.length, count);
  }

  let coveredAfter = 0;
  for (let point = 0; point < pointCount; point++) if (covered[point]) coveredAfter += weights[point] ?? 0;
  return { picks, total, coveredBefore, coveredAfter, evaluations, stopped, covered };
}

/**
 * Chooses the round's pick: the allowed, feasible candidate of greatest gain (lower index on
 * ties), or null when no allowed candidate is feasible. Candidates not allowed now will never be
 * allowed again; `picked` (the picks so far) tells which gains are still up to date.
 */
type Chooser = (
  allowed: (candidate: number) => boolean,
  feasible: (candidate: number) => boolean,
  picked: number,
) => { candidate: number; gain: number } | null;

/** Plain greedy: every allowed candidate summed afresh every round. */
function plainChooser(candidateCount: number, gainOf: (candidate: number) => number): Chooser {
  const gains = new Float64Array(candidateCount);
  return (allowed, feasible) => {
    const order: number[] = [];
    for (let candidate = 0; candidate < candidateCount; candidate++) {
      if (!allowed(candidate)) continue;
      gains[candidate] = gainOf(candidate);
      order.push(candidate);
    }
    // Usually the best is feasible at once; the sort is only for the rare pass-over.
    let best = -1;
    for (const candidate of order) {
      if (best < 0 || (gains[candidate] ?? 0) > (gains[best] ?? 0)) best = candidate;
    }
    if (best < 0) return null;
    if (feasible(best)) return { candidate: best, gain: gains[best] ?? 0 };
    order.sort((a, b) => (gains[b] ?? 0) - (gains[a] ?? 0) || a - b);
    for (const candidate of order) {
      if (feasible(candidate)) return { candidate, gain: gains[candidate] ?? 0 };
    }
    return null;
  };
}

/**
 * Lazy greedy (CELF): upper bounds in a heap, re-summed only at the top. Candidates that can
 * never be picked again (picked, too close to a pick, outside the required areas once the
 * search is restricted) are dropped as they surface.
 */
function lazyChooser(
  candidateCount: number,
  open: Uint8Array,
  gainOf: (candidate: number) => number,
): Chooser {
  const heap = new BoundHeap(candidateCount);
  for (let candidate = 0; candidate < candidateCount; candidate++) {
    if (open[candidate]) heap.append(gainOf(candidate), candidate);
  }
  heap.heapify();
  /** 1 + the number of picks there were when each candidate's bound was last summed. */
  const summedAt = new Int32Array(candidateCount).fill(1);
  return (allowed, feasible, picked) => {
    const passedOver: { candidate: number; gain: number }[] = [];
    let choice: { candidate: number; gain: number } | null = null;
    while (heap.size > 0) {
      const candidate = heap.topItem();
      if (!allowed(candidate)) {
        heap.pop();
        continue;
      }
      if (summedAt[candidate] !== picked + 1) {
        // A stale bound: sum the gain afresh and let the heap place it again.
        heap.pop();
        summedAt[candidate] = picked + 1;
        heap.push(gainOf(candidate), candidate);
        continue;
      }
      // Fresh and on top: no other candidate's bound, hence true gain, beats it.
      const gain = heap.topBound();
      heap.pop();
      if (feasible(candidate)) {
        choice = { candidate, gain };
        break;
      }
      passedOver.push({ candidate, gain });
    }
    for (const entry of passedOver) heap.push(entry.gain, entry.candidate);
    // A pick of no gain may be refused (the search then turns to the required areas): keep it.
    if (choice && choice.gain <= 0) heap.push(choice.gain, choice.candidate);
    return choice;
  };
}

/** The open candidates closer than the minimum distance to a site (the site itself included). */
function candidatesNear(
  candidate: number,
  problem: CoveringProblem,
  candidateIndex: GridIndex | null,
  minimumDistance: number,
  open: Uint8Array,
): number[] {
  if (!candidateIndex) return [];
  const site = problem.candidates[candidate] as { lon: number; lat: number };
  const range = findGridCellsWithin(candidateIndex, site.lon, site.lat, minimumDistance);
  const near: number[] = [];
  const { columns, cellStart, items } = candidateIndex;
  for (let row = range.rowFrom; row <= range.rowTo; row++) {
    for (let column = range.columnFrom; column <= range.columnTo; column++) {
      const cell = row * columns + column;
      const end = cellStart[cell + 1] ?? 0;
      for (let slot = cellStart[cell] ?? 0; slot < end; slot++) {
        const other = items[slot] ?? 0;
        if (!open[other]) continue;
        const position = problem.candidates[other] as { lon: number; lat: number };
        if (haversineDistance([site.lon, site.lat], [position.lon, position.lat]) < minimumDistance)
          near.push(other);
      }
    }
  }
  return near;
}

/**
 * Whether picking the candidate leaves every other required area without a pick at least one
 * open candidate (the minimum distance may close the last ones).
 */
function leavesRequiredAreasServable(
  candidate: number,
  state: SearchState,
  problem: CoveringProblem,
  candidateIndex: GridIndex | null,
  minimumDistance: number,
): boolean {
  if (state.unsatisfied.size === 0) return true;
  const ownArea = problem.areaOfCandidate[candidate] ?? -1;
  const closing = new Map<number, number>();
  const near = candidatesNear(candidate, problem, candidateIndex, minimumDistance, state.open);
  if (!near.includes(candidate)) near.push(candidate);
  for (const other of near) {
    const area = problem.areaOfCandidate[other] ?? -1;
    closing.set(area, (closing.get(area) ?? 0) + 1);
  }
  for (const area of state.unsatisfied) {
    if (area === ownArea) continue;
    if ((state.openInArea[area] ?? 0) - (closing.get(area) ?? 0) <= 0) return false;
  }
  return true;
}

/** Takes the candidate: covers its points, closes it and its near neighbours, serves its area. */
function pick(
  candidate: number,
  gain: number,
  state: SearchState,
  problem: CoveringProblem,
  candidateIndex: GridIndex | null,
  minimumDistance: number,
): CoveringPick {
  const { weights, areaOfPoint, areaOfCandidate, lists } = problem;
  const byArea = new Map<number, number>();
  const end = lists.start[candidate + 1] ?? 0;
  for (let slot = lists.start[candidate] ?? 0; slot < end; slot++) {
    const point = lists.points[slot] ?? 0;
    if (state.covered[point]) continue;
    state.covered[point] = 1;
    const weight = weights[point] ?? 0;
    const area = areaOfPoint[point] ?? -1;
    byArea.set(area, (byArea.get(area) ?? 0) + weight);
  }
  const closing = candidatesNear(candidate, problem, candidateIndex, minimumDistance, state.open);
  if (!closing.includes(candidate)) closing.push(candidate);
  for (const other of closing) {
    state.open[other] = 0;
    const area = areaOfCandidate[other] ?? -1;
    if (area >= 0) state.openInArea[area] = (state.openInArea[area] ?? 0) - 1;
  }
  state.unsatisfied.delete(areaOfCandidate[candidate] ?? -1);
  const gainByArea = [...byArea]
    .filter(([, population]) => population > 0)
    .map(([area, population]) => ({ area, population }))
    .sort((a, b) => b.population - a.population || a.area - b.area);
  return { candidate, gain, gainByArea };
}
