/** What the store's travel-time choice means for the analysis: the model in effect and the roads it needs. */
import type { FeatureCollection } from 'geojson';
import type { AnalysisInput } from '../analysis/analyze-district.ts';
import { gapFeatures } from '../analysis/gap-points.ts';
import { type DistanceModel, STRAIGHT_LINE } from '../domain/distance-model.ts';
import type { AtlasState } from './index.ts';
import { memoize, selectScenarioAnalysis } from './selectors.ts';

/**
 * The distance model the analysis uses: the one chosen, or the straight line while road time is
 * chosen but no road network is loaded (a link may ask for road time before one is imported).
 */
export function selectDistance(state: Pick<AtlasState, 'distance' | 'roads'>): DistanceModel {
  return state.distance.model === 'road' && state.roads ? state.distance : STRAIGHT_LINE;
}

/** The distance part of an analysis input: the model in effect and, for road time, the network. */
export function distanceInput(
  state: Pick<AtlasState, 'distance' | 'roads' | 'barriers'>,
): Pick<AnalysisInput, 'distance' | 'roads'> {
  const distance = selectDistance(state);
  return {
    distance,
    roads:
      distance.model === 'road' && state.roads ? { network: state.roads, barriers: state.barriers } : null,
  };
}

/** With road time: the people the straight line covers and the road does not, for the chosen kind. */
export const selectHiddenGapFeatures: (state: AtlasState) => FeatureCollection = memoize(
  (state) => [selectScenarioAnalysis(state), state.analysisKind] as const,
  ([analysis, kind]) => gapFeatures(analysis?.detour?.[kind].hiddenGaps, 'minutes'),
);
