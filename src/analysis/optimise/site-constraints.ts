/**
 * The rules every search of new sites keeps, whatever its objective and method: how many, which
 * candidates may and must be picked, the minimum distance between picks, and the areas
 * (townships) that must each get one. One place, so greedy, swap and the exact model agree.
 */
import { buildGridIndex, type GridIndex } from '../build-grid-index.ts';
import { findGridCellsWithin } from '../find-grid-cells-within.ts';
import { haversineDistance } from '../haversine-distance.ts';

/** What a set of picks must respect. */
export interface SiteConstraints {
  /** How many sites to pick, k ≥ 1 (forced ones included). */
  count: number;
  /** Metres: no two picks closer than this; 0 = none. */
  minimumDistance?: number;
  /** Areas that must each get at least one pick. */
  requiredAreas?: readonly number[];
  /** 0 for candidates never to pick; all are eligible when absent. */
  eligible?: ArrayLike<number>;
  /** Candidates that must be picked (e.g. sites the planner has already chosen). */
  forced?: readonly number[];
}

/** Where the candidates are and which area each lies in. */
export interface CandidatePlaces {
  /** Position of every candidate. */
  candidates: readonly { lon: number; lat: number }[];
  /** Area of every candidate, −1 outside every area. */
  areaOfCandidate: ArrayLike<number>;
}

/**
 * The candidates closer than `minimumDistance` to each other, found through a grid of buckets
 * once and then asked for again and again by the searches.
 */
export class NearCandidates {
  private readonly index: GridIndex | null;
  private readonly cache = new Map<number, Int32Array>();

  /** Indexes the candidates; `minimumDistance` 0 means no candidate is ever near another. */
  constructor(
    private readonly places: CandidatePlaces,
    readonly minimumDistance: number,
  ) {
    this.index =
      minimumDistance > 0 && places.candidates.length > 0
        ? buildGridIndex(places.candidates, minimumDistance)
        : null;
  }

  /** The other candidates closer than the minimum distance to `candidate`, in index order. */
  of(candidate: number): Int32Array {
    const cached = this.cache.get(candidate);
    if (cached) return cached;
    const near: number[] = [];
    const index = this.index;
    if (index) {
      const site = this.places.candidates[candidate] as { lon: number; lat: number };
      const range = findGridCellsWithin(index, site.lon, site.lat, this.minimumDistance);
      const { columns, cellStart, items } = index;
      for (let row = range.rowFrom; row <= range.rowTo; row++) {
        for (let column = range.columnFrom; column <= range.columnTo; column++) {
          const cell = row * columns + column;
          const end = cellStart[cell + 1] ?? 0;
          for (let slot = cellStart[cell] ?? 0; slot < end; slot++) {
            const other = items[slot] ?? 0;
            if (other === candidate) continue;
            const position = this.places.candidates[other] as { lon: number; lat: number };
            if (haversineDistance([site.lon, site.lat], [position.lon, position.lat]) < this.minimumDistance)
              near.push(other);
          }
        }
      }
      near.sort((a, b) => a - b);
    }
    const list = Int32Array.from(near);
    this.cache.set(candidate, list);
    return list;
  }

  /** Whether two candidates are closer than the minimum distance. */
  areNear(a: number, b: number): boolean {
    if (!this.index || a === b) return false;
    const list = this.of(a);
    // Binary search: the list is sorted.
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const value = list[middle] ?? 0;
      if (value === b) return true;
      if (value < b) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}

/**
 * Whether a set of picks keeps the rules: the right number at most, every pick eligible, every
 * forced candidate in, no two picks too close, every required area served.
 * @example keepsConstraints([3, 9], places, { count: 2, minimumDistance: 1000 }, near) // true
 */
export function keepsConstraints(
  picks: readonly number[],
  places: CandidatePlaces,
  constraints: SiteConstraints,
  near: NearCandidates,
): boolean {
  if (picks.length > constraints.count) return false;
  const chosen = new Set(picks);
  if (chosen.size !== picks.length) return false;
  for (const pick of picks) if (constraints.eligible && !constraints.eligible[pick]) return false;
  for (const forced of constraints.forced ?? []) if (!chosen.has(forced)) return false;
  for (let first = 0; first < picks.length; first++) {
    for (let second = first + 1; second < picks.length; second++) {
      if (near.areNear(picks[first] ?? 0, picks[second] ?? 0)) return false;
    }
  }
  const served = new Set(picks.map((pick) => places.areaOfCandidate[pick] ?? -1));
  return (constraints.requiredAreas ?? []).every((area) => served.has(area));
}

/**
 * The rules of an exchange (one pick out, one candidate in) for the swap searches: which picks
 * may leave, which candidates may come in for them, kept up to date as exchanges are made.
 */
export class ExchangeRules {
  private readonly picked: Uint8Array;
  private readonly forced: Uint8Array;
  /** How many picks lie closer than the minimum distance to each candidate. */
  private readonly blocked: Int32Array;
  /** Picks in each area. */
  private readonly picksInArea = new Map<number, number>();
  private readonly required: Set<number>;

  /** The rules around the picks given. */
  constructor(
    private readonly places: CandidatePlaces,
    private readonly constraints: SiteConstraints,
    private readonly near: NearCandidates,
    picks: readonly number[],
  ) {
    const candidateCount = places.candidates.length;
    this.picked = new Uint8Array(candidateCount);
    this.forced = new Uint8Array(candidateCount);
    this.blocked = new Int32Array(candidateCount);
    for (const candidate of constraints.forced ?? []) this.forced[candidate] = 1;
    this.required = new Set(constraints.requiredAreas ?? []);
    for (const pick of picks) this.add(pick);
  }

  private add(pick: number): void {
    this.picked[pick] = 1;
    for (const other of this.near.of(pick)) this.blocked[other] = (this.blocked[other] ?? 0) + 1;
    const area = this.places.areaOfCandidate[pick] ?? -1;
    this.picksInArea.set(area, (this.picksInArea.get(area) ?? 0) + 1);
  }

  private remove(pick: number): void {
    this.picked[pick] = 0;
    for (const other of this.near.of(pick)) this.blocked[other] = (this.blocked[other] ?? 0) - 1;
    const area = this.places.areaOfCandidate[pick] ?? -1;
    this.picksInArea.set(area, (this.picksInArea.get(area) ?? 0) - 1);
  }

  /** Whether a pick may be exchanged at all (forced ones stay). */
  mayLeave(pick: number): boolean {
    return this.forced[pick] !== 1;
  }

  /** Whether the pick may leave without any candidate of its own area coming in. */
  mayLeaveArea(pick: number): boolean {
    const area = this.places.areaOfCandidate[pick] ?? -1;
    return !this.required.has(area) || (this.picksInArea.get(area) ?? 0) > 1;
  }

  /** Whether `candidate` may come in for `pick` (eligible, not picked, far enough from the others). */
  mayReplace(pick: number, candidate: number): boolean {
    if (this.picked[candidate] === 1) return false;
    if (this.constraints.eligible && !this.constraints.eligible[candidate]) return false;
    const blockedBy = (this.blocked[candidate] ?? 0) - (this.near.areNear(pick, candidate) ? 1 : 0);
    if (blockedBy > 0) return false;
    if (this.mayLeaveArea(pick)) return true;
    return (this.places.areaOfCandidate[candidate] ?? -1) === (this.places.areaOfCandidate[pick] ?? -1);
  }

  /** Whether a candidate may be added without removing anything (eligible, not picked, far enough). */
  mayAdd(candidate: number): boolean {
    if (this.picked[candidate] === 1) return false;
    if (this.constraints.eligible && !this.constraints.eligible[candidate]) return false;
    return (this.blocked[candidate] ?? 0) === 0;
  }

  /** Whether every required area has a pick. */
  requiredAreasServed(): boolean {
    for (const area of this.required) if ((this.picksInArea.get(area) ?? 0) === 0) return false;
    return true;
  }

  /** Makes the exchange. */
  exchange(pick: number, candidate: number): void {
    this.remove(pick);
    this.add(candidate);
  }

  /** Takes a pick out without a replacement. */
  drop(pick: number): void {
    this.remove(pick);
  }

  /** Adds a candidate as a pick. */
  take(candidate: number): void {
    this.add(candidate);
  }
}
