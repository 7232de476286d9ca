/**
 * The school icons every map draws — the screen's map, the print preview and the hidden export
 * map — registered in one place: the style names an icon per type and state
 * (`school-primary-planned`), and a map that misses one asks for it; this draws it with the
 * legend's own symbol code at the map's pixel ratio.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { SCHOOL_STATES, type SchoolState, type SchoolTypeCode } from '../domain/school.ts';
import { SOURCE_SCHOOLS } from './layers/ids.ts';
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

/**
 * The school icons a style's own school data draws, each once, in the order first met: what the
 * map would ask for as soon as its worker lays out the first school tiles.
 * @example schoolIconsIn(style) // ['school-primary-existing', 'school-kindergarten-planned', …]
 */
export function schoolIconsIn(style: StyleSpecification): string[] {
  const source = style.sources[SOURCE_SCHOOLS];
  if (source?.type !== 'geojson' || typeof source.data !== 'object') return [];
  const data = source.data;
  if (data.type !== 'FeatureCollection') return [];
  const names = new Set<string>();
  for (const feature of data.features) {
    const icon: unknown = feature.properties?.icon;
    if (typeof icon === 'string' && schoolIconOf(icon)) names.add(icon);
  }
  return [...names];
}

/**
 * Adds, before the map asks, the school icons `style` draws: the worker then finds them listed
 * when it lays out the first school tiles, so no tile waits for the icons to be drawn in the
 * middle of the first load, and the style's transition, which every image added restarts, is over
 * long before the first frame. Returns how many were added.
 */
export function addSchoolIconsOf(map: IconMap, style: StyleSpecification, pixelRatio: number): number {
  let added = 0;
  for (const name of schoolIconsIn(style)) if (addSchoolIcon(map, name, pixelRatio)) added += 1;
  return added;
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
