/**
 * A kind's urban and rural threshold as the overview writes it (城区 500 m · 乡村 2.5 km), under
 * the distance model in use: the service radii for the straight line, the mode's minutes for
 * road time.
 */
import type { ServiceKind } from '../../domain/radius.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../../domain/travel-settings.ts';
import { useAtlasStore } from '../../store/index.ts';
import { radiiText } from '../overview/overview-text.ts';
import { useTranslation } from '../use-translation.ts';
import { useCostFormat } from './use-cost-format.ts';

/** The function from a kind to its threshold's parts. */
export function useThresholdText(): (kind: ServiceKind) => string[] {
  const { t } = useTranslation();
  const { distance, format } = useCostFormat();
  const radii = useAtlasStore((state) => state.radii);
  const travel = useAtlasStore((state) => state.ruleSet?.travel ?? DEFAULT_TRAVEL_SETTINGS);
  return (kind) => {
    if (distance.model !== 'road') return radiiText(t, radii, kind);
    const threshold = travel.thresholds[distance.mode][kind];
    return [
      t('overviewRadiusUrban', { radius: format(threshold.urban) }),
      t('overviewRadiusRural', { radius: format(threshold.rural) }),
    ];
  };
}
