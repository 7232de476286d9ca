/**
 * The presentation: full screen, large type, one slide at a time beside the map — the district's
 * targets and figures, then every township with its rules, coverage and schools. The keys and the
 * buttons move through the slides; Esc or 退出 ends it. Each slide selects its township and zooms
 * the map to it, also when a link opens the presentation on that slide.
 */
import { useEffect, useMemo } from 'react';
import type { TargetProgress } from '../../analysis/evaluate-targets.ts';
import type { AnalysisPair } from '../../analysis/run-analysis-pair.ts';
import { describePopulation } from '../../domain/population.ts';
import { scenarioName } from '../../domain/scenario.ts';
import { isSampleRoster, SCHOOL_TYPES } from '../../domain/school.ts';
import { schoolTypeLabel } from '../../i18n/index.ts';
import { useAtlasStore } from '../../store/index.ts';
import type { PresentationSlide } from '../../store/view-slice.ts';
import { formatCount } from '../format.ts';
import { ScenarioSwitch } from '../ScenarioSwitch.tsx';
import { SeatSlideTable } from '../seats/SeatSlideTable.tsx';
import { useCostFormat } from '../travel/use-cost-format.ts';
import { useCoverageTitle } from '../travel/use-coverage-title.ts';
import { useRuleTitle } from '../travel/use-rule-title.ts';
import { useThresholdText } from '../travel/use-threshold-text.ts';
import { useTranslation } from '../use-translation.ts';
import { CoverageFigures } from './CoverageFigures.tsx';
import { districtCoverageRows, townshipCoverageRows } from './coverage-chart.ts';
import { EnteredFigures } from './EnteredFigures.tsx';
import { ruleFigures } from './overview-text.ts';
import {
  presentationKeyAction,
  presentationSlides,
  slideAfter,
  slidePosition,
} from './presentation-slides.ts';
import { TargetList } from './TargetList.tsx';
import { RuleMark } from './TownshipGrid.tsx';
import { buildTownshipGrid } from './township-grid.ts';
import { useOpenTownship } from './use-open-township.ts';

/** What the overview computed once, shared by its slides. */
export interface SlideData {
  pair: AnalysisPair | null;
  targets: readonly TargetProgress[];
}

/**
 * A line saying which data the figures come from: 示例数据 and the population in use; `brief`
 * keeps only the label's first clause (示例/模型估算（非统计数据）), which a slide has room for.
 */
export function DataNote({ brief = false }: { brief?: boolean }) {
  const { t, tv } = useTranslation();
  const sample = useAtlasStore((state) => isSampleRoster(state.schools));
  const population = useAtlasStore((state) => state.population);
  const analysed = useAtlasStore((state) => state.analysis?.current.population.description);
  // The analysis says how the population was used (a township table spread by a model); a slide
  // has room for its name only.
  const description =
    population &&
    (brief ? describePopulation(population, true) : (analysed ?? describePopulation(population)));
  const label = description ? tv(description) : null;
  return (
    <p className="overview-data-note">
      {sample ? (
        <span className="sample-badge" title={t('sampleBadgeTitle')} data-testid="overview-sample-badge">
          {t('sampleBadge')}
        </span>
      ) : null}
      {label ? <span data-testid="overview-population-label">{t('populationInUse', { label })}</span> : null}
    </p>
  );
}

/** Said where the analysis is still running (or failed) instead of its figures. */
export function AnalysisPending() {
  const { t } = useTranslation();
  const status = useAtlasStore((state) => state.analysisStatus);
  const error = useAtlasStore((state) => state.analysisError);
  return (
    <p className="muted" role="status">
      {status === 'error'
        ? t('withReason', { what: t('analysisFailed'), reason: error ?? '' })
        : t('analysisRunning')}
    </p>
  );
}

function DistrictSlide({ data }: { data: SlideData }) {
  const { t } = useTranslation();
  const districtName = useAtlasStore((state) => state.dataset?.districtName ?? '');
  const thresholdText = useThresholdText();
  const coverageTitle = useCoverageTitle();
  const planTitle = useAtlasStore((state) => state.ruleSet?.title ?? '');
  const { pair } = data;
  // Only the counts of townships passing are read here, the same from either scenario's grid.
  const grid = useMemo(() => (pair ? buildTownshipGrid(pair, 'current') : null), [pair]);
  return (
    <>
      <header className="slide-header">
        <h2 data-testid="slide-title">{t('presentationDistrictTitle', { district: districtName })}</h2>
        <p className="slide-subtitle">{planTitle}</p>
      </header>
      <div className="slide-columns">
        <div>
          <section className="slide-section">
            <h3>{t('overviewTargetsTitle')}</h3>
            <TargetList targets={data.targets} editable={false} />
          </section>
          <SeatSlideTable code={null} />
        </div>
        <div>
          <section className="slide-section">
            <h3>{t('overviewFiguresTitle')}</h3>
            <EnteredFigures targets={data.targets} editable={false} />
          </section>
          <section className="slide-section">
            <h3>{coverageTitle}</h3>
            {pair && grid ? (
              <>
                <CoverageFigures rows={districtCoverageRows(pair)} radiusOf={thresholdText} />
                <p className="slide-summary" data-testid="slide-townships-passing">
                  {t('overviewPlanGridSummary', {
                    current: grid.townshipsPassing.current,
                    planned: grid.townshipsPassing.planned,
                    total: grid.rows.length,
                  })}
                </p>
              </>
            ) : (
              <AnalysisPending />
            )}
          </section>
        </div>
      </div>
    </>
  );
}

function TownshipSlide({ code, data }: { code: string; data: SlideData }) {
  const { t, tm, language } = useTranslation();
  const ruleTitle = useRuleTitle();
  const cost = useCostFormat();
  const coverageTitle = useCoverageTitle();
  const scenario = useAtlasStore((state) => state.scenario);
  const feature = useAtlasStore((state) =>
    state.townships?.features.find((item) => item.properties.code === code),
  );
  const { pair } = data;
  const name = feature?.properties.name ?? code;
  const grid = useMemo(() => (pair ? buildTownshipGrid(pair, scenario.kind) : null), [pair, scenario.kind]);
  const row = grid?.rows.find((item) => item.code === code);
  const columns = grid?.columns ?? [];
  const township = pair?.[scenario.kind].townships.find((item) => item.code === code);
  const shownName = tm(scenarioName(scenario));
  return (
    <>
      <header className="slide-header">
        <h2 data-testid="slide-title">{name}</h2>
        <p className="slide-subtitle">
          {feature?.properties.urban ? t('urban') : t('rural')}
          {township?.populous ? ` · ${t('populousTag')}` : ''}
          {township ? ` · ${t('presentationPopulation', { count: formatCount(township.population) })}` : ''}
        </p>
      </header>
      {pair && row && township ? (
        <>
          <section className="slide-section">
            <h3>{t('presentationRulesTitle', { scenario: shownName })}</h3>
            <ul className="slide-rules" data-testid="slide-rules">
              {row.cells.map((cell, index) => {
                const column = columns[index];
                const title = column ? ruleTitle(column) : '';
                return (
                  <li
                    key={cell.ruleId}
                    className={`slide-rule ${cell.status}`}
                    data-rule={cell.ruleId}
                    data-status={cell.status}
                  >
                    <span className="slide-rule-mark">
                      <RuleMark cell={cell} shown={scenario.kind} />
                    </span>
                    <span className="slide-rule-title">{title}</span>
                    <span className="slide-rule-figures">
                      {cell.status === 'na' ? t('printNotApplicable') : ruleFigures(cell)}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
          <section className="slide-section">
            <h3>{coverageTitle}</h3>
            <CoverageFigures
              rows={townshipCoverageRows(pair, code)}
              radiusOf={(kind) => [
                t(cost.unit === 'minutes' ? 'travelPresentationThreshold' : 'presentationRadius', {
                  radius: cost.format(township.coverage[kind].radius),
                }),
              ]}
            />
          </section>
          <SeatSlideTable code={code} />
          <section className="slide-section">
            <h3>{t('presentationSchoolsTitle', { scenario: shownName, count: township.counts.total })}</h3>
            <ul className="slide-schools" data-testid="slide-schools">
              {SCHOOL_TYPES.filter((type) => township.counts.types[type] > 0).map((type) => (
                <li key={type}>
                  {schoolTypeLabel(language, type)} <b>{township.counts.types[type]}</b>
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : (
        <AnalysisPending />
      )}
    </>
  );
}

/** The slide on screen and the controls to move on. */
export function Presentation({ slide, data }: { slide: PresentationSlide; data: SlideData }) {
  const { t } = useTranslation();
  const townships = useAtlasStore((state) => state.townships);
  const present = useAtlasStore((state) => state.present);
  const open = useOpenTownship();
  const slides = useMemo(
    () => presentationSlides(townships?.features.map((feature) => feature.properties.code) ?? []),
    [townships],
  );
  const position = slidePosition(slides, slide);
  const shown = slides[position] ?? slide;
  const shownCode = shown.kind === 'township' ? shown.code : null;

  const slideFound = slide.kind === 'district' || slide.code === shownCode;
  // A link to a township the data does not have lands on the district slide; the URL says so too.
  useEffect(() => {
    if (townships && !slideFound) present(shown);
  }, [townships, slideFound, shown, present]);

  useEffect(() => {
    // On a first load from a link the map is created by a sibling in this same commit, after this
    // effect: ask for the camera once it is listening.
    const timer = window.setTimeout(() => open(shownCode), 0);
    return () => window.clearTimeout(timer);
  }, [shownCode, open]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      // Typing and choosing keep their keys; Space and Enter on a button press that button.
      if (target?.closest('input, select, textarea')) return;
      if ((event.key === ' ' || event.key === 'Enter') && target?.closest('button')) return;
      const action = presentationKeyAction(event.key);
      const current = useAtlasStore.getState().presentation;
      if (!action || !current) return;
      event.preventDefault();
      present(slideAfter(slides, current, action));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slides, present]);

  useEffect(() => {
    // Leaving full screen (the browser's own Esc) ends the presentation; ending it leaves full screen.
    let entered = document.fullscreenElement !== null;
    const onChange = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) useAtlasStore.getState().present(null);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  const name =
    shownCode === null
      ? t('districtRow')
      : (townships?.features.find((feature) => feature.properties.code === shownCode)?.properties.name ?? '');
  return (
    <aside
      className="overview-panel presentation"
      aria-label={t('presentationLabel')}
      data-testid="presentation"
      data-slide={shownCode ?? 'district'}
    >
      <div className="slide" key={shownCode ?? 'district'}>
        {shownCode === null ? <DistrictSlide data={data} /> : <TownshipSlide code={shownCode} data={data} />}
        <DataNote brief />
      </div>
      <nav className="slide-controls" aria-label={t('presentationLabel')}>
        <button
          type="button"
          onClick={() => present(slideAfter(slides, shown, 'previous'))}
          disabled={position === 0}
          data-testid="slide-previous"
        >
          ← {t('presentationPrevious')}
        </button>
        <span className="slide-position" data-testid="slide-position">
          {t('presentationPosition', { position: position + 1, total: slides.length })} · {name}
        </span>
        <button
          type="button"
          onClick={() => present(slideAfter(slides, shown, 'next'))}
          disabled={position === slides.length - 1}
          data-testid="slide-next"
        >
          {t('presentationNext')} →
        </button>
        <ScenarioSwitch />
        <span className="slide-keys">{t('presentationKeys')}</span>
        <button type="button" className="slide-exit" onClick={() => present(null)} data-testid="slide-exit">
          {t('presentationExit')}
        </button>
      </nav>
    </aside>
  );
}
