/** The words every export's legend uses for the distance model, as a message. */
import type { DistanceModel } from './distance-model.ts';
import { type Message, message } from './message.ts';

/**
 * 按步行道路时间 / 按直线距离 — the distance model, for legends, captions and summaries.
 * @example translateMessage('zh-CN', distanceLegend({ model: 'road', mode: 'walk' })) // '按步行道路时间'
 */
export function distanceLegend(distance: DistanceModel): Message {
  if (distance.model === 'straight') return message('travelLegendStraight');
  return message('travelLegendRoad', { mode: message(`travelModeShort_${distance.mode}`) });
}
