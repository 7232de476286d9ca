/**
 * The township × rule table of the analysis view: ✓/✗ with actual vs. required, coverage, and what
 * changes between 现状 and 规划完成后. A row click zooms to the township and selects it.
 */
import { useShallow } from 'zustand/react/shallow';
import type { TownshipAnalysis } from '../analysis/analyze-district.ts';
import { boundsOf } from '../analysis/bounds-of.ts';
import type { RuleComparison } from '../analysis/compare-analyses.ts';
import type { RuleResult } from '../analysis/evaluate-township-rule.ts';
import { serviceKindLabel } from '../i18n/index.ts';
import { useAtlasStore } from '../store/index.ts';
import { selectScenarioAnalysis } from '../store/selectors.ts';
import { formatCount, formatShare } from './format.ts';
import { MembershipList } from './MembershipList.tsx';
import { joinClauses } from './overview/overview-text.ts';
import { useCostFormat } from './travel/use-cost-format.ts';
import { useRuleTitle } from './travel/use-rule-title.ts';
import { useTranslation } from './use-translation.ts';

function value(rule: RuleResult): string {
  if (rule.measure === 'population-coverage')
    return `${formatShare(rule.actual)} / ${formatShare(rule.required)}`;
  return `${rule.actual ?? '—'} / ${rule.required}`;
}

function RuleCell({
  rule,
  comparison,
  scenarioKind,
}: {
  rule: RuleResult;
  comparison?: RuleComparison;
  scenarioKind: 'current' | 'planned';
}) {
  const { t } = useTranslation();
  const mark = rule.pass === null ? '—' : rule.pass ? '✓' : '✗';
  const status = rule.pass === null ? 'na' : rule.pass ? 'pass' : 'fail';
  const changed = comparison && (comparison.change === 'fixed' || comparison.change === 'broken');
  const other = scenarioKind === 'current' ? comparison?.after : comparison?.before;
  const otherMark = other === null || other === undefined ? '—' : other ? '✓' : '✗';
  const title = joinClauses(
    t,
    [
      rule.pass === null ? t('ruleNotApplicable') : '',
      changed ? t(scenarioKind === 'current' ? 'ruleAfterPlan' : 'ruleBeforePlan', { mark: otherMark }) : '',
    ].filter(Boolean),
  );
  return (
    <td
      className={`rule-cell ${status}${changed ? ' changed' : ''}`}
      title={title}
      data-rule={rule.id}
      data-status={status}
    >
      <span className="mark">{mark}</span> {rule.pass === null ? '' : value(rule)}
      {changed ? (
        <span className="change">
          {scenarioKind === 'current' ? `→${otherMark}` : t('ruleCellBefore', { mark: otherMark })}
        </span>
      ) : null}
    </td>
  );
}

export function TownshipTable() {
  const { t, tm, tv, language } = useTranslation();
  const ruleTitle = useRuleTitle();
  const cost = useCostFormat();
  const { analysis, pair, scenario, kind, status, error, selection } = useAtlasStore(
    useShallow((state) => ({
      analysis: selectScenarioAnalysis(state),
      pair: state.analysis,
      scenario: state.scenario,
      kind: state.analysisKind,
      status: state.analysisStatus,
      error: state.analysisError,
      selection: state.selection,
    })),
  );
  const townships = useAtlasStore((state) => state.townships);
  const select = useAtlasStore((state) => state.select);
  const focusOn = useAtlasStore((state) => state.focusOn);

  if (!analysis || !pair) {
    return (
      <section className="township-table-panel" data-testid="township-table" data-status={status}>
        <p className="muted">
          {status === 'error'
            ? t('withReason', { what: t('analysisFailed'), reason: error ?? '' })
            : t('analysisRunning')}
        </p>
      </section>
    );
  }
  const rules = analysis.townships[0]?.rules ?? [];
  const comparisonOf = (code: string, ruleId: string) =>
    pair.comparison.townships
      .find((item) => item.code === code)
      ?.rules.find((item) => item.ruleId === ruleId);
  const open = (township: TownshipAnalysis) => {
    select({ kind: 'township', code: township.code });
    const feature = townships?.features.find((item) => item.properties.code === township.code);
    if (feature) focusOn({ kind: 'bounds', bounds: boundsOf(feature) });
  };
  const districtCoverage = analysis.district.coverage[kind];

  return (
    <section className="township-table-panel" data-testid="township-table" data-status={status}>
      <div className="table-summary">
        <strong>{tm(analysis.scenarioTitle)}</strong>
        <span className="distance-legend" data-testid="distance-legend">
          {cost.legend}
        </span>
        <span>
          {t('comparisonSummary', {
            fixed: pair.comparison.fixed.length,
            broken: pair.comparison.broken.length,
          })}
        </span>
        <span className="muted" data-testid="population-label">
          {t('populationInUse', { label: tv(analysis.population.description) })}
        </span>
        <MembershipList report={analysis.membership} />
        {status === 'running' ? <span className="muted">{t('analysisUpdating')}</span> : null}
      </div>
      <div className="table-scroll">
        <table className="township-table">
          <thead>
            <tr>
              <th scope="col">{t('townshipColumn')}</th>
              <th scope="col">{t('populationColumn')}</th>
              {rules.map((rule) => (
                <th key={rule.id} scope="col" title={rule.id}>
                  {ruleTitle(rule)}
                </th>
              ))}
              <th scope="col">{t('uncoveredColumn', { kind: serviceKindLabel(language, kind) })}</th>
              <th scope="col">
                {t(cost.unit === 'minutes' ? 'travelMedianColumn' : 'medianDistanceColumn', {
                  kind: serviceKindLabel(language, kind),
                })}
              </th>
            </tr>
          </thead>
          <tbody>
            {analysis.townships.map((township) => (
              <tr
                key={township.code}
                className={
                  selection?.kind === 'township' && selection.code === township.code ? 'selected' : ''
                }
                onClick={() => open(township)}
                data-township={township.code}
              >
                <th scope="row">
                  <button type="button" className="link" onClick={() => open(township)}>
                    {township.name}
                  </button>
                  {township.populous ? <span className="tag">{t('populousTag')}</span> : null}
                </th>
                <td className="number">{formatCount(township.population)}</td>
                {township.rules.map((rule) => (
                  <RuleCell
                    key={rule.id}
                    rule={rule}
                    comparison={comparisonOf(township.code, rule.id)}
                    scenarioKind={scenario.kind}
                  />
                ))}
                <td className="number">{formatCount(township.coverage[kind].uncovered)}</td>
                <td className="number">{cost.format(township.coverage[kind].distance.median)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('districtRow')}</th>
              <td className="number">{formatCount(analysis.district.population)}</td>
              <td colSpan={rules.length} className="muted">
                {cost.unit === 'minutes'
                  ? t('travelDistrictCoverage', {
                      kind: serviceKindLabel(language, kind),
                      legend: cost.legend,
                      share: formatShare(districtCoverage.share),
                    })
                  : t('districtCoverage', {
                      kind: serviceKindLabel(language, kind),
                      share: formatShare(districtCoverage.share),
                    })}
              </td>
              <td className="number">{formatCount(districtCoverage.uncovered)}</td>
              <td className="number">{cost.format(districtCoverage.distance.median)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
