/**
 * A consolidation proposal: its quality, what closes and where its pupils go (how far, whether
 * they then need boarding, what it costs, the rules it breaks, what could close instead), and
 * every township's coverage before and after against what it must keep, and its children without
 * a seat before and after (none more in any township).
 */
import { qualityMessage } from '../../analysis/optimise/quality-message.ts';
import { serviceKindLabel } from '../../i18n/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import type { ConsolidationPlan } from '../../store/planning-slice.ts';
import { formatCount, formatDistance, formatShare } from '../format.ts';
import { useReachText } from '../travel/use-reach-text.ts';
import { useRuleTitle } from '../travel/use-rule-title.ts';
import { useTranslation } from '../use-translation.ts';

export function ConsolidationResultView({ plan }: { plan: ConsolidationPlan }) {
  const { t, tm, language } = useTranslation();
  const ruleTitle = useRuleTitle();
  const reach = useReachText();
  const { result } = plan;
  // Proposals saved before seats were checked have no seats figures.
  const seats = result.seats ?? null;
  const seatsOf = new Map((seats?.townships ?? []).map((township) => [township.code, township]));
  return (
    <section className="consolidation-result" data-testid="consolidate-result">
      <h3>
        {t('optimiseConsolidationTitle', { closed: result.closed.length, closable: result.closable.length })}
      </h3>
      <p
        className={`suggest-quality${result.quality.optimal ? ' optimal' : ''}`}
        data-testid="consolidate-quality"
      >
        {tm(qualityMessage(result.quality))}
      </p>
      <p className="suggest-summary">
        {t('optimiseConsolidationSummary', {
          before: formatCount(result.coveredBefore),
          after: formatCount(result.coveredAfter),
          target: formatShare(result.target),
          reach,
        })}
        <br />
        <span className="muted">{t('optimiseConsolidationProposal')}</span>
      </p>
      {seats ? (
        <p className="suggest-summary" data-testid="consolidate-seats">
          {t('optimiseConsolidationSeatsLine', {
            stage: serviceKindLabel(language, seats.stage),
            year: seats.baseYear,
            before: formatCount(seats.withoutSeatBefore),
            after: formatCount(seats.withoutSeatAfter),
          })}
        </p>
      ) : null}
      {result.messages.map((message) => (
        <p key={tm(message)} className="hint" role="status">
          {tm(message)}
        </p>
      ))}
      <table className="suggest-compare consolidate-table" data-testid="consolidate-table">
        <thead>
          <tr>
            <th scope="col">{t('optimiseClosedSchool')}</th>
            <th scope="col">{t('optimiseClosedPupils')}</th>
            <th scope="col">{t('optimiseClosedReceiving')}</th>
            <th scope="col">{t('optimiseClosedExtra')}</th>
            <th scope="col">{t('optimiseClosedCost')}</th>
          </tr>
        </thead>
        <tbody>
          {result.closed.map((school) => (
            <tr key={school.code} data-testid={`consolidate-closed-${school.rank}`}>
              <th scope="row" className="row-head">
                <button
                  type="button"
                  className="link"
                  onClick={() => useAtlasStore.getState().select({ kind: 'school', code: school.code })}
                >
                  {school.name}
                </button>
                <br />
                <span className="muted">{school.townshipName}</span>
              </th>
              <td>{school.pupils === null ? '—' : formatCount(school.pupils)}</td>
              <td>
                {school.receiving?.name ?? '—'}
                {school.boardingNeeded ? (
                  <>
                    <br />
                    <span className="fail-mark">
                      {school.receiving?.boarding
                        ? t('optimiseClosedBoardingThere')
                        : t('optimiseClosedBoardingNeeded')}
                    </span>
                  </>
                ) : null}
              </td>
              <td>
                {formatDistance(school.extraMetres)}
                {school.meanExtraMetres === null ? null : (
                  <>
                    <br />
                    <span className="muted">
                      {t('optimiseClosedMeanExtra', { distance: formatDistance(school.meanExtraMetres) })}
                    </span>
                  </>
                )}
              </td>
              <td>
                {school.populationLosingCoverage > 0
                  ? t('optimiseClosedLoses', { people: formatCount(school.populationLosingCoverage) })
                  : t('optimiseClosedLosesNone')}
                {school.rulesBroken.map((rule) => (
                  <div key={`${rule.townshipCode}-${rule.ruleId}`} className="fail-mark">
                    ✓→✗ {rule.townshipName} {ruleTitle(rule)}
                  </div>
                ))}
                {school.runnerUp ? (
                  <div className="muted">
                    {t('optimiseClosedInstead', {
                      name: school.runnerUp.name,
                      people: formatCount(school.runnerUp.populationLosingCoverage),
                    })}
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="suggest-compare" data-testid="consolidate-townships">
        <thead>
          <tr>
            <th scope="col">{t('optimiseTargetsTownship')}</th>
            <th scope="col">{t('optimiseTownshipBefore')}</th>
            <th scope="col">{t('optimiseTownshipAfter')}</th>
            <th scope="col">{t('optimiseTownshipRequired')}</th>
            {seats ? <th scope="col">{t('optimiseTownshipWithoutSeat')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {result.townships.map((township) => (
            <tr key={township.code}>
              <th scope="row" className="row-head">
                {township.name}
              </th>
              <td>{formatShare(township.shareBefore)}</td>
              <td className={township.kept ? '' : 'fail-mark'}>{formatShare(township.shareAfter)}</td>
              <td>{formatShare(township.required)}</td>
              {seats ? (
                <td>
                  {formatCount(seatsOf.get(township.code)?.withoutSeatBefore ?? 0)} →{' '}
                  {formatCount(seatsOf.get(township.code)?.withoutSeatAfter ?? 0)}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="link"
        onClick={() => useAtlasStore.getState().setConsolidationPlan(null)}
        data-testid="consolidate-clear"
      >
        {t('optimiseConsolidationClear')}
      </button>
    </section>
  );
}
