/** A site suggestion as the optimiser returns it, for the tests of what the documents make of one. */
import type { SuggestionResult } from '../../../../src/analysis/plan-suggestion.ts';

/** A coverage suggestion by swap with no picks and a 1 % gap; `overrides` replaces fields. */
export function suggestionResult(overrides: Partial<SuggestionResult> = {}): SuggestionResult {
  return {
    kind: 'primary',
    objective: 'coverage',
    method: 'swap',
    quality: { value: 99, bound: 100, gap: 0.01, optimal: false, boundSource: 'lagrangian' },
    picks: [],
    population: 1000,
    coveredBefore: 800,
    coveredAfter: 900,
    meanDistanceBefore: null,
    meanDistanceAfter: null,
    candidatesConsidered: 10,
    candidatesExcluded: { township: 0, distance: 0, sites: 0 },
    requiredTownships: [],
    targets: null,
    seats: null,
    evaluations: 10,
    exchanges: 0,
    stopped: null,
    exact: null,
    exactEstimate: { seconds: 1, offered: true },
    comparison: [],
    messages: [],
    ...overrides,
  };
}
