/** The eligible pairs in the order the seat allocation takes them: nearest first, ties fixed. */
import type { EligiblePairs } from './find-eligible-pairs.ts';

/** Buckets of this many pairs or fewer are put in order by insertion; larger ones by a sort. */
const INSERTION_LIMIT = 24;

/**
 * Whether pair a comes before pair b: the smaller distance first; at equal distances the school
 * whose code comes first as text; then the place that comes first in the file; then (the same
 * code given twice) the school that comes first.
 * @param ranks from `rankSchoolCodes` over the schools the pairs refer to
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

/** Coarse buckets of the first pass: few enough that every bucket's write position stays in cache. */
const COARSE_BUCKETS = 2048;

/** Three parallel columns of pairs. */
interface PairColumns {
  point: Int32Array;
  school: Int32Array;
  distance: Float64Array;
}

/**
 * Distributes pairs `from` … `to` − 1 of `source` into `buckets` buckets of equal distance width
 * over [lowest, lowest + width × buckets), stably, writing them to `target` from `offset` on;
 * returns where each bucket starts (relative to `offset`), with one more entry for the end.
 */
function distribute(
  source: PairColumns,
  from: number,
  to: number,
  target: PairColumns,
  offset: number,
  lowest: number,
  width: number,
  buckets: number,
  bucketOf: Int32Array,
): Int32Array {
  const start = new Int32Array(buckets + 1);
  const scale = width > 0 ? 1 / width : 0;
  for (let pair = from; pair < to; pair++) {
    const bucket = Math.min(
      buckets - 1,
      Math.max(0, Math.floor(((source.distance[pair] ?? 0) - lowest) * scale)),
    );
    bucketOf[pair - from] = bucket;
    start[bucket + 1] = (start[bucket + 1] ?? 0) + 1;
  }
  for (let bucket = 0; bucket < buckets; bucket++)
    start[bucket + 1] = (start[bucket + 1] ?? 0) + (start[bucket] ?? 0);
  const fill = start.slice(0, buckets);
  for (let pair = from; pair < to; pair++) {
    const bucket = bucketOf[pair - from] ?? 0;
    const slot = offset + (fill[bucket] ?? 0);
    fill[bucket] = (fill[bucket] ?? 0) + 1;
    target.point[slot] = source.point[pair] ?? 0;
    target.school[slot] = source.school[pair] ?? 0;
    target.distance[slot] = source.distance[pair] ?? 0;
  }
  return start;
}

/** Puts pairs `from` … `to` − 1 of `pairs` in exact order by insertion (a run of a pair or a few). */
function insertInOrder(pairs: EligiblePairs, ranks: Int32Array, from: number, to: number): void {
  const { point, school, distance } = pairs;
  for (let slot = from + 1; slot < to; slot++) {
    const heldPoint = point[slot] ?? 0;
    const heldSchool = school[slot] ?? 0;
    const heldDistance = distance[slot] ?? 0;
    let position = slot - 1;
    // The held pair goes before the one at `position` when it is nearer or ties and wins.
    while (position >= from) {
      const other = distance[position] ?? 0;
      if (other < heldDistance) break;
      if (other === heldDistance) {
        const rankHeld = ranks[heldSchool] ?? 0;
        const rankOther = ranks[school[position] ?? 0] ?? 0;
        if (rankOther < rankHeld) break;
        if (rankOther === rankHeld) {
          const otherPoint = point[position] ?? 0;
          if (otherPoint < heldPoint || (otherPoint === heldPoint && (school[position] ?? 0) < heldSchool))
            break;
        }
      }
      point[position + 1] = point[position] ?? 0;
      school[position + 1] = school[position] ?? 0;
      distance[position + 1] = other;
      position -= 1;
    }
    point[position + 1] = heldPoint;
    school[position + 1] = heldSchool;
    distance[position + 1] = heldDistance;
  }
}

/** Puts pairs `from` … `to` − 1 in exact order by a comparison sort (many equal distances). */
function sortInOrder(pairs: EligiblePairs, ranks: Int32Array, from: number, to: number): void {
  const slots = Array.from({ length: to - from }, (_, offset) => from + offset);
  slots.sort((a, b) => (pairPrecedes(pairs, ranks, a, b) ? -1 : pairPrecedes(pairs, ranks, b, a) ? 1 : 0));
  const points = slots.map((slot) => pairs.point[slot] ?? 0);
  const schools = slots.map((slot) => pairs.school[slot] ?? 0);
  const distances = slots.map((slot) => pairs.distance[slot] ?? 0);
  pairs.point.set(points, from);
  pairs.school.set(schools, from);
  pairs.distance.set(distances, from);
}

/**
 * The pairs laid out again in allocation order ({@link pairPrecedes}): increasing distance, ties
 * by school code as text, then by the place's order in the file. The order is total, so it does
 * not depend on the order the pairs were found in; the allocation then reads them front to back.
 *
 * Two bucket passes instead of n log n comparisons: the pairs go into 2,048 buckets of equal
 * distance width (few enough that writing stays in cache), then each bucket into as many finer
 * buckets as it holds pairs (within a bucket's own, cache-sized stretch); a fine bucket holds a
 * pair or two on average and is put in exact order by insertion. Linear time in practice.
 * @param ranks from `rankSchoolCodes` over the schools the pairs refer to
 * @example sortEligiblePairs(pairs, rankSchoolCodes(codes)).distance[0] // the nearest pair's distance
 */
export function sortEligiblePairs(pairs: EligiblePairs, ranks: Int32Array): EligiblePairs {
  const count = pairs.count;
  const sorted: EligiblePairs = {
    count,
    point: new Int32Array(count),
    school: new Int32Array(count),
    distance: new Float64Array(count),
    reach: pairs.reach,
  };
  if (count === 0) return sorted;
  let largest = 0;
  for (let pair = 0; pair < count; pair++) {
    const value = pairs.distance[pair] ?? 0;
    if (value > largest) largest = value;
  }
  const coarse = Math.min(COARSE_BUCKETS, count);
  // A hair wider than the largest distance, so that it falls inside the last bucket.
  const coarseWidth = (largest * (1 + 1e-12) + Number.MIN_VALUE) / coarse;
  const middle: PairColumns = {
    point: new Int32Array(count),
    school: new Int32Array(count),
    distance: new Float64Array(count),
  };
  const scratch = new Int32Array(count);
  const coarseStart = distribute(pairs, 0, count, middle, 0, 0, coarseWidth, coarse, scratch);
  for (let bucket = 0; bucket < coarse; bucket++) {
    const from = coarseStart[bucket] ?? 0;
    const to = coarseStart[bucket + 1] ?? 0;
    const size = to - from;
    if (size === 0) continue;
    const fineStart = distribute(
      middle,
      from,
      to,
      sorted,
      from,
      bucket * coarseWidth,
      coarseWidth / size,
      size,
      scratch,
    );
    for (let fine = 0; fine < size; fine++) {
      const runFrom = from + (fineStart[fine] ?? 0);
      const runTo = from + (fineStart[fine + 1] ?? 0);
      if (runTo - runFrom < 2) continue;
      if (runTo - runFrom > INSERTION_LIMIT) sortInOrder(sorted, ranks, runFrom, runTo);
      else insertInOrder(sorted, ranks, runFrom, runTo);
    }
  }
  return sorted;
}
