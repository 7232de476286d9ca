/** The two tables the print view exports, from the store's current state. */
import { evaluateTargets } from '../../analysis/evaluate-targets.ts';
import type { AtlasState } from '../../store/index.ts';
import { selectScenarioAnalysis } from '../../store/selectors.ts';
import { planProgressTable } from './plan-progress-table.ts';
import type { SheetTable } from './sheet-table.ts';
import { townshipResultsTable } from './township-results-table.ts';

/** The township results (null before the first analysis) and the plan progress (null without rules). */
export function tablesForState(
  state: AtlasState,
  date: Date,
): { townships: SheetTable | null; progress: SheetTable | null } {
  const analysis = selectScenarioAnalysis(state);
  const districtName = state.dataset?.districtName ?? '';
  return {
    townships: analysis ? townshipResultsTable(analysis, districtName, date) : null,
    progress: state.ruleSet
      ? planProgressTable(
          evaluateTargets(state.schools, state.ruleSet),
          state.ruleSet.title,
          state.scenario,
          date,
        )
      : null,
  };
}
