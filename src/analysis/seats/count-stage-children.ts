/** Children of one stage at every place, from their single-year ages. */
import { CHILD_AGE_COUNT, type StageAges } from '../../domain/seats.ts';

/**
 * Children of the stage's ages (both ends included) at every place.
 * @param ages `ages[p * CHILD_AGE_COUNT + a]` = children of age a at place p
 * @example countStageChildren(ages, places, { from: 6, to: 11 })[0] // primary-age children at the first place
 */
export function countStageChildren(ages: Int32Array, places: number, stageAges: StageAges): Int32Array {
  const children = new Int32Array(places);
  const from = Math.max(0, stageAges.from);
  const to = Math.min(CHILD_AGE_COUNT - 1, stageAges.to);
  for (let place = 0; place < places; place++) {
    let sum = 0;
    for (let age = from; age <= to; age++) sum += ages[place * CHILD_AGE_COUNT + age] ?? 0;
    children[place] = sum;
  }
  return children;
}
