/** Derived values of the context slice: the basemap on the map, the villages' places for search. */
import { type ActiveBasemap, basemapFileKey } from '../domain/basemap.ts';
import type { AtlasState } from './index.ts';
import { memoize } from './selectors.ts';

/** The parts of the state the active basemap depends on. */
export type BasemapState = Pick<
  AtlasState,
  'basemapEnabled' | 'tiandituKey' | 'basemapChoice' | 'basemapFile' | 'basemapServices'
>;

/**
 * The basemap the map draws: the online Tianditu when it is switched on with a key, else the
 * chosen file or configured service when it is there; null for none (the plain offline map).
 */
export function activeBasemap(state: BasemapState): ActiveBasemap | null {
  const { basemapChoice: choice, basemapFile: opened } = state;
  if (state.basemapEnabled && state.tiandituKey.trim() !== '')
    return { kind: 'tianditu', key: state.tiandituKey.trim() };
  if (choice.kind === 'file' && opened) {
    return {
      kind: 'archive',
      url: `pmtiles://${basemapFileKey(opened.file)}`,
      info: opened.file,
      name: opened.file.name,
    };
  }
  if (choice.kind === 'service') {
    const service = state.basemapServices.find((item) => item.id === choice.id);
    if (service) return { kind: 'service', service };
  }
  return null;
}

/** {@link activeBasemap}, the same object while its inputs are unchanged. */
export const selectActiveBasemap: (state: AtlasState) => ActiveBasemap | null = memoize(
  (state) =>
    [
      state.basemapEnabled,
      state.tiandituKey,
      state.basemapChoice,
      state.basemapFile,
      state.basemapServices,
    ] as const,
  (_inputs, state) => activeBasemap(state),
);

/** A place for a village: a point of a visible reference layer whose label is the village's name. */
export interface VillagePlace {
  lon: number;
  lat: number;
  /** The reference layer's name. */
  layer: string;
}

/** Village places by name, from the point features of the visible reference layers that have labels. */
export const selectVillagePlaces: (state: AtlasState) => ReadonlyMap<string, VillagePlace> = memoize(
  (state) => [state.referenceLayers] as const,
  ([layers]) => {
    const places = new Map<string, VillagePlace>();
    for (const layer of layers) {
      if (!layer.labelField) continue;
      for (const feature of layer.features.features) {
        if (feature.geometry.type !== 'Point') continue;
        const name = feature.properties[layer.labelField];
        const [lon, lat] = feature.geometry.coordinates;
        if (typeof name !== 'string' || name === '' || lon === undefined || lat === undefined) continue;
        if (!places.has(name)) places.set(name, { lon, lat, layer: layer.name });
      }
    }
    return places;
  },
);
