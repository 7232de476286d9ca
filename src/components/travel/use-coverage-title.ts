/**
 * The heading over the coverage figures (overview, presentation): the population within the
 * service radius under the straight line, within the time threshold (按步行道路时间) under road time.
 */
import { useTranslation } from '../use-translation.ts';
import { useCostFormat } from './use-cost-format.ts';

/** The coverage heading for the analysis on screen. */
export function useCoverageTitle(): string {
  const { t } = useTranslation();
  const { unit, legend } = useCostFormat();
  return unit === 'minutes' ? t('travelOverviewCoverageTitle', { legend }) : t('overviewCoverageTitle');
}
