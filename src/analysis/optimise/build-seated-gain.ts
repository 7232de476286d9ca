/**
 * Children seated when new sites join the schools, by the nearest-free-seat-first rule — run in
 * full for a reference set of sites, then for the reference plus one more site by walking only
 * what that site changes. A search asks, thousands of times, for its current picks plus one
 * candidate (greedy's rounds, and swap's trials once the pick to leave is set aside).
 *
 * Why the walk is the plain re-run: the allocation walks the pairs in one order, each giving
 * min(children waiting at its place, seats free at its school). Run it with the extra site and
 * without it side by side over the same order. A place or school is "clean" while its figure is
 * the same in both runs. A pair of the reference between two clean ends gives the same in both
 * runs, so both ends stay clean and the pair can be skipped; only the site's pairs and the pairs
 * with a dirty end need walking, each at its place in the order. The figure of a clean end at any
 * moment is the reference run's there, read from its record. The children newly seated are then
 * the site's pairs' children plus, over the pairs walked, the difference of the two runs.
 */
import type { EligiblePairs } from '../seats/find-eligible-pairs.ts';

/** The schools' pairs and the candidates' pairs, as `buildSeatsObjective` prepares them. */
export interface SeatedGainInput {
  /** The schools' pairs, in allocation order. */
  base: EligiblePairs;
  /** Children by place, seats by school (whole, not negative). */
  children: ArrayLike<number>;
  seats: ArrayLike<number>;
  /** The candidates' pairs in allocation order; their school is `schoolCount` + candidate. */
  added: EligiblePairs;
  /** Each candidate's pairs (positions in `added`), ascending: compressed rows. */
  perCandidate: { start: Int32Array; positions: Int32Array };
  /** Rank of every school and candidate code (the allocation's tie rule). */
  ranks: Int32Array;
  schoolCount: number;
  /** Seats each new site brings. */
  siteSeats: number;
}

/** The full run and the one-site walk. */
export interface SeatedGain {
  /** Runs the allocation with these candidates (distinct) added; returns the children seated. */
  prepare(reference: readonly number[]): number;
  /** Children seated with the reference and `candidate` (not in it) less with the reference alone. */
  gainOver(candidate: number): number;
}

/** Pair positions grouped by owner (a place, or a school), with the children given before each. */
interface Rows {
  start: Int32Array;
  positions: Int32Array;
  /** Children the owner's pairs before this slot gave (in the reference run). */
  givenBefore: Float64Array;
  /** Children all the owner's pairs gave. */
  total: Float64Array;
}

function rowsOf(count: number, owner: Int32Array, pairs: number, given: Int32Array, into: Rows | null): Rows {
  const rows: Rows =
    into && into.start.length === count + 1 && into.positions.length >= pairs
      ? into
      : {
          start: new Int32Array(count + 1),
          positions: new Int32Array(Math.max(1, pairs)),
          givenBefore: new Float64Array(Math.max(1, pairs)),
          total: new Float64Array(count),
        };
  const { start, positions, givenBefore, total } = rows;
  start.fill(0);
  for (let pair = 0; pair < pairs; pair++) {
    const at = owner[pair] ?? 0;
    start[at + 1] = (start[at + 1] ?? 0) + 1;
  }
  for (let at = 0; at < count; at++) start[at + 1] = (start[at + 1] ?? 0) + (start[at] ?? 0);
  const fill = start.slice(0, count);
  for (let pair = 0; pair < pairs; pair++) {
    const at = owner[pair] ?? 0;
    const slot = fill[at] ?? 0;
    positions[slot] = pair;
    fill[at] = slot + 1;
  }
  for (let at = 0; at < count; at++) {
    const end = start[at + 1] ?? 0;
    let sum = 0;
    for (let slot = start[at] ?? 0; slot < end; slot++) {
      givenBefore[slot] = sum;
      sum += given[positions[slot] ?? 0] ?? 0;
    }
    total[at] = sum;
  }
  return rows;
}

/** The first slot of a row whose pair position is ≥ `time` (the row's end when none). */
function firstSlotFrom(rows: Rows, row: number, time: number): number {
  let low = rows.start[row] ?? 0;
  let high = rows.start[row + 1] ?? 0;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((rows.positions[middle] ?? 0) < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Prepares the runs over the frame's pairs.
 * @example const seated = buildSeatedGain(input); seated.prepare([3]); seated.gainOver(17) // 240
 */
export function buildSeatedGain(input: SeatedGainInput): SeatedGain {
  const { base, children, seats, added, perCandidate, ranks, schoolCount, siteSeats } = input;
  const placeCount = base.reach.length;
  const candidateCount = perCandidate.start.length - 1;
  const schoolEnds = schoolCount + candidateCount;
  const capacity = base.count + added.count;
  // The reference run: its pairs in allocation order (school = joint index) and what each gave.
  const point = new Int32Array(capacity);
  const school = new Int32Array(capacity);
  const distance = new Float64Array(capacity);
  const given = new Int32Array(capacity);
  let length = 0;
  let byPlace: Rows | null = null;
  let bySchool: Rows | null = null;
  const waiting = new Int32Array(placeCount);
  const free = new Int32Array(schoolEnds);
  const chosen: number[] = [];

  const prepare = (reference: readonly number[]): number => {
    chosen.length = 0;
    for (const pick of reference) {
      const end = perCandidate.start[pick + 1] ?? 0;
      for (let slot = perCandidate.start[pick] ?? 0; slot < end; slot++)
        chosen.push(perCandidate.positions[slot] ?? 0);
    }
    chosen.sort((first, second) => first - second);
    // Merge the schools' pairs and the reference sites' pairs: nearer first, then the code's rank.
    length = 0;
    let fromBase = 0;
    let fromAdded = 0;
    while (fromBase < base.count || fromAdded < chosen.length) {
      const next = chosen[fromAdded] ?? -1;
      const takeBase =
        fromAdded >= chosen.length ||
        (fromBase < base.count &&
          ((base.distance[fromBase] ?? 0) < (added.distance[next] ?? 0) ||
            ((base.distance[fromBase] ?? 0) === (added.distance[next] ?? 0) &&
              (ranks[base.school[fromBase] ?? 0] ?? 0) < (ranks[added.school[next] ?? 0] ?? 0))));
      const from = takeBase ? base : added;
      const at = takeBase ? fromBase : next;
      if (takeBase) fromBase++;
      else fromAdded++;
      point[length] = from.point[at] ?? 0;
      school[length] = from.school[at] ?? 0;
      distance[length] = from.distance[at] ?? 0;
      length++;
    }
    for (let place = 0; place < placeCount; place++)
      waiting[place] = Math.max(0, Math.floor(children[place] ?? 0));
    free.fill(0);
    for (let at = 0; at < schoolCount; at++) free[at] = Math.max(0, Math.floor(seats[at] ?? 0));
    for (const pick of reference) free[schoolCount + pick] = siteSeats;
    let seated = 0;
    for (let pair = 0; pair < length; pair++) {
      const place = point[pair] ?? 0;
      const site = school[pair] ?? 0;
      const amount = Math.min(waiting[place] ?? 0, free[site] ?? 0);
      given[pair] = amount;
      if (amount === 0) continue;
      waiting[place] = (waiting[place] ?? 0) - amount;
      free[site] = (free[site] ?? 0) - amount;
      seated += amount;
    }
    byPlace = rowsOf(placeCount, point, length, given, byPlace);
    bySchool = rowsOf(schoolEnds, school, length, given, bySchool);
    return seated;
  };

  // The walk. Places are ends 0 … placeCount − 1, schools and sites placeCount + joint index. A
  // stamp marks the ends dirty in the current walk, so nothing is cleared between walks.
  const ends = placeCount + schoolEnds;
  const dirtyStamp = new Int32Array(ends);
  const figure = new Int32Array(ends);
  const cursor = new Int32Array(ends);
  let stamp = 0;
  let heap = new Int32Array(64);
  let heapSize = 0;
  const rowsFor = (end: number) => (end < placeCount ? byPlace : bySchool) as Rows;
  const rowOf = (end: number) => (end < placeCount ? end : end - placeCount);
  const keyOf = (end: number) => rowsFor(end).positions[cursor[end] ?? 0] ?? 0;
  const push = (end: number) => {
    if (heapSize === heap.length) {
      const grown = new Int32Array(heap.length * 2);
      grown.set(heap);
      heap = grown;
    }
    let at = heapSize++;
    const key = keyOf(end);
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const above = heap[parent] ?? 0;
      if (keyOf(above) <= key) break;
      heap[at] = above;
      at = parent;
    }
    heap[at] = end;
  };
  const popTop = () => {
    const last = heap[--heapSize] ?? 0;
    const key = keyOf(last);
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= heapSize) break;
      const right = left + 1;
      let child = left;
      if (right < heapSize && keyOf(heap[right] ?? 0) < keyOf(heap[left] ?? 0)) child = right;
      if (keyOf(heap[child] ?? 0) >= key) break;
      heap[at] = heap[child] ?? 0;
      at = child;
    }
    heap[at] = last;
  };
  /** Puts the end in the heap when its row still has a pair. */
  const schedule = (end: number) => {
    if ((cursor[end] ?? 0) < (rowsFor(end).start[rowOf(end) + 1] ?? 0)) push(end);
  };
  /** A clean end's figure just before the reference's pair at `time`. */
  const cleanFigure = (end: number, time: number) => {
    const rows = rowsFor(end);
    const row = rowOf(end);
    const slot = firstSlotFrom(rows, row, time);
    const before = slot < (rows.start[row + 1] ?? 0) ? (rows.givenBefore[slot] ?? 0) : (rows.total[row] ?? 0);
    const start =
      end < placeCount
        ? Math.max(0, Math.floor(children[row] ?? 0))
        : row < schoolCount
          ? Math.max(0, Math.floor(seats[row] ?? 0))
          : siteSeats;
    return start - before;
  };
  /** Marks a clean end dirty with its figure; its pairs from `from` on are walked. */
  const dirty = (end: number, value: number, from: number) => {
    dirtyStamp[end] = stamp;
    figure[end] = value;
    cursor[end] = firstSlotFrom(rowsFor(end), rowOf(end), from);
    schedule(end);
  };
  /** How many reference pairs come before the site's pair `pair` in allocation order. */
  const momentOf = (pair: number) => {
    const far = added.distance[pair] ?? 0;
    const rank = ranks[added.school[pair] ?? 0] ?? 0;
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const near = distance[middle] ?? 0;
      if (near < far || (near === far && (ranks[school[middle] ?? 0] ?? 0) < rank)) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const gainOver = (candidate: number): number => {
    if (!byPlace) prepare([]);
    stamp++;
    if (stamp === 2 ** 31 - 1) {
      dirtyStamp.fill(0);
      stamp = 1;
    }
    heapSize = 0;
    let siteFree = siteSeats;
    let gain = 0;
    let next = perCandidate.start[candidate] ?? 0;
    const last = perCandidate.start[candidate + 1] ?? 0;
    let nextMoment = next < last ? momentOf(perCandidate.positions[next] ?? 0) : 0;
    let lastWalked = -1;
    while (next < last || heapSize > 0) {
      const referencePair = heapSize > 0 ? keyOf(heap[0] ?? 0) : length;
      // The site's pair walks before the reference's pair at its moment.
      if (next < last && nextMoment <= referencePair) {
        const time = nextMoment;
        const place = added.point[perCandidate.positions[next] ?? 0] ?? 0;
        next++;
        if (next < last) nextMoment = momentOf(perCandidate.positions[next] ?? 0);
        if (siteFree === 0) continue;
        const placeDirty = dirtyStamp[place] === stamp;
        const waitingHere = placeDirty ? (figure[place] ?? 0) : cleanFigure(place, time);
        if (waitingHere === 0) continue;
        const amount = Math.min(waitingHere, siteFree);
        siteFree -= amount;
        gain += amount;
        if (placeDirty) figure[place] = waitingHere - amount;
        else dirty(place, waitingHere - amount, time);
        continue;
      }
      // The reference's pair: pop every end waiting for it (a pair with two dirty ends is there twice).
      const end = heap[0] ?? 0;
      popTop();
      cursor[end] = (cursor[end] ?? 0) + 1;
      schedule(end);
      if (referencePair === lastWalked) continue;
      lastWalked = referencePair;
      const place = point[referencePair] ?? 0;
      const site = placeCount + (school[referencePair] ?? 0);
      const placeDirty = dirtyStamp[place] === stamp;
      const siteDirty = dirtyStamp[site] === stamp;
      const waitingHere = placeDirty ? (figure[place] ?? 0) : cleanFigure(place, referencePair);
      const freeHere = siteDirty ? (figure[site] ?? 0) : cleanFigure(site, referencePair);
      const amount = Math.min(waitingHere, freeHere);
      const before = given[referencePair] ?? 0;
      gain += amount - before;
      if (placeDirty) figure[place] = waitingHere - amount;
      else if (amount !== before) dirty(place, waitingHere - amount, referencePair + 1);
      if (siteDirty) figure[site] = freeHere - amount;
      else if (amount !== before) dirty(site, freeHere - amount, referencePair + 1);
    }
    return gain;
  };

  return { prepare, gainOver };
}
