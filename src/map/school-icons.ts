/**
 * The school icons every map draws — the screen's map, the print preview and the hidden export
 * map — registered in one place: the style names an icon per type and state
 * (`school-primary-planned`), and a map that misses one asks for it; this draws it with the
 * legend's own symbol code at the map's pixel ratio.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { SCHOOL_STATES, type SchoolState, type SchoolTypeCode } from '../domain/school.ts';
import { renderSchoolSymbol } from './symbols.ts';
import { DEFAULT_THEME, schoolIconName, type Theme } from './theme.ts';

/** The map calls icon registration makes. */
export type IconMap = Pick<MapLibreMap, 'hasImage' | 'addImage' | 'listImages' | 'removeImage' | 'on'>;

/** A school icon's type and state. */
export interface SchoolIcon {
  type: SchoolTypeCode;
  state: SchoolState;
}

/** Every icon name the theme can ask for, so a name is recognised without parsing it. */
function iconsOf(theme: Theme): ReadonlyMap<string, SchoolIcon> {
  const icons = new Map<string, SchoolIcon>();
  for (const type of Object.keys(theme.schoolTypes) as SchoolTypeCode[]) {
    for (const state of SCHOOL_STATES) icons.set(schoolIconName(type, state), { type, state });
  }
  return icons;
}

const DEFAULT_ICONS = iconsOf(DEFAULT_THEME);

/**
 * The type and state of a school icon name, or null for any other image name.
 * @example schoolIconOf('school-primary-planned') // { type: 'primary', state: 'planned' }
 */
export function schoolIconOf(name: string): SchoolIcon | null {
  return DEFAULT_ICONS.get(name) ?? null;
}

/**
 * Adds the school icon `name` at `pixelRatio` (rounded up, so symbols stay sharp on screen and on
 * paper); ignores names that are not school icons or are there already. Returns whether it added.
 */
export function addSchoolIcon(map: IconMap, name: string, pixelRatio: number): boolean {
  const icon = schoolIconOf(name);
  if (!icon || map.hasImage(name)) return false;
  const ratio = Math.max(1, Math.ceil(pixelRatio));
  map.addImage(name, renderSchoolSymbol(DEFAULT_THEME.schoolTypes[icon.type], icon.state, ratio), {
    pixelRatio: ratio,
  });
  return true;
}

/** Removes every school icon, so the map asks for them again (at a new pixel ratio). */
export function removeSchoolIcons(map: IconMap): void {
  for (const name of map.listImages()) {
    if (schoolIconOf(name)) map.removeImage(name);
  }
}

/**
 * Draws school icons whenever the map asks for one, at the ratio `pixelRatio()` gives then.
 * Returns the function that stops it.
 */
export function registerSchoolIcons(map: IconMap, pixelRatio: () => number): () => void {
  const subscription = map.on('styleimagemissing', (event) => {
    addSchoolIcon(map, event.id, pixelRatio());
  });
  return () => subscription.unsubscribe();
}
