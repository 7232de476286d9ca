/**
 * A suggestion's result: the coverage before and after, each pick with what it gains and fixes,
 * the comparison with the plan's own new schools, and accepting picks as candidates.
 */
import type { SuggestedSite, SuggestionRequest, SuggestionResult } from '../../analysis/plan-suggestion.ts';
import { CANDIDATE_TYPE_OF_KIND, type CandidateSite } from '../../domain/candidate.ts';
import { localTitle, type MessageKey, serviceKindLabel } from '../../i18n/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { formatCount, formatDistance, formatShare } from '../format.ts';
import { useTranslation } from '../use-translation.ts';

/**
 * A pick as a candidate site (the what-if then weighs it like any other); its note is data,
 * written in the planner's language.
 */
function pickAsCandidate(
  pick: SuggestedSite,
  result: SuggestionResult,
  request: SuggestionRequest,
  t: (key: MessageKey, values: Record<string, number>) => string,
): Omit<CandidateSite, 'id'> {
  const type = CANDIDATE_TYPE_OF_KIND[result.kind];
  return {
    name: pick.name,
    lon: pick.lon,
    lat: pick.lat,
    type,
    // The roster's own value: a suggested site is a public school.
    ownership: '公办',
    boarding: request.requireRuleId === 'boarding-primary' && type === '小学',
    central: false,
    radius: request.radius,
    origin: 'suggestion',
    note: t('suggestedPickNote', { rank: pick.rank, gain: Math.round(pick.gain) }),
  };
}

export function SuggestionResultView({
  result,
  request,
}: {
  result: SuggestionResult;
  request: SuggestionRequest;
}) {
  const { t, language } = useTranslation();
  const accept = (picks: readonly SuggestedSite[]) => {
    const { addCandidates, selectCandidate, setPlanningTab } = useAtlasStore.getState();
    const ids = addCandidates(picks.map((pick) => pickAsCandidate(pick, result, request, t)));
    selectCandidate(ids[0] ?? null);
    setPlanningTab('candidates');
  };
  const gain = result.coveredAfter - result.coveredBefore;
  return (
    <section className="suggestion-result" data-testid="suggest-result">
      <h3>
        {t('suggestResultTitle', {
          kind: serviceKindLabel(language, result.kind),
          count: result.picks.length,
        })}
      </h3>
      <p className="suggest-summary" data-testid="suggest-summary">
        {t('suggestSummary', {
          before: formatCount(result.coveredBefore),
          after: formatCount(result.coveredAfter),
          gain: formatCount(gain),
        })}
        <br />
        <span className="muted">
          {t('suggestSearched', {
            considered: formatCount(result.candidatesConsidered),
            township: formatCount(result.candidatesExcluded.township),
            distance: formatCount(result.candidatesExcluded.distance),
            evaluations: formatCount(result.evaluations),
          })}
        </span>
      </p>
      {result.messages.map((message) => (
        <p key={message} className="hint" role="status">
          {message}
        </p>
      ))}
      <ol className="suggest-picks" data-testid="suggest-picks">
        {result.picks.map((pick) => (
          <li key={pick.rank} data-testid={`suggest-pick-${pick.rank}`}>
            <div className="pick-head">
              <span className="pick-rank">{pick.rank}</span>
              <span className="pick-name">{pick.name}</span>
              <span className="muted">{pick.townshipName || t('candidateOutside')}</span>
              <span className="pick-gain" data-testid="suggest-pick-gain">
                +{formatCount(pick.gain)}
              </span>
            </div>
            <div className="pick-detail muted">
              {pick.gainByTownship.map((item) => `${item.name} ${formatCount(item.population)}`).join(' · ')}
              {pick.nearestExistingMetres === null
                ? ''
                : ` · ${t('suggestNearest', { distance: formatDistance(pick.nearestExistingMetres) })}`}
            </div>
            {pick.rulesFixed.length > 0 ? (
              <ul className="rules-fixed">
                {pick.rulesFixed.map((rule) => (
                  <li key={`${rule.townshipCode}-${rule.ruleId}`}>
                    <span className="fail-mark">✗</span>→<span className="pass-mark">✓</span>{' '}
                    {rule.townshipName} {localTitle(language, rule)}
                  </li>
                ))}
              </ul>
            ) : null}
            <button type="button" className="link" onClick={() => accept([pick])}>
              {t('suggestAcceptOne')}
            </button>
          </li>
        ))}
      </ol>
      {result.picks.length > 0 ? (
        <button
          type="button"
          className="primary-action"
          onClick={() => accept(result.picks)}
          data-testid="suggest-accept-all"
        >
          {t('suggestAcceptAll', { count: result.picks.length })}
        </button>
      ) : null}
      <h3>{t('suggestCompareTitle')}</h3>
      <table className="suggest-compare" data-testid="suggest-compare">
        <thead>
          <tr>
            <th scope="col">{t('suggestCompareState')}</th>
            <th scope="col">{t('suggestCompareSchools')}</th>
            <th scope="col">{t('suggestCompareCovered')}</th>
            <th scope="col">{t('suggestCompareTownships')}</th>
            <th scope="col">{t('suggestCompareFailing')}</th>
          </tr>
        </thead>
        <tbody>
          {result.comparison.map((row) => (
            <tr key={row.label}>
              <th scope="row" className="row-head">
                {row.label}
              </th>
              <td>{row.schools}</td>
              <td>
                {formatCount(row.covered)}
                <br />
                <span className="muted">{formatShare(row.share)}</span>
              </td>
              <td>{row.townshipsPassing}</td>
              <td>{row.rulesFailing}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
