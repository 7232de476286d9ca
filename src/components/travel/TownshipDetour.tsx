/**
 * A township's detour under road time, in the detail panel: the median of road time ÷
 * straight-line time for the chosen kind, and the people the straight line counts as covered
 * but the road does not. Nothing under the straight line.
 */
import { DEFAULT_TRAVEL_SETTINGS, referenceSpeed } from '../../domain/travel-settings.ts';
import { useAtlasStore } from '../../store/index.ts';
import { selectScenarioAnalysis } from '../../store/selectors.ts';
import { formatCount } from '../format.ts';
import { useTranslation } from '../use-translation.ts';
import { useCostFormat } from './use-cost-format.ts';

export function TownshipDetour({ code }: { code: string }) {
  const { t } = useTranslation();
  const { legend, distance } = useCostFormat();
  const kind = useAtlasStore((state) => state.analysisKind);
  const travel = useAtlasStore((state) => state.ruleSet?.travel ?? DEFAULT_TRAVEL_SETTINGS);
  const figures = useAtlasStore((state) =>
    selectScenarioAnalysis(state)?.detour?.[kind].townships.find((township) => township.code === code),
  );
  if (distance.model !== 'road' || !figures) return null;
  return (
    <section className="township-detour" data-testid="township-detour">
      <h3>{t('travelDetourTitle', { legend })}</h3>
      <p>
        {t('travelDetourRatio', {
          ratio: figures.medianRatio === null ? t('travelDetourNone') : `${figures.medianRatio.toFixed(2)} ×`,
        })}
      </p>
      <p>{t('travelDetourHidden', { population: formatCount(figures.hiddenGapPopulation) })}</p>
      <p className="help">
        {t('travelDetourHelp', {
          mode: `${t(`travelMode_${distance.mode}`)} ${referenceSpeed(travel, distance.mode)} km/h`,
        })}
      </p>
    </section>
  );
}
