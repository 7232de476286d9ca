/**
 * The seat objective of site suggestion: how many more children get a seat when new sites with
 * seats are added — the drop in children without a seat, by an exact re-allocation.
 */
import type { SeatStage } from '../../domain/seats.ts';
import { allocateSeats } from './allocate-seats.ts';
import { type EligiblePairs, findEligiblePairs } from './find-eligible-pairs.ts';
import { orderEligiblePairs, pairPrecedes } from './order-eligible-pairs.ts';
import type { SeatFrame } from './prepare-seat-analysis.ts';
import { rankSchoolCodes } from './rank-school-codes.ts';

/** A new site: its code (for the tie rule, compared as text with the schools'), place and seats. */
export interface NewSeatSite {
  code: string;
  lon: number;
  lat: number;
  /** Whole seats of the stage, e.g. `newSiteSeats(settings, stage)`: 18 classes × 45 = 810. */
  seats: number;
}

function concatenate<T extends Int32Array | Float64Array>(first: T, second: T): T {
  const joined = new (first.constructor as new (length: number) => T)(first.length + second.length);
  joined.set(first);
  joined.set(second, first.length);
  return joined;
}

/**
 * Children newly given a seat in `stage` when `sites` are added to the frame's schools: the
 * nearest-free-seat-first allocation run again with the sites among the schools, less the
 * children seated without them. Exact — the same integers as a full re-allocation — but only the
 * sites' pairs are found and ordered; they are merged into the schools' ordered pairs (linear).
 * A site is eligible for a place within the place's radius, as a school is.
 * @param children the stage's children at every place for the year asked (`countStageChildren`)
 * @param seatedBefore the children seated without the sites, when already known (e.g. `measureSeatBalance(…).seated`)
 * @returns the gain, or null when the stage cannot be allocated (its frame has a problem) or the
 *   sites' pairs are refused
 * @example countNewlySeated(frame, 'primary', children, [{ code: 'C1', lon: 109.7, lat: 23.0, seats: 810 }])
 */
export function countNewlySeated(
  frame: SeatFrame,
  stage: SeatStage,
  children: Int32Array,
  sites: readonly NewSeatSite[],
  seatedBefore?: number,
): number | null {
  const stageFrame = frame.stages[stage];
  const base = stageFrame.pairs;
  if (!base) return null;
  const before = seatedBefore ?? allocateSeats(base, stageFrame.order, children, stageFrame.seats).seated;
  if (sites.length === 0) return 0;
  const found = findEligiblePairs(stageFrame.places, {
    count: sites.length,
    longitudes: Float64Array.from(sites, (site) => site.lon),
    latitudes: Float64Array.from(sites, (site) => site.lat),
  });
  if (!found.ok) return null;
  const schoolCount = stageFrame.schools.length;
  const added = found.pairs;
  const combined: EligiblePairs = {
    count: base.count + added.count,
    point: concatenate(base.point, added.point),
    school: concatenate(
      base.school,
      added.school.map((site) => site + schoolCount),
    ),
    distance: concatenate(base.distance, added.distance),
    // Only the number of places is read from it here: the causes are not asked for.
    pointStart: base.pointStart,
  };
  const ranks = rankSchoolCodes([
    ...stageFrame.schools.map((school) => school.code),
    ...sites.map((site) => site.code),
  ]);
  const addedOnly: EligiblePairs = {
    count: added.count,
    point: combined.point.subarray(base.count),
    school: combined.school.subarray(base.count),
    distance: combined.distance.subarray(base.count),
    pointStart: added.pointStart,
  };
  const addedOrder = orderEligiblePairs(addedOnly, ranks);
  // The schools' order stays valid under the joint ranks (a rank order restricted to the schools
  // is theirs), so the two ordered lists merge.
  const order = new Int32Array(combined.count);
  let fromBase = 0;
  let fromAdded = 0;
  for (let slot = 0; slot < combined.count; slot++) {
    const basePair = fromBase < base.count ? (stageFrame.order[fromBase] ?? 0) : -1;
    const addedPair = fromAdded < added.count ? base.count + (addedOrder[fromAdded] ?? 0) : -1;
    if (addedPair < 0 || (basePair >= 0 && pairPrecedes(combined, ranks, basePair, addedPair))) {
      order[slot] = basePair;
      fromBase += 1;
    } else {
      order[slot] = addedPair;
      fromAdded += 1;
    }
  }
  const seats = new Int32Array(schoolCount + sites.length);
  seats.set(stageFrame.seats);
  sites.forEach((site, position) => {
    seats[schoolCount + position] = Math.max(0, Math.floor(site.seats));
  });
  return allocateSeats(combined, order, children, seats).seated - before;
}
