/**
 * How far a school reaches, as the screens word it inside a sentence: 服务半径 under the straight
 * line, the mode's time on roads (步行道路时间) under road time — as the analysis on screen measures.
 */
import { reachMessage } from '../../domain/distance-model.ts';
import { useTranslation } from '../use-translation.ts';
import { useCostFormat } from './use-cost-format.ts';

/** The words for the reach of the analysis on screen. */
export function useReachText(): string {
  const { tm } = useTranslation();
  const { distance } = useCostFormat();
  return tm(reachMessage(distance));
}
