/** The count objective's targets: per township, the population to add and whether it can be reached. */
import type { TownshipTarget } from '../../analysis/plan-suggestion.ts';
import { formatCount, formatShare } from '../format.ts';
import { useReachText } from '../travel/use-reach-text.ts';
import { useTranslation } from '../use-translation.ts';

export function SuggestionTargets({ targets }: { targets: readonly TownshipTarget[] }) {
  const { t } = useTranslation();
  const reach = useReachText();
  return (
    <table className="suggest-compare suggest-targets" data-testid="suggest-targets">
      <thead>
        <tr>
          <th scope="col">{t('optimiseTargetsTownship')}</th>
          <th scope="col">{t('optimiseTargetsToday')}</th>
          <th scope="col">{t('optimiseTargetsNeed')}</th>
          <th scope="col">{t('optimiseTargetsReachable')}</th>
        </tr>
      </thead>
      <tbody>
        {targets.map((target) => (
          <tr key={target.code || 'district'} className={target.unreachable ? 'unreachable' : ''}>
            <th scope="row" className="row-head">
              {target.name || t('optimiseDistrictRow')}
            </th>
            <td>{formatShare(target.population > 0 ? target.coveredBefore / target.population : null)}</td>
            <td>{target.need > 0 ? formatCount(Math.ceil(target.need)) : t('optimiseTargetsMet')}</td>
            <td>
              {target.unreachable
                ? t('optimiseTargetsUnreachable', {
                    beyond: formatCount(Math.round(target.beyondEveryCandidate)),
                    reach,
                  })
                : formatCount(Math.round(target.reachable))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
