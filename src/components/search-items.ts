/**
 * What the search box searches, and where a found item takes the map: townships (their
 * boundaries), schools (framed with their township, see frameSchool), villages (a point of an
 * imported village layer when one has the village's name, else its township).
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { boundsOf } from '../analysis/bounds-of.ts';
import { frameSchool } from '../analysis/frame-school.ts';
import type { SearchItem } from '../analysis/search-index.ts';
import { selectActiveBasemap, selectVillagePlaces, type VillagePlace } from '../store/context-selectors.ts';
import type { AtlasState } from '../store/index.ts';
import { selectSchoolTownships } from '../store/selectors.ts';
import type { FocusTarget } from '../store/view-slice.ts';

/** What an item stands for, by group. */
export type SearchTarget =
  | { group: 'township'; code: string }
  | { group: 'school'; index: number }
  | { group: 'village'; name: string; townshipCode: string };

/** The items with what each stands for, in the same order. */
export interface SearchCatalogue {
  items: SearchItem[];
  targets: SearchTarget[];
}

/** The zoom a village with a known point opens at. */
const VILLAGE_ZOOM = 14;

/**
 * The searchable items of a state: townships, schools, the district's villages and the named
 * points of village reference layers that the village list does not have.
 */
export function searchCatalogue(state: AtlasState): SearchCatalogue {
  const items: SearchItem[] = [];
  const targets: SearchTarget[] = [];
  for (const feature of state.townships?.features ?? []) {
    items.push({ group: 'township', name: feature.properties.name, code: feature.properties.code });
    targets.push({ group: 'township', code: feature.properties.code });
  }
  state.schools.forEach((school, index) => {
    items.push({ group: 'school', name: school.name, code: school.code });
    targets.push({ group: 'school', index });
  });
  const known = new Set<string>();
  for (const village of state.villages) {
    items.push({ group: 'village', name: village.name, code: village.code });
    targets.push({ group: 'village', name: village.name, townshipCode: village.townshipCode });
    known.add(villageCore(village.name));
  }
  for (const name of selectVillagePlaces(state).keys()) {
    if (known.has(villageCore(name))) continue;
    items.push({ group: 'village', name, code: '' });
    targets.push({ group: 'village', name, townshipCode: '' });
  }
  return { items, targets };
}

/** The name without the committee's title: 上喜村委会 and 上喜村 are one village. */
function villageCore(name: string): string {
  return name.replace(/(村民委员会|村委会|居委会|居民委员会|社区)$/, '').replace(/村$/, '');
}

function sameVillage(a: string, b: string): boolean {
  return villageCore(a) === villageCore(b) && villageCore(a) !== '';
}

/** The point an imported layer gives a village, matched by its name with or without 村委会. */
export function villagePlace(state: AtlasState, name: string): VillagePlace | null {
  const places = selectVillagePlaces(state);
  const exact = places.get(name);
  if (exact) return exact;
  for (const [placeName, place] of places) if (sameVillage(placeName, name)) return place;
  return null;
}

function townshipFeature(state: AtlasState, code: string): Feature<Polygon | MultiPolygon> | null {
  return state.townships?.features.find((feature) => feature.properties.code === code) ?? null;
}

/** Where the map goes for a found item, and what gets selected. */
export function searchDestination(
  state: AtlasState,
  target: SearchTarget,
): { focus: FocusTarget | null; selection: AtlasState['selection'] } {
  if (target.group === 'township') {
    const feature = townshipFeature(state, target.code);
    return {
      focus: feature ? { kind: 'bounds', bounds: boundsOf(feature) } : null,
      selection: { kind: 'township', code: target.code },
    };
  }
  if (target.group === 'school') {
    const school = state.schools[target.index];
    if (!school) return { focus: null, selection: null };
    const township = townshipFeature(state, selectSchoolTownships(state)[target.index] ?? '');
    return {
      focus: frameSchool(school.lon, school.lat, township, selectActiveBasemap(state) !== null),
      selection: { kind: 'school', code: school.code },
    };
  }
  const place = villagePlace(state, target.name);
  if (place)
    return { focus: { kind: 'point', lon: place.lon, lat: place.lat, zoom: VILLAGE_ZOOM }, selection: null };
  const feature = townshipFeature(state, target.townshipCode);
  return {
    focus: feature ? { kind: 'bounds', bounds: boundsOf(feature) } : null,
    selection: feature ? { kind: 'township', code: target.townshipCode } : null,
  };
}
