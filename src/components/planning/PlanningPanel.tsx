/**
 * The 选址 screen's left panel: candidate sites (what-if) and the suggestion form, with the
 * scenario they are weighed against and the population in use.
 */
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { describePopulation } from '../../domain/population.ts';
import { scenarioName } from '../../domain/scenario.ts';
import { useAtlasStore } from '../../store/index.ts';
import { openSuggestionScreen } from '../../store/suggestion-runner.ts';
import { useTranslation } from '../use-translation.ts';
import { CandidateList } from './CandidateList.tsx';
import { ConsolidationPanel } from './ConsolidationPanel.tsx';
import './planning.css';
import { SuggestionForm } from './SuggestionForm.tsx';

const TAB_LABELS = {
  candidates: 'planningTabCandidates',
  suggest: 'planningTabSuggest',
  consolidate: 'optimiseTabConsolidate',
} as const;

export function PlanningPanel() {
  const { t, tm, tv } = useTranslation();
  const { tab, scenario, population, viewer } = useAtlasStore(
    useShallow((state) => ({
      tab: state.planningTab,
      scenario: state.scenario,
      population: state.population,
      viewer: state.viewer,
    })),
  );
  const { setPlanningTab } = useAtlasStore.getState();
  // The suggestion worker prepares the lists' lattice as the screen opens, and lives on between
  // requests of this screen, not after it.
  useEffect(() => openSuggestionScreen(useAtlasStore), []);
  return (
    <aside className="left-panel planning-panel" data-testid="planning-panel">
      <div className="planning-tabs" role="tablist">
        {(['candidates', 'suggest', 'consolidate'] as const).map((item) => (
          <button
            key={item}
            type="button"
            role="tab"
            aria-selected={tab === item}
            className={tab === item ? 'on' : ''}
            onClick={() => setPlanningTab(item)}
            data-testid={`planning-tab-${item}`}
          >
            {t(TAB_LABELS[item])}
          </button>
        ))}
      </div>
      {viewer ? (
        // A published atlas keeps no changes: leaders try sites in a meeting, and nothing of it stays.
        <p className="planning-what-if" role="note" data-testid="planning-what-if">
          {t('publishViewerWhatIf')}
        </p>
      ) : null}
      <p className="planning-basis" data-testid="planning-basis">
        {t('planningBasis', { scenario: tm(scenarioName(scenario)) })}
        <br />
        <span className="muted">
          {t('planningPopulation', { label: population ? tv(describePopulation(population)) : '' })}
        </span>
      </p>
      {tab === 'candidates' ? (
        <CandidateList />
      ) : tab === 'suggest' ? (
        <SuggestionForm />
      ) : (
        <ConsolidationPanel />
      )}
    </aside>
  );
}
