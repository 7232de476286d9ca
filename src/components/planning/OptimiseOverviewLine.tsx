/**
 * One line for the overview (概览) when a site suggestion or a consolidation proposal is in hand:
 * what it is and how good it is (within X % of the best possible, or proven optimal), so a leader
 * sees the quality wherever the answer is shown.
 */
import { qualityMessage } from '../../analysis/optimise/quality-message.ts';
import { serviceKindLabel } from '../../i18n/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { useTranslation } from '../use-translation.ts';

export function OptimiseOverviewLine() {
  const { t, tm, language } = useTranslation();
  const suggestion = useAtlasStore((state) => state.suggestion.result);
  const plan = useAtlasStore((state) => state.consolidationPlan);
  if (!suggestion && !plan) return null;
  return (
    <div className="overview-optimise" data-testid="overview-optimise">
      {suggestion ? (
        <p data-testid="overview-suggestion-quality">
          {t('optimiseOverviewSuggestion', {
            kind: serviceKindLabel(language, suggestion.kind),
            count: suggestion.picks.length,
            quality: tm(qualityMessage(suggestion.quality)),
          })}
        </p>
      ) : null}
      {plan ? (
        <p data-testid="overview-consolidation-quality">
          {t('optimiseOverviewConsolidation', {
            closed: plan.result.closed.length,
            quality: tm(qualityMessage(plan.result.quality)),
          })}
        </p>
      ) : null}
    </div>
  );
}
