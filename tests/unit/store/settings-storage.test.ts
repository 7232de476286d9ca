import { describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../../src/store/index.ts';
import { keepSettings, restoreSettings } from '../../../src/store/settings-storage.ts';

const KEY = 'school-layout-atlas.settings';

/** A Storage kept in a map, as localStorage behaves. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

describe('settings kept in the browser', () => {
  it('restore what was saved', () => {
    const storage = memoryStorage({
      [KEY]: JSON.stringify({ language: 'en', tiandituKey: 'k', basemapEnabled: true }),
    });
    const store = createAtlasStore();
    restoreSettings(store, storage);
    expect(store.getState()).toMatchObject({ language: 'en', tiandituKey: 'k', basemapEnabled: true });
  });

  it('keep the settings a newer version stored when this version saves its own', () => {
    const storage = memoryStorage({
      [KEY]: JSON.stringify({ language: 'zh-CN', tiandituKey: '', printUnit: '港南区教育局' }),
    });
    const store = createAtlasStore();
    restoreSettings(store, storage);
    const stop = keepSettings(store, storage);
    store.getState().setLanguage('en');
    stop();
    expect(JSON.parse(storage.getItem(KEY) ?? '{}')).toEqual({
      language: 'en',
      tiandituKey: '',
      basemapEnabled: false,
      printUnit: '港南区教育局',
    });
  });

  it('write over an entry that is not an object', () => {
    const storage = memoryStorage({ [KEY]: '[1, 2]' });
    const store = createAtlasStore();
    const stop = keepSettings(store, storage);
    store.getState().setLanguage('en');
    stop();
    expect(JSON.parse(storage.getItem(KEY) ?? '{}')).toMatchObject({ language: 'en' });
  });
});
