/**
 * How the screens write a distance of the analysis on screen: metres as m or km under the
 * straight line, minutes under road time; and the words for the model (按步行道路时间).
 */
import { useCallback } from 'react';
import { distanceLegend } from '../../domain/distance-legend.ts';
import { type CostUnit, costUnit, type DistanceModel, STRAIGHT_LINE } from '../../domain/distance-model.ts';
import { useAtlasStore } from '../../store/index.ts';
import { selectScenarioAnalysis } from '../../store/selectors.ts';
import { formatDistance } from '../format.ts';
import { useTranslation } from '../use-translation.ts';

/** The analysis's distance model and how to write its costs. */
export interface CostFormat {
  distance: DistanceModel;
  unit: CostUnit;
  /** A cost (metres or minutes) as text; '—' for none. */
  format: (value: number | null) => string;
  /** 按步行道路时间 / 按直线距离. */
  legend: string;
}

/** Minutes as text: whole minutes from 10 up and for whole numbers (bin edges), one decimal below. */
export function formatMinutes(minutes: number, unitWord: string): string {
  return `${minutes >= 10 || Number.isInteger(minutes) ? Math.round(minutes) : minutes.toFixed(1)} ${unitWord}`;
}

/**
 * The cost format of a distance model (or of the analysis on screen when none is given).
 * @example const { format, legend } = useCostFormat(); format(coverage.distance.median)
 */
export function useCostFormat(given?: DistanceModel): CostFormat {
  const { t, tm } = useTranslation();
  const onScreen = useAtlasStore((state) => selectScenarioAnalysis(state)?.distance ?? STRAIGHT_LINE);
  const distance = given ?? onScreen;
  const unit = costUnit(distance);
  const minuteWord = t('travelMinuteUnit');
  const format = useCallback(
    (value: number | null) =>
      value === null ? '—' : unit === 'minutes' ? formatMinutes(value, minuteWord) : formatDistance(value),
    [unit, minuteWord],
  );
  return { distance, unit, format, legend: tm(distanceLegend(distance)) };
}
