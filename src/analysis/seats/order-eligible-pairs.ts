/** The order in which the seat allocation takes the eligible pairs: nearest first, ties fixed. */
import type { EligiblePairs } from './find-eligible-pairs.ts';

/** Buckets of this many pairs or fewer are put in order by insertion; larger ones by a sort. */
const INSERTION_LIMIT = 24;

/**
 * Whether pair a comes before pair b: the smaller distance first; at equal distances the school
 * whose code comes first as text; then the place that comes first in the file; then (the same
 * code given twice) the school that comes first.
 */
export function pairPrecedes(pairs: EligiblePairs, ranks: Int32Array, a: number, b: number): boolean {
  const distanceA = pairs.distance[a] ?? 0;
  const distanceB = pairs.distance[b] ?? 0;
  if (distanceA !== distanceB) return distanceA < distanceB;
  const rankA = ranks[pairs.school[a] ?? 0] ?? 0;
  const rankB = ranks[pairs.school[b] ?? 0] ?? 0;
  if (rankA !== rankB) return rankA < rankB;
  const pointA = pairs.point[a] ?? 0;
  const pointB = pairs.point[b] ?? 0;
  if (pointA !== pointB) return pointA < pointB;
  return (pairs.school[a] ?? 0) < (pairs.school[b] ?? 0);
}

/**
 * The pairs in allocation order ({@link pairPrecedes}): increasing distance, ties by school code
 * as text, then by the place's order in the file. The order is total, so it does not depend on
 * the order the pairs were found in.
 *
 * Distances are first spread into as many buckets as there are pairs (one counting pass, one
 * placing pass); a bucket then holds a pair or two on average and is put in exact order by
 * insertion — linear time in practice instead of n log n comparisons.
 * @param ranks from `rankSchoolCodes` over the schools the pairs refer to
 * @returns pair indices in allocation order
 * @example orderEligiblePairs(pairs, rankSchoolCodes(codes))[0] // the nearest pair
 */
export function orderEligiblePairs(pairs: EligiblePairs, ranks: Int32Array): Int32Array {
  const count = pairs.count;
  const order = new Int32Array(count);
  if (count === 0) return order;
  const { distance } = pairs;
  let largest = 0;
  for (let pair = 0; pair < count; pair++) {
    const value = distance[pair] ?? 0;
    if (value > largest) largest = value;
  }
  const buckets = count;
  const scale = largest > 0 ? buckets / largest : 0;
  const bucketOf = (pair: number): number => Math.min(buckets - 1, Math.floor((distance[pair] ?? 0) * scale));
  const start = new Int32Array(buckets + 1);
  for (let pair = 0; pair < count; pair++) {
    const bucket = bucketOf(pair);
    start[bucket + 1] = (start[bucket + 1] ?? 0) + 1;
  }
  for (let bucket = 0; bucket < buckets; bucket++)
    start[bucket + 1] = (start[bucket + 1] ?? 0) + (start[bucket] ?? 0);
  const fill = start.slice(0, buckets);
  for (let pair = 0; pair < count; pair++) {
    const bucket = bucketOf(pair);
    const slot = fill[bucket] ?? 0;
    order[slot] = pair;
    fill[bucket] = slot + 1;
  }
  const precedes = (a: number, b: number) => pairPrecedes(pairs, ranks, a, b);
  for (let bucket = 0; bucket < buckets; bucket++) {
    const from = start[bucket] ?? 0;
    const to = start[bucket + 1] ?? 0;
    if (to - from < 2) continue;
    if (to - from > INSERTION_LIMIT) {
      // Many equal or nearly equal distances (places on one spot): a comparison sort.
      order.subarray(from, to).sort((a, b) => (precedes(a, b) ? -1 : precedes(b, a) ? 1 : 0));
      continue;
    }
    for (let slot = from + 1; slot < to; slot++) {
      const pair = order[slot] ?? 0;
      let position = slot - 1;
      while (position >= from && precedes(pair, order[position] ?? 0)) {
        order[position + 1] = order[position] ?? 0;
        position -= 1;
      }
      order[position + 1] = pair;
    }
  }
  return order;
}
