/**
 * The eligible (place, school) pairs of the seat allocation under a cost model (road travel time):
 * a school is eligible for a place when the model's cost between them is at most the place's
 * threshold (minutes by road for the stage, urban or rural). Each school's reach is one bounded
 * search of the model; places it cannot reach (across a river with no bridge, off the network)
 * never pair with it.
 */
import { message } from '../../domain/message.ts';
import type { CostModel } from '../prepare-cost-model.ts';
import {
  type EligiblePairOptions,
  type EligiblePairsResult,
  MAXIMUM_ELIGIBLE_PAIRS,
  type SeatPlaces,
  type SeatSites,
} from './find-eligible-pairs.ts';

function hasThreshold(threshold: number): boolean {
  return Number.isFinite(threshold) && threshold >= 0;
}

/**
 * Every (place, school) pair within the place's threshold in the model's unit (`places.radii`
 * holds the thresholds; Infinity or NaN: every reachable school), given place after place as
 * `findEligiblePairs` gives them, with the model's cost as the pair's distance. The pairs are
 * counted school by school and refused with a message once they pass the limit.
 * @example findCostPairs(roadModel, places, schools) // { ok: true, pairs: { count: 18012, … } }
 */
export function findCostPairs(
  model: CostModel,
  places: SeatPlaces,
  schools: SeatSites,
  options: EligiblePairOptions = {},
): EligiblePairsResult {
  const limit = options.maximumPairs ?? MAXIMUM_ELIGIBLE_PAIRS;
  // One bound for every school's search: the largest threshold, or none when a place has none.
  let largest = 0;
  for (let place = 0; place < places.count; place++) {
    const threshold = places.radii[place] ?? Number.NaN;
    if (!hasThreshold(threshold)) {
      largest = Number.POSITIVE_INFINITY;
      break;
    }
    if (threshold > largest) largest = threshold;
  }
  const reached: { school: number; positions: Int32Array; costs: Float64Array }[] = [];
  const reach = new Int32Array(places.count);
  let total = 0;
  for (let school = 0; school < schools.count; school++) {
    const lon = schools.longitudes[school] ?? Number.NaN;
    const lat = schools.latitudes[school] ?? Number.NaN;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) continue;
    const { positions, costs } = model.reach({ lon, lat }, largest);
    const keptPositions: number[] = [];
    const keptCosts: number[] = [];
    positions.forEach((place, index) => {
      const threshold = places.radii[place] ?? Number.NaN;
      const cost = costs[index] ?? Number.POSITIVE_INFINITY;
      if (!Number.isFinite(cost) || (hasThreshold(threshold) && cost > threshold)) return;
      keptPositions.push(place);
      keptCosts.push(cost);
      reach[place] = (reach[place] ?? 0) + 1;
    });
    total += keptPositions.length;
    if (total > limit) {
      const estimate = (total * schools.count) / (school + 1);
      return { ok: false, message: message('seatPairsTooMany', { pairs: Math.round(estimate), limit }) };
    }
    reached.push({ school, positions: Int32Array.from(keptPositions), costs: Float64Array.from(keptCosts) });
  }
  // Place after place: each place's pairs start where the places before it end.
  const start = new Int32Array(places.count + 1);
  for (let place = 0; place < places.count; place++)
    start[place + 1] = (start[place] ?? 0) + (reach[place] ?? 0);
  const next = start.slice(0, places.count);
  const point = new Int32Array(total);
  const schoolColumn = new Int32Array(total);
  const distance = new Float64Array(total);
  for (const { school, positions, costs } of reached) {
    positions.forEach((place, index) => {
      const slot = next[place] ?? 0;
      next[place] = slot + 1;
      point[slot] = place;
      schoolColumn[slot] = school;
      distance[slot] = costs[index] ?? 0;
    });
  }
  return { ok: true, pairs: { count: total, point, school: schoolColumn, distance, reach } };
}
