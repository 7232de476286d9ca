/** The seat allocation: nearest free seat first (就近入学), the documented deterministic rule. */
import type { EligiblePairs } from './find-eligible-pairs.ts';

/** Who got which seat, in whole children. */
export interface SeatAllocation {
  /** Children seated on each pair (by pair index). */
  pairChildren: Int32Array;
  /** Children seated, by place. */
  seatedAtPlace: Int32Array;
  /** Children given a seat, by school. */
  allocatedAtSchool: Int32Array;
  /** All children (of the places with any) and all seats (of the schools with a known figure). */
  children: number;
  seats: number;
  seated: number;
  /** Children without a seat whose place has no school within its radius. */
  withoutSeatNoSchool: number;
  /** Children without a seat whose place has schools within its radius, all of them full. */
  withoutSeatFull: number;
}

/**
 * Allocates seats to children: the eligible pairs, in allocation order (`sortEligiblePairs`:
 * increasing distance, ties by school code as text, then by the place's order in the file), each
 * get min(children still without a seat at the place, seats still free at the school). Children
 * and seats are whole numbers; negative or fractional figures count as their whole part of zero or
 * more. One pass over the pairs; it stops early when every child or every seat is taken.
 *
 * A child without a seat is counted under "no school within the radius" when its place has no
 * eligible school at all, and under "schools within the radius are full" otherwise (a school
 * whose seats are unknown counts as having none: the caller lists such schools).
 * @param pairs in allocation order
 * @param children by place
 * @param seats by school
 * @example allocateSeats(sortEligiblePairs(pairs, ranks), children, seats).seated
 */
export function allocateSeats(
  pairs: EligiblePairs,
  children: ArrayLike<number>,
  seats: ArrayLike<number>,
): SeatAllocation {
  const places = pairs.reach.length;
  const schools = seats.length;
  const waiting = new Int32Array(places);
  let childrenTotal = 0;
  for (let place = 0; place < places; place++) {
    const count = Math.max(0, Math.floor(children[place] ?? 0));
    waiting[place] = count;
    childrenTotal += count;
  }
  const free = new Int32Array(schools);
  let seatsTotal = 0;
  for (let school = 0; school < schools; school++) {
    const count = Math.max(0, Math.floor(seats[school] ?? 0));
    free[school] = count;
    seatsTotal += count;
  }
  const pairChildren = new Int32Array(pairs.count);
  const seatedAtPlace = new Int32Array(places);
  const allocatedAtSchool = new Int32Array(schools);
  let seated = 0;
  const most = Math.min(childrenTotal, seatsTotal);
  const { point, school } = pairs;
  for (let pair = 0; pair < pairs.count && seated < most; pair++) {
    const place = point[pair] ?? 0;
    const waitingHere = waiting[place] ?? 0;
    if (waitingHere === 0) continue;
    const site = school[pair] ?? 0;
    const freeHere = free[site] ?? 0;
    if (freeHere === 0) continue;
    const given = Math.min(waitingHere, freeHere);
    waiting[place] = waitingHere - given;
    free[site] = freeHere - given;
    pairChildren[pair] = given;
    allocatedAtSchool[site] = (allocatedAtSchool[site] ?? 0) + given;
    seated += given;
  }
  let withoutSeatNoSchool = 0;
  let withoutSeatFull = 0;
  for (let place = 0; place < places; place++) {
    const left = waiting[place] ?? 0;
    // Seated here: the children less those still waiting (kept out of the loop above, whose
    // reads of the places are scattered over the whole array and cost a cache miss each).
    seatedAtPlace[place] = Math.max(0, Math.floor(children[place] ?? 0)) - left;
    if (left === 0) continue;
    if ((pairs.reach[place] ?? 0) === 0) withoutSeatNoSchool += left;
    else withoutSeatFull += left;
  }
  return {
    pairChildren,
    seatedAtPlace,
    allocatedAtSchool,
    children: childrenTotal,
    seats: seatsTotal,
    seated,
    withoutSeatNoSchool,
    withoutSeatFull,
  };
}
