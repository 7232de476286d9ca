/**
 * An estimated gross rate beside an entered figure of the plan (学前三年毛入园率, 高中阶段毛入学率):
 * the estimate, and how it was computed when the pointer rests on it.
 */

import type { SeatScenarios } from '../../analysis/seats/analyse-seat-scenarios.ts';
import type { EnrolmentRateEstimate } from '../../analysis/seats/estimate-enrolment-rates.ts';
import type { MessageKey, MessageValue } from '../../domain/message.ts';
import type { SeatStage } from '../../domain/seats.ts';
import { useAtlasStore } from '../../store/index.ts';
import { formatCount, formatShare } from '../format.ts';
import { useTranslation } from '../use-translation.ts';

/**
 * How an estimate was computed, in words: pupils ÷ children of the ages, and the year.
 * @example estimateHow(t, analysis, 'kindergarten', estimate) // 在校生 28,800 ÷ 3—5 岁儿童 24,337（2020 年）
 */
export function estimateHow(
  t: (key: MessageKey, values?: Readonly<Record<string, MessageValue>>) => string,
  analysis: SeatScenarios,
  stage: SeatStage,
  estimate: EnrolmentRateEstimate,
): string {
  const ages = analysis.settings.stageAges[stage];
  return t('seatEstimateHow', {
    enrolled: formatCount(estimate.enrolled),
    children: formatCount(estimate.children),
    ages: t('seatAgesRange', { from: ages.from, to: ages.to }),
    year: analysis.current.baseYear,
  });
}

/** The estimate for an entered figure, or nothing when no stage answers to it. */
export function EstimatedRate({ targetId }: { targetId: string }) {
  const { t } = useTranslation();
  const analysis = useAtlasStore((state) => state.seatAnalysis);
  const stage = analysis?.settings.rateTargets[targetId];
  const estimate = analysis?.rates.find((rates) => rates.stage === stage)?.district;
  if (!analysis || !stage || !estimate) return null;
  return (
    <span
      className="estimated-rate"
      data-testid={`estimate-${targetId}`}
      title={estimateHow(t, analysis, stage, estimate)}
    >
      {estimate.rate === null
        ? t('seatEstimateNone')
        : t('seatEstimateLine', { rate: formatShare(estimate.rate) })}
    </span>
  );
}
