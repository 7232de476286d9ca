/** The place search box's input, the same whether its search has loaded or not (`SearchBoxOnUse`). */
import type { useTranslation } from './use-translation.ts';

/** What the box's input is, loaded or not: its kind, its label and its test id. */
export function searchInputBasics(t: ReturnType<typeof useTranslation>['t']) {
  const label = t('placeSearchPlaceholder');
  return { type: 'search', placeholder: label, 'aria-label': label, 'data-testid': 'search-input' } as const;
}
