/** Feature-state for the print maps (the hidden export map and the preview). */
import type { Map as MapLibreMap } from 'maplibre-gl';

/** A feature-state to set on a print map. */
export interface FeatureStateEntry {
  source: string;
  id: string | number;
  state: Record<string, unknown>;
}

/** Replaces the feature-state of the given sources with `entries`. */
export function applyFeatureStates(
  map: Pick<MapLibreMap, 'getSource' | 'removeFeatureState' | 'setFeatureState'>,
  sources: readonly string[],
  entries: readonly FeatureStateEntry[],
): void {
  for (const source of sources) {
    if (map.getSource(source)) map.removeFeatureState({ source });
  }
  for (const entry of entries) {
    if (map.getSource(entry.source)) map.setFeatureState({ source: entry.source, id: entry.id }, entry.state);
  }
}
