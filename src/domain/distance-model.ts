/**
 * How the atlas measures "how far is this point from that school": the straight line (metres,
 * haversine) or travel time on the road network (minutes, in one travel mode). Every figure
 * that depends on a distance — coverage, gaps, township coverage rules, candidate what-ifs,
 * suggestion and seat allocation — asks one cost model built from this choice
 * (`prepareCostModel` in `src/analysis/prepare-cost-model.ts`), so a new model changes one place.
 */

import { type Message, message } from './message.ts';

/** A travel mode of the road model. */
export type TravelMode = 'walk' | 'bike' | 'bus';

/** Every travel mode, in the order the switch shows them. */
export const TRAVEL_MODES: readonly TravelMode[] = ['walk', 'bike', 'bus'];

/** The choice of distance: the straight line, or road travel time in one mode. */
export type DistanceModel = { model: 'straight' } | { model: 'road'; mode: TravelMode };

/** The straight line, the default. */
export const STRAIGHT_LINE: DistanceModel = { model: 'straight' };

/** The unit a model's costs and thresholds are in. */
export type CostUnit = 'metres' | 'minutes';

/**
 * The unit of a model: metres for the straight line, minutes for road time.
 * @example costUnit({ model: 'road', mode: 'walk' }) // 'minutes'
 */
export function costUnit(distance: DistanceModel): CostUnit {
  return distance.model === 'road' ? 'minutes' : 'metres';
}

/** Whether two choices are the same. */
export function sameDistanceModel(first: DistanceModel, second: DistanceModel): boolean {
  if (first.model !== second.model) return false;
  return first.model === 'straight' || first.mode === (second as { mode: TravelMode }).mode;
}

/**
 * Reads a choice from its short form (`straight`, `road-walk`, `road-bike`, `road-bus`, as in a
 * link), or null when the text is none of them.
 */
export function parseDistanceModel(text: string | null | undefined): DistanceModel | null {
  if (text === 'straight') return STRAIGHT_LINE;
  const mode = /^road-(walk|bike|bus)$/.exec(text ?? '')?.[1];
  return mode ? { model: 'road', mode: mode as TravelMode } : null;
}

/** The short form of a choice (see {@link parseDistanceModel}). */
export function formatDistanceModel(distance: DistanceModel): string {
  return distance.model === 'road' ? `road-${distance.mode}` : 'straight';
}

/**
 * How far a school reaches under a model, as words that sit inside a sentence: the service radius
 * for the straight line, the mode's time on roads for road time (服务半径 / 步行道路时间).
 * @example reachMessage({ model: 'road', mode: 'walk' }) // message('travelReachRoad', { mode: message('travelModeShort_walk') })
 */
export function reachMessage(distance: DistanceModel): Message {
  return distance.model === 'road'
    ? message('travelReachRoad', { mode: message(`travelModeShort_${distance.mode}`) })
    : message('travelReachStraight');
}
