/**
 * What a print carries of the site suggestion and the consolidation proposal in hand: their sites
 * and arrows for the map, and their quality lines (与最优解相差不超过 X%, or 已证明为最优解) for the
 * page's notes and the deck — only while each still holds for the data in use.
 */
import type { FeatureCollection } from 'geojson';
import { kindMessage } from '../analysis/optimise/kind-message.ts';
import { qualityMessage } from '../analysis/optimise/quality-message.ts';
import { type Message, message } from '../domain/message.ts';
import { consolidationFeatures } from '../map/consolidation-features.ts';
import { suggestedSiteFeatures } from '../map/suggested-site-features.ts';
import { isConsolidationStale } from '../store/consolidation-runner.ts';
import type { AtlasState } from '../store/index.ts';
import { isSuggestionStale } from '../store/suggestion-runner.ts';

/** The suggestion and the consolidation as printed. */
export interface PrintedOptimisation {
  suggestedSites: FeatureCollection | null;
  consolidation: FeatureCollection | null;
  /** One line each: what it is and how good it is. */
  lines: Message[];
}

/**
 * The suggestion (done, with picks) and the consolidation proposal of the state, each left out
 * once stale; null when neither is in hand.
 * @example printedOptimisation(state)?.lines // [{ key: 'optimiseOverviewSuggestion', … }]
 */
export function printedOptimisation(state: AtlasState): PrintedOptimisation | null {
  const { suggestion, consolidationPlan } = state;
  const result =
    suggestion.status === 'done' &&
    suggestion.result &&
    suggestion.result.picks.length > 0 &&
    !isSuggestionStale(state)
      ? suggestion.result
      : null;
  const plan = consolidationPlan && !isConsolidationStale(state) ? consolidationPlan : null;
  if (!result && !plan) return null;
  const lines: Message[] = [];
  if (result) {
    lines.push(
      message('optimiseOverviewSuggestion', {
        kind: kindMessage(result.kind),
        count: result.picks.length,
        quality: qualityMessage(result.quality),
      }),
    );
  }
  if (plan) {
    lines.push(
      message('optimiseOverviewConsolidation', {
        closed: plan.result.closed.length,
        quality: qualityMessage(plan.result.quality),
      }),
    );
  }
  return {
    suggestedSites: result ? suggestedSiteFeatures(result.picks) : null,
    consolidation: plan ? consolidationFeatures(plan.result.closed) : null,
    lines,
  };
}
