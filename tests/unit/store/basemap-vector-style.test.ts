/**
 * The vector basemap's style package is a chunk of its own, loaded on demand: a vector archive
 * opened by the user reaches the store only once the package is there, so the map's style, built
 * synchronously from the store, can always draw it.
 */
import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../../src/map/build-style.ts';
import {
  vectorBasemapLayers,
  vectorBasemapStyleLoaded,
} from '../../../src/map/layers/vector-basemap-layers.ts';
import { openBasemapFile } from '../../../src/store/basemap-loading.ts';
import { activeBasemap } from '../../../src/store/context-selectors.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import { tinyBasemap } from '../../fixtures-basemap/tiny-basemap.ts';

describe('the vector basemap style, loaded on demand', () => {
  it('is not loaded by the modules that build the style, and says so rather than draw nothing', () => {
    expect(vectorBasemapStyleLoaded()).toBe(false);
    expect(() => vectorBasemapLayers('basemap', 'Noto Sans Regular')).toThrow(/not loaded/);
  });

  it('is loaded before an opened vector archive reaches the store, so the style draws it at once', async () => {
    const store = createAtlasStore();
    const seen: boolean[] = [];
    const layerCounts: number[] = [];
    store.subscribe((state, previous) => {
      if (state.basemapFile === previous.basemapFile || !state.basemapFile) return;
      seen.push(vectorBasemapStyleLoaded());
      // The file as drawn once chosen (the choice follows the file in the same call).
      const basemap = activeBasemap({ ...state, basemapChoice: { kind: 'file' } });
      const style = buildStyle({
        basemap,
        glyphsUrl: 'http://127.0.0.1:4173/glyphs/{fontstack}/{range}.pbf',
      });
      layerCounts.push(
        style.layers.filter((layer) => 'source' in layer && layer.source === 'basemap').length,
      );
    });
    const file = new File([tinyBasemap(6, 8)], '港南.pmtiles', { lastModified: 0 });
    await openBasemapFile(store, file);
    expect(store.getState().basemapFile?.file.format).toBe('vector');
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every(Boolean)).toBe(true);
    expect(Math.min(...layerCounts)).toBeGreaterThan(5);
  });
});
