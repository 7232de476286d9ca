/**
 * The leaders' overview (概览) beside the map: the plan's targets and their progress, the entered
 * figures, the township pass/fail grid, the key coverage figures and a chart per township; and
 * the 演示 button that turns it into a full-screen presentation.
 */
import { useEffect, useMemo } from 'react';
import { boundsOf } from '../../analysis/bounds-of.ts';
import { evaluateTargets } from '../../analysis/evaluate-targets.ts';
import { scenarioName } from '../../domain/scenario.ts';
import { localTitle } from '../../i18n/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import { formatShare } from '../format.ts';
import { OptimiseOverviewLine } from '../planning/OptimiseOverviewLine.tsx';
import { SeatOutlook } from '../seats/SeatOutlook.tsx';
import { useCoverageTitle } from '../travel/use-coverage-title.ts';
import { useThresholdText } from '../travel/use-threshold-text.ts';
import { useTranslation } from '../use-translation.ts';
import { CoverageChart } from './CoverageChart.tsx';
import { CoverageFigures } from './CoverageFigures.tsx';
import { coverageGoal, districtCoverageRows } from './coverage-chart.ts';
import { EnteredFigures } from './EnteredFigures.tsx';
import { AnalysisPending, DataNote, Presentation, type SlideData } from './Presentation.tsx';
import { TargetList } from './TargetList.tsx';
import { TownshipGrid } from './TownshipGrid.tsx';
import { buildTownshipGrid } from './township-grid.ts';
import './overview.css';

/** Starts the presentation on the district slide, in full screen when the browser allows it. */
function startPresentation(): void {
  useAtlasStore.getState().present({ kind: 'district' });
  try {
    document.documentElement.requestFullscreen().catch(() => undefined);
  } catch {
    // Refused outright (an embedding frame, an old browser): present in the window as it is.
  }
}

/**
 * The overview opens on the whole district, whatever the map showed before (a school chosen on
 * the map screen, a link's camera): the map fits the district in its own, narrower area.
 */
function useFitDistrict(): void {
  useEffect(() => {
    const { district, focusOn } = useAtlasStore.getState();
    if (district) focusOn({ kind: 'bounds', bounds: boundsOf(district) });
  }, []);
}

function OverviewDashboard({ data }: { data: SlideData }) {
  const { t, language } = useTranslation();
  const scenario = useAtlasStore((state) => state.scenario);
  const ruleSet = useAtlasStore((state) => state.ruleSet);
  const thresholdText = useThresholdText();
  const coverageTitle = useCoverageTitle();
  // A published atlas shows the goals and entered figures as published, not as fields.
  const editable = useAtlasStore((state) => !state.viewer);
  const { pair, targets } = data;
  const grid = useMemo(() => (pair ? buildTownshipGrid(pair, scenario.kind) : null), [pair, scenario.kind]);
  const target = formatShare(ruleSet?.settings.coverageTarget ?? null);
  useFitDistrict();
  const planTitle = ruleSet ? localTitle(language, ruleSet) : null;
  return (
    <aside className="overview-panel" data-testid="overview-panel">
      <header className="overview-header">
        <div>
          <h2>{planTitle}</h2>
          <DataNote />
        </div>
        <button
          type="button"
          className="primary present-button"
          title={t('overviewPresentHint')}
          onClick={startPresentation}
          data-testid="present-start"
        >
          ▶ {t('overviewPresent')}
        </button>
      </header>
      <div className="overview-columns">
        <div className="overview-column">
          <section className="overview-section" aria-labelledby="overview-targets">
            <h3 id="overview-targets">
              {t('overviewTargetsTitle')} <small>{t('overviewTargetsNote')}</small>
            </h3>
            <TargetList targets={targets} editable={editable} />
          </section>
          <section className="overview-section" aria-labelledby="overview-figures">
            <h3 id="overview-figures">
              {t('overviewFiguresTitle')} <small>{t('overviewFiguresHelp')}</small>
            </h3>
            <EnteredFigures targets={targets} editable={editable} />
            <SeatOutlook />
          </section>
          <section className="overview-section" aria-labelledby="overview-coverage">
            <h3 id="overview-coverage">{coverageTitle}</h3>
            {pair ? (
              <CoverageFigures rows={districtCoverageRows(pair)} radiusOf={thresholdText} />
            ) : (
              <AnalysisPending />
            )}
            <OptimiseOverviewLine />
          </section>
        </div>
        <div className="overview-column">
          <section className="overview-section" aria-labelledby="overview-grid">
            <h3 id="overview-grid">{t('overviewGridTitle', { scenario: scenarioName(scenario) })}</h3>
            {grid ? (
              <>
                <TownshipGrid grid={grid} shown={scenario.kind} target={target} />
                <p className="grid-notes">
                  <span data-testid="grid-summary">
                    {t('overviewPlanGridSummary', {
                      current: grid.townshipsPassing.current,
                      planned: grid.townshipsPassing.planned,
                      total: grid.rows.length,
                    })}
                  </span>
                  <span className="muted" data-testid="grid-indicator-note">
                    {t('overviewIndicatorNote', { target })}
                  </span>
                  <span className="muted">{t('overviewGridLegend')}</span>
                </p>
              </>
            ) : (
              <AnalysisPending />
            )}
          </section>
          <section className="overview-section">
            {pair && ruleSet ? (
              <CoverageChart pair={pair} goalOf={(kind) => coverageGoal(ruleSet, kind)} />
            ) : null}
          </section>
        </div>
      </div>
    </aside>
  );
}

/** The overview, or while presenting the slide on screen. */
export function OverviewPanel() {
  const presentation = useAtlasStore((state) => state.presentation);
  const pair = useAtlasStore((state) => state.analysis);
  const schools = useAtlasStore((state) => state.schools);
  const ruleSet = useAtlasStore((state) => state.ruleSet);
  const targets = useMemo(() => (ruleSet ? evaluateTargets(schools, ruleSet) : []), [schools, ruleSet]);
  const data: SlideData = { pair, targets };
  return presentation ? <Presentation slide={presentation} data={data} /> : <OverviewDashboard data={data} />;
}
