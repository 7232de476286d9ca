/**
 * A suggestion's result: its quality (within X % of the best possible, or proven optimal), the
 * objective's figures before and after, each pick with what it adds, the rules it fixes and its
 * runner-up, the targets of the count objective, the comparison with the plan's own new schools,
 * and accepting picks as candidates or excluding one and searching again.
 */

import { qualityMessage } from '../../analysis/optimise/quality-message.ts';
import type { SuggestedSite, SuggestionRequest, SuggestionResult } from '../../analysis/plan-suggestion.ts';
import { CANDIDATE_TYPE_OF_KIND, type CandidateSite } from '../../domain/candidate.ts';
import { serviceKindLabel } from '../../i18n/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { formatCount, formatDistance, formatShare } from '../format.ts';
import { useRuleTitle } from '../travel/use-rule-title.ts';
import { useTranslation } from '../use-translation.ts';
import { SuggestionTargets } from './SuggestionTargets.tsx';

/** How each kind of bound is named beside the quality line. */
const BOUND_SOURCE_KEYS = {
  lagrangian: 'optimiseBoundLagrangian',
  online: 'optimiseBoundOnline',
  solver: 'optimiseBoundSolver',
  flow: 'optimiseBoundFlow',
  trivial: 'optimiseBoundTrivial',
} as const;

/**
 * A pick as a candidate site (the what-if then weighs it like any other); its note is data,
 * written in the planner's language.
 */
function pickAsCandidate(
  pick: SuggestedSite,
  name: string,
  note: string,
  result: SuggestionResult,
  request: SuggestionRequest,
): Omit<CandidateSite, 'id'> {
  const type = CANDIDATE_TYPE_OF_KIND[result.kind];
  return {
    name,
    lon: pick.lon,
    lat: pick.lat,
    type,
    // The roster's own value: a suggested site is a public school.
    ownership: '公办',
    boarding: request.requireRuleId === 'boarding-primary' && type === '小学',
    central: false,
    radius: request.radius,
    origin: 'suggestion',
    note,
  };
}

export function SuggestionResultView({
  result,
  request,
  onExclude,
  excludedCount,
  onClearExcluded,
}: {
  result: SuggestionResult;
  request: SuggestionRequest;
  /** Leaves this site out and searches again. */
  onExclude: (site: { lon: number; lat: number }) => void;
  excludedCount: number;
  onClearExcluded: () => void;
}) {
  const { t, tm, language } = useTranslation();
  const ruleTitle = useRuleTitle();
  const nameOf = (pick: SuggestedSite) => pick.name || t('optimisePickName', { rank: pick.rank });
  const distance = result.objective === 'distance';
  const gainText = (gain: number) => (distance ? `−${formatDistance(gain)}` : `+${formatCount(gain)}`);
  const accept = (picks: readonly SuggestedSite[]) => {
    const { addCandidates, selectCandidate, setPlanningTab } = useAtlasStore.getState();
    const ids = addCandidates(
      picks.map((pick) =>
        pickAsCandidate(
          pick,
          nameOf(pick),
          t('optimiseAcceptedNote', { rank: pick.rank, gain: gainText(pick.gain) }),
          result,
          request,
        ),
      ),
    );
    selectCandidate(ids[0] ?? null);
    setPlanningTab('candidates');
  };
  const seats = result.seats;
  const runnerUpValue = (value: number) =>
    distance
      ? t('optimiseRunnerUpDistance', { distance: formatDistance(value) })
      : seats
        ? t('optimiseRunnerUpSeats', { children: formatCount(value) })
        : t('optimiseRunnerUpCoverage', { people: formatCount(value) });
  const gain = result.coveredAfter - result.coveredBefore;
  return (
    <section className="suggestion-result" data-testid="suggest-result">
      <h3>
        {t('suggestResultTitle', {
          kind: serviceKindLabel(language, result.kind),
          count: result.picks.length,
        })}
      </h3>
      <p
        className={`suggest-quality${result.quality.optimal ? ' optimal' : ''}`}
        data-testid="suggest-quality"
      >
        {tm(qualityMessage(result.quality))}
        <span className="muted"> {t(BOUND_SOURCE_KEYS[result.quality.boundSource])}</span>
      </p>
      <p className="suggest-summary" data-testid="suggest-summary">
        {seats ? (
          <span data-testid="suggest-seats-summary">
            {t('optimiseSeatsSummary', {
              stage: serviceKindLabel(language, result.kind),
              before: formatCount(seats.seatedBefore),
              after: formatCount(seats.seatedAfter),
              gain: formatCount(seats.seatedAfter - seats.seatedBefore),
              children: formatCount(seats.children),
            })}
            <br />
          </span>
        ) : null}
        {distance
          ? t('optimiseDistanceSummary', {
              before: formatDistance(result.meanDistanceBefore),
              after: formatDistance(result.meanDistanceAfter),
              bound: formatDistance(result.quality.bound),
            })
          : t('suggestSummary', {
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
          {result.exchanges > 0 ? ` ${t('optimiseExchanges', { count: result.exchanges })}` : ''}
          {result.exact ? ` ${t('optimiseExactRun', { seconds: result.exact.seconds.toFixed(1) })}` : ''}
        </span>
      </p>
      {excludedCount > 0 ? (
        <p className="hint" data-testid="suggest-excluded">
          {t('optimiseExcludedSites', { count: excludedCount })}{' '}
          <button type="button" className="link" onClick={onClearExcluded}>
            {t('optimiseExcludedClear')}
          </button>
        </p>
      ) : null}
      {result.messages.map((message) => (
        <p key={tm(message)} className="hint" role="status">
          {tm(message)}
        </p>
      ))}
      {result.targets ? <SuggestionTargets targets={result.targets} /> : null}
      <ol className="suggest-picks" data-testid="suggest-picks">
        {result.picks.map((pick) => (
          <li key={pick.rank} data-testid={`suggest-pick-${pick.rank}`}>
            <div className="pick-head">
              <span className="pick-rank">{pick.rank}</span>
              <span className="pick-name">{nameOf(pick)}</span>
              <span className="muted">{pick.townshipName || t('candidateOutside')}</span>
              <span className="pick-gain" data-testid="suggest-pick-gain">
                {gainText(pick.gain)}
              </span>
            </div>
            <div className="pick-detail muted">
              {/* For the seats objective the gain is children; the population covered would read as it. */}
              {(seats ? [] : pick.gainByTownship)
                .map((item) => `${item.name || t('candidateOutside')} ${formatCount(item.population)}`)
                .join(' · ')}
              {pick.nearestExistingMetres === null
                ? ''
                : ` · ${t('suggestNearest', { distance: formatDistance(pick.nearestExistingMetres) })}`}
            </div>
            {pick.rulesFixed.length > 0 ? (
              <ul className="rules-fixed">
                {pick.rulesFixed.map((rule) => (
                  <li key={`${rule.townshipCode}-${rule.ruleId}`}>
                    <span className="fail-mark">✗</span>→<span className="pass-mark">✓</span>{' '}
                    {rule.townshipName} {ruleTitle(rule)}
                  </li>
                ))}
              </ul>
            ) : null}
            <div className="pick-runner-up muted" data-testid="suggest-runner-up">
              {pick.runnerUp
                ? t('optimiseRunnerUp', {
                    name: pick.runnerUp.name || t('optimiseRunnerUpName'),
                    township: pick.runnerUp.townshipName || t('candidateOutside'),
                    value: runnerUpValue(pick.runnerUp.value),
                  })
                : t('optimiseNoRunnerUp')}
            </div>
            <button type="button" className="link" onClick={() => accept([pick])}>
              {t('suggestAcceptOne')}
            </button>{' '}
            {pick.origin === 'forced' ? null : (
              <button
                type="button"
                className="link"
                onClick={() => onExclude(pick)}
                data-testid="suggest-exclude"
              >
                {t('optimiseExcludePick')}
              </button>
            )}
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
            <tr key={tm(row.label)}>
              <th scope="row" className="row-head">
                {tm(row.label)}
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
