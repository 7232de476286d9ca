/**
 * Bars per township of the share of population within the service radius of the chosen kind,
 * 现状 (hatched) above 规划完成后 (solid), each with its value written beside it, and the target as
 * a dashed line with its label. Drawn as SVG from `coverageChartGeometry`.
 */

import type { AnalysisPair } from '../../analysis/run-analysis-pair.ts';
import { SERVICE_KINDS, type ServiceKind } from '../../domain/radius.ts';
import { serviceKindLabel } from '../../i18n/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { formatShare } from '../format.ts';
import { useCostFormat } from '../travel/use-cost-format.ts';
import { useTranslation } from '../use-translation.ts';
import { chartTownships, coverageChartGeometry } from './coverage-chart.ts';
import { kindName } from './overview-text.ts';

/** The 现状 bars' stripes; one chart is on screen at a time, so a fixed id is unique. */
const HATCH_ID = 'overview-chart-hatch';

/** The kinds that have a service radius somewhere, so a share to chart. */
function chartableKinds(pair: AnalysisPair): ServiceKind[] {
  return SERVICE_KINDS.filter((kind) => pair.current.district.coverage[kind].share !== null);
}

/** The chart with its kind switch; `goalOf(kind)` gives the share each township should reach. */
export function CoverageChart({
  pair,
  goalOf,
}: {
  pair: AnalysisPair;
  goalOf: (kind: ServiceKind) => number | null;
}) {
  const { t, language } = useTranslation();
  const { unit, legend } = useCostFormat();
  const byRoad = unit === 'minutes';
  const chosen = useAtlasStore((state) => state.analysisKind);
  const setAnalysisKind = useAtlasStore((state) => state.setAnalysisKind);
  const kinds = chartableKinds(pair);
  const kind = kinds.includes(chosen) ? chosen : kinds[0];
  if (!kind) return null;
  const goal = goalOf(kind);
  const geometry = coverageChartGeometry(chartTownships(pair, kind), goal);
  const name = kindName(kind, language);
  return (
    <figure className="coverage-chart" data-testid="coverage-chart" data-kind={kind}>
      <figcaption>
        <span className="chart-title">
          {t(byRoad ? 'travelChartTitle' : 'overviewChartTitle', { kind: name, legend })}
        </span>
        <fieldset className="chart-kinds">
          <legend className="visually-hidden">{t('overviewChartKind')}</legend>
          {kinds.map((item) => (
            <button
              key={item}
              type="button"
              className={item === kind ? 'on' : ''}
              aria-pressed={item === kind}
              onClick={() => setAnalysisKind(item)}
              data-testid={`chart-kind-${item}`}
            >
              {kindName(item, language)}
            </button>
          ))}
        </fieldset>
      </figcaption>
      <svg
        viewBox={`0 0 ${geometry.width} ${geometry.height}`}
        role="img"
        aria-label={t(byRoad ? 'travelChartDescription' : 'overviewChartDescription', {
          legend,
          kind: serviceKindLabel(language, kind),
          goal: formatShare(goal),
        })}
      >
        <defs>
          <pattern
            id={HATCH_ID}
            width="5"
            height="5"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="5" height="5" className="hatch-ground" />
            <line x1="0" y1="0" x2="0" y2="5" className="hatch-line" />
          </pattern>
        </defs>
        {geometry.ticks.map((tick) => (
          <g key={tick.share} className="chart-tick">
            <line x1={tick.x} x2={tick.x} y1={geometry.plotTop} y2={geometry.plotBottom} />
            <text x={tick.x} y={geometry.plotBottom + 16} textAnchor="middle">
              {`${Math.round(tick.share * 100)}%`}
            </text>
          </g>
        ))}
        {geometry.rows.map((row) => (
          <g key={row.code} data-township={row.code}>
            <text className="chart-township" x={geometry.plotLeft - 8} y={row.centreY} textAnchor="end">
              {row.name}
            </text>
            {row.bars.map((bar) => (
              <g key={bar.scenario} data-scenario={bar.scenario}>
                <rect
                  className={`chart-bar ${bar.scenario}`}
                  fill={bar.scenario === 'current' ? `url(#${HATCH_ID})` : undefined}
                  x={bar.x}
                  y={bar.y}
                  width={bar.width}
                  height={bar.height}
                />
                <text
                  className={`chart-value${bar.meetsGoal === false ? ' below' : ''}`}
                  x={bar.labelX}
                  y={bar.labelY}
                  data-testid="chart-value"
                >
                  {formatShare(bar.share)}
                </text>
              </g>
            ))}
          </g>
        ))}
        {geometry.goalX === null ? null : (
          <g className="chart-goal">
            <line
              x1={geometry.goalX}
              x2={geometry.goalX}
              y1={geometry.plotTop - 4}
              y2={geometry.plotBottom}
            />
            <text x={geometry.goalX} y={geometry.plotTop - 8} textAnchor="middle">
              {t('overviewChartGoal', { share: formatShare(goal) })}
            </text>
          </g>
        )}
      </svg>
      <div className="chart-legend">
        <span>
          <i className="overview-swatch chart-current" aria-hidden="true" />
          {t('scenarioCurrent')}
        </span>
        <span>
          <i className="overview-swatch chart-planned" aria-hidden="true" />
          {t('scenarioPlanned')}
        </span>
        <span>
          <i className="overview-swatch chart-goal-line" aria-hidden="true" />
          {t('overviewChartGoal', { share: formatShare(goal) })}
        </span>
      </div>
    </figure>
  );
}
