/**
 * The seat objective of site suggestion: how many more children get a seat when new sites with
 * seats are added — the drop in children without a seat, by an exact re-allocation.
 */
import type { SeatStage } from '../../domain/seats.ts';
import { allocateSeats } from './allocate-seats.ts';
import type { EligiblePairs } from './find-eligible-pairs.ts';
import { findSeatPairs, type SeatFrame } from './prepare-seat-analysis.ts';
import { rankSchoolCodes } from './rank-school-codes.ts';
import { pairPrecedes, sortEligiblePairs } from './sort-eligible-pairs.ts';

/** A new site: its code (for the tie rule, compared as text with the schools'), place and seats. */
export interface NewSeatSite {
  code: string;
  lon: number;
  lat: number;
  /** Whole seats of the stage, e.g. `newSiteSeats(settings, stage)`: 18 classes × 45 = 810. */
  seats: number;
}

/**
 * Children newly given a seat in `stage` when `sites` are added to the frame's schools: the
 * nearest-free-seat-first allocation run again with the sites among the schools, less the
 * children seated without them. Exact — the same integers as a full re-allocation — but only the
 * sites' pairs are found and sorted; they are merged into the schools' sorted pairs (linear).
 * A site is eligible for a place within the place's radius (or its minutes by road), as a school is.
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
  const before = seatedBefore ?? allocateSeats(base, children, stageFrame.seats).seated;
  if (sites.length === 0) return 0;
  const found = findSeatPairs(frame.costModel, stageFrame.places, {
    count: sites.length,
    longitudes: Float64Array.from(sites, (site) => site.lon),
    latitudes: Float64Array.from(sites, (site) => site.lat),
  });
  if (!found.ok) return null;
  const schoolCount = stageFrame.schools.length;
  const ranks = rankSchoolCodes([
    ...stageFrame.schools.map((school) => school.code),
    ...sites.map((site) => site.code),
  ]);
  // The sites are schools schoolCount … schoolCount + k − 1 of the joint ranks.
  const added = sortEligiblePairs(
    { ...found.pairs, school: found.pairs.school.map((site) => site + schoolCount) },
    ranks,
  );
  // The schools' order stays valid under the joint ranks (a rank order restricted to the schools
  // is theirs), so the two sorted lists merge.
  const count = base.count + added.count;
  const merged: EligiblePairs = {
    count,
    point: new Int32Array(count),
    school: new Int32Array(count),
    distance: new Float64Array(count),
    reach: Int32Array.from(base.reach, (pairs, place) => pairs + (found.pairs.reach[place] ?? 0)),
  };
  const both: EligiblePairs = {
    count,
    point: new Int32Array([...base.point, ...added.point]),
    school: new Int32Array([...base.school, ...added.school]),
    distance: new Float64Array([...base.distance, ...added.distance]),
    reach: merged.reach,
  };
  let fromBase = 0;
  let fromAdded = base.count;
  for (let slot = 0; slot < count; slot++) {
    const takeBase =
      fromAdded >= count || (fromBase < base.count && pairPrecedes(both, ranks, fromBase, fromAdded));
    const pair = takeBase ? fromBase++ : fromAdded++;
    merged.point[slot] = both.point[pair] ?? 0;
    merged.school[slot] = both.school[pair] ?? 0;
    merged.distance[slot] = both.distance[pair] ?? 0;
  }
  const seats = new Int32Array(schoolCount + sites.length);
  seats.set(stageFrame.seats);
  sites.forEach((site, position) => {
    seats[schoolCount + position] = Math.max(0, Math.floor(site.seats));
  });
  return allocateSeats(merged, children, seats).seated - before;
}
