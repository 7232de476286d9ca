/** The one app store, built from typed slices. The map instance is never kept here. */
import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createDataSlice, type DataSlice } from './data-slice.ts';
import { createViewSlice, type ViewSlice } from './view-slice.ts';

/** The whole app state. */
export type AtlasState = DataSlice & ViewSlice;

/** Creates a store; the app uses {@link useAtlasStore}, tests make their own. */
export function createAtlasStore() {
  return create<AtlasState>()(
    subscribeWithSelector((...args) => ({
      ...createDataSlice(...args),
      ...createViewSlice(...args),
    })),
  );
}

/** The app's store. */
export const useAtlasStore = createAtlasStore();

/** The store's type, for code that receives it (the map bridge). */
export type AtlasStore = typeof useAtlasStore;
