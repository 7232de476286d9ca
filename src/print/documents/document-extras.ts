/**
 * What other analyses add to the report from the store's state: the last site suggestion, when
 * it was made from the data now in use, and the seat tables of the scenario's forecast when the
 * seat analysis has run.
 */
import { qualityMessage } from '../../analysis/optimise/quality-message.ts';
import { translateMessage } from '../../i18n/index.ts';
import type { AtlasState } from '../../store/index.ts';
import { isSuggestionStale } from '../../store/suggestion-runner.ts';
import type { PageTable } from '../page-content.ts';
import { seatReportTables } from '../seat-report-tables.ts';
import type { ReportSuggestion } from './build-report-model.ts';

/** Optional tables of other analyses that the report carries when given. */
export interface DocumentExtras {
  seats?: readonly PageTable[];
  suggestion?: ReportSuggestion | null;
}

/**
 * The extras for the report: the seat tables, and the suggestion when it is done and still holds,
 * with its quality line (与最优解相差不超过 X%, or 已证明为最优解) as the 选址 panel shows it.
 */
export function documentExtras(state: AtlasState): DocumentExtras {
  const { suggestion } = state;
  const fresh = suggestion.status === 'done' && suggestion.result !== null && !isSuggestionStale(state);
  const result = fresh ? suggestion.result : null;
  return {
    seats: state.seatAnalysis
      ? seatReportTables(state.seatAnalysis[state.scenario.kind], state.scenario, state.language)
      : [],
    suggestion: result
      ? { result, quality: translateMessage(state.language, qualityMessage(result.quality)) }
      : null,
  };
}
