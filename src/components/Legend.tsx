/** The map legend: every school type and state with live counts of what is drawn, and the lines. */
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SCHOOL_STATES, SCHOOL_TYPE_CODES, SCHOOL_TYPES } from '../domain/school.ts';
import { schoolStateLabel, schoolTypeLabel } from '../i18n/index.ts';
import { useAtlasStore } from '../store/index.ts';
import { selectVisibleSchoolCounts } from '../store/selectors.ts';
import { selectDistance } from '../store/travel-selectors.ts';
import type { AppView } from '../store/view-slice.ts';
import { SymbolIcon } from './SymbolIcon.tsx';
import { TravelLegend } from './travel/TravelLegend.tsx';
import { useTranslation } from './use-translation.ts';

export function Legend() {
  const { t, language } = useTranslation();
  const { schools, counts, townships } = useAtlasStore(
    useShallow((state) => ({
      schools: state.schools,
      counts: selectVisibleSchoolCounts(state),
      townships: state.townships,
    })),
  );
  const presentTypes = useMemo(() => {
    const present = new Set(schools.map((school) => school.type));
    return SCHOOL_TYPES.filter((type) => present.has(type));
  }, [schools]);
  const approximate = townships?.features.some((feature) => feature.properties.approximate) ?? false;
  const view = useAtlasStore((state) => state.view);
  const analysisLayers = useAtlasStore((state) => state.analysisLayers);
  const roadTime = useAtlasStore((state) => selectDistance(state).model === 'road');
  // The analysis view has less map to spare: its legend starts folded; each view keeps its own.
  const [collapsedByView, setCollapsedByView] = useState<Record<AppView, boolean>>({
    map: false,
    analysis: true,
    seats: true,
    planning: true,
    overview: true,
    print: false,
  });
  const collapsed = collapsedByView[view];
  const setCollapsed = (change: (value: boolean) => boolean) =>
    setCollapsedByView((value) => ({ ...value, [view]: change(value[view]) }));

  return (
    <section className="legend" aria-label={t('legendTitle')} data-testid="legend">
      <div className="panel-heading">
        <h2>{t('legendTitle')}</h2>
        <button
          type="button"
          className="link"
          aria-expanded={!collapsed}
          onClick={() => setCollapsed((value) => !value)}
        >
          {collapsed ? t('legendExpand') : t('legendCollapse')}
        </button>
      </div>
      <p className="legend-total" data-testid="legend-total">
        {t('legendShown', { shown: counts.total, total: schools.length })}
      </p>
      {approximate && collapsed ? <p className="legend-note">{t('approximateShort')}</p> : null}
      <div hidden={collapsed}>
        <ul>
          {presentTypes.map((type) => (
            <li key={type} data-testid={`legend-type-${type}`}>
              <SymbolIcon type={SCHOOL_TYPE_CODES[type]} />
              <span>{schoolTypeLabel(language, type)}</span>
              <span className="count" data-testid="count">
                {counts.types[type]}
              </span>
            </li>
          ))}
        </ul>
        <ul>
          {SCHOOL_STATES.map((state) => (
            <li key={state} data-testid={`legend-state-${state}`}>
              <SymbolIcon type="primary" state={state} />
              <span>{schoolStateLabel(language, state)}</span>
              <span className="count" data-testid="count">
                {counts.states[state]}
              </span>
            </li>
          ))}
        </ul>
        <ul className="legend-lines">
          <li>
            <span className="line-sample district" />
            <span>{t('legendDistrict')}</span>
          </li>
          <li>
            <span className={`line-sample township${approximate ? ' dashed' : ''}`} />
            <span>{approximate ? t('legendTownshipApproximate') : t('legendTownshipOfficial')}</span>
          </li>
        </ul>
        {view === 'analysis' || view === 'planning' || view === 'overview' ? (
          <ul className="legend-analysis" data-testid="legend-analysis">
            {view === 'planning' ? (
              <>
                <li>
                  <span className="swatch candidate" />
                  <span>{t('legendCandidate')}</span>
                </li>
                <li>
                  <span className="swatch suggested" />
                  <span>{t('legendSuggestedSite')}</span>
                </li>
              </>
            ) : null}
            {analysisLayers.circles && view !== 'overview' && !roadTime ? (
              <li>
                <span className="swatch circle" />
                <span>{t('layer_circles')}</span>
              </li>
            ) : null}
            {analysisLayers.gaps && view !== 'overview' ? (
              <li>
                <span className="swatch gap" />
                <span>{t('layer_gaps')}</span>
              </li>
            ) : null}
            {analysisLayers.ruleFill || view === 'overview' ? (
              <>
                <li>
                  <span className="swatch pass" />
                  <span>{t('legendRulePass')}</span>
                </li>
                <li>
                  <span className="swatch fail-one" />
                  <span>{t('legendRuleFailOne')}</span>
                </li>
                <li>
                  <span className="swatch fail-many" />
                  <span>{t('legendRuleFailMany')}</span>
                </li>
              </>
            ) : null}
            {view === 'overview' ? null : (
              <li>
                <span className="swatch flag" />
                <span>{t('legendSchoolFlag')}</span>
              </li>
            )}
          </ul>
        ) : null}
        <TravelLegend />
        {approximate ? (
          <p className="legend-note" data-testid="approximate-note">
            {t('approximateNote')}
          </p>
        ) : null}
      </div>
    </section>
  );
}
