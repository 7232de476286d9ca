/**
 * School icons and feature-state for the print maps (the hidden export map and the preview),
 * drawn with the same symbol code as the main map's bridge.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { SCHOOL_STATES, type SchoolState, type SchoolTypeCode } from '../domain/school.ts';
import { renderSchoolSymbol } from '../map/symbols.ts';
import { DEFAULT_THEME } from '../map/theme.ts';

const SCHOOL_ICON = /^school-([a-z-]+)-(existing|planned|construction|completed|renovation)$/;

/** A feature-state to set on a print map. */
export interface FeatureStateEntry {
  source: string;
  id: string | number;
  state: Record<string, unknown>;
}

/**
 * Adds the school icon `name` to the map at `pixelRatio` (rounded up, so symbols stay sharp on
 * paper); ignores names that are not school icons or already there.
 */
export function addSchoolIcon(map: MapLibreMap, name: string, pixelRatio: number): void {
  const match = SCHOOL_ICON.exec(name);
  if (!match || map.hasImage(name)) return;
  const type = match[1] as SchoolTypeCode;
  const state = match[2] as SchoolState;
  const style = DEFAULT_THEME.schoolTypes[type];
  if (!style || !SCHOOL_STATES.includes(state)) return;
  const ratio = Math.max(1, Math.ceil(pixelRatio));
  map.addImage(name, renderSchoolSymbol(style, state, ratio), { pixelRatio: ratio });
}

/** Removes every school icon, so the map asks for them again (at a new pixel ratio). */
export function removeSchoolIcons(map: MapLibreMap): void {
  for (const name of map.listImages()) {
    if (SCHOOL_ICON.test(name)) map.removeImage(name);
  }
}

/** Replaces the feature-state of the given sources with `entries`. */
export function applyFeatureStates(
  map: MapLibreMap,
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
