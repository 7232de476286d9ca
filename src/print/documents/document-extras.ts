/**
 * What other analyses add to the report from the store's state: the last site suggestion, when
 * it was made from the data now in use. Seat tables come from the seats analysis once it has
 * landed (an empty list until then).
 */
import type { AtlasState } from '../../store/index.ts';
import { isSuggestionStale } from '../../store/suggestion-runner.ts';
import type { PageTable } from '../page-content.ts';
import type { ReportSuggestion } from './build-report-model.ts';

/** Optional tables of other analyses that the report carries when given. */
export interface DocumentExtras {
  seats?: readonly PageTable[];
  suggestion?: ReportSuggestion | null;
}

/** The extras for the report: the suggestion when it is done and still holds. */
export function documentExtras(state: AtlasState): DocumentExtras {
  const { suggestion } = state;
  const fresh = suggestion.status === 'done' && suggestion.result !== null && !isSuggestionStale(state);
  return {
    seats: [],
    suggestion: fresh && suggestion.result ? { result: suggestion.result, quality: null } : null,
  };
}
