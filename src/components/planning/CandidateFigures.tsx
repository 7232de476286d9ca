/** A candidate's what-if figures: per kind the people it newly covers, overlap, nearest school; then the rules it fixes. */
import type { CandidateAssessment } from '../../analysis/assess-candidates.ts';
import { serviceKindLabel } from '../../i18n/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { formatCount, formatDistance, formatShare } from '../format.ts';
import { CandidateNewlySeated } from '../seats/CandidateSeats.tsx';
import { useCostFormat } from '../travel/use-cost-format.ts';
import { useRuleTitle } from '../travel/use-rule-title.ts';
import { useTranslation } from '../use-translation.ts';

export function CandidateFigures({ assessment, stale }: { assessment: CandidateAssessment; stale: boolean }) {
  const { t, language } = useTranslation();
  const ruleTitle = useRuleTitle();
  // Under road time the radius is the time threshold, and the nearest school is also given in minutes.
  const cost = useCostFormat(useAtlasStore((state) => state.candidateReport?.distance));
  const baseYear = useAtlasStore((state) => state.candidateSeats?.baseYear);
  return (
    <div
      className={`candidate-figures${stale ? ' stale' : ''}`}
      data-testid="candidate-figures"
      aria-busy={stale}
    >
      {assessment.effects.map((effect) => (
        <dl key={effect.kind} className="figure-list" data-testid={`candidate-effect-${effect.kind}`}>
          <dt>{t('candidateKindHeading', { kind: serviceKindLabel(language, effect.kind) })}</dt>
          <dd className="figure-radius">
            {effect.radius === null ? t('candidateRadiusDistrict') : cost.format(effect.radius)}
          </dd>
          <dt>{t('candidateNewlyCovered')}</dt>
          <dd className="figure-main" data-testid="candidate-newly-covered">
            {effect.newlyCovered === null
              ? '—'
              : t('peopleCount', { count: formatCount(effect.newlyCovered) })}
          </dd>
          {effect.newlyCoveredByTownship.length > 0 ? (
            <dd className="figure-detail" data-testid="candidate-newly-by-township">
              {effect.newlyCoveredByTownship
                .map((item) => `${item.name || t('candidateOutside')} ${formatCount(item.population)}`)
                .join(' · ')}
            </dd>
          ) : null}
          <dt>{t('candidateWithin')}</dt>
          <dd>{effect.populationWithin === null ? '—' : formatCount(effect.populationWithin)}</dd>
          <dt>{t('candidateOverlap')}</dt>
          <dd data-testid="candidate-overlap">
            {effect.overlapPopulation === null
              ? '—'
              : t('candidateOverlapValue', {
                  people: formatCount(effect.overlapPopulation),
                  area: formatShare(effect.overlapAreaShare),
                })}
          </dd>
          <dt>{t('candidateNearest')}</dt>
          <dd data-testid="candidate-nearest">
            {effect.nearestExisting
              ? `${effect.nearestExisting.name} · ${formatDistance(effect.nearestExisting.metres)}${
                  effect.nearestExisting.minutes === null
                    ? ''
                    : ` · ${cost.format(effect.nearestExisting.minutes)}`
                }`
              : t('candidateNoneOfKind')}
          </dd>
        </dl>
      ))}
      <dl className="figure-list" data-testid="candidate-seats-figures">
        <dt>{t('candidateNewlySeated', { year: baseYear ?? '' })}</dt>
        <dd className="figure-main">
          <CandidateNewlySeated id={assessment.id} />
        </dd>
      </dl>
      <h3>{t('candidateRulesFixed')}</h3>
      {assessment.rulesFixed.length === 0 ? (
        <p className="muted" data-testid="candidate-rules-fixed">
          {t('candidateNoRulesFixed')}
        </p>
      ) : (
        <ul className="rules-fixed" data-testid="candidate-rules-fixed">
          {assessment.rulesFixed.map((rule) => (
            <li key={`${rule.townshipCode}-${rule.ruleId}`}>
              <span className="fail-mark">✗</span>→<span className="pass-mark">✓</span> {rule.townshipName}{' '}
              {ruleTitle(rule)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
