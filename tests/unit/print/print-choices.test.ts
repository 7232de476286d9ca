/** The print choices in the store: set, reset, kept in the browser, following the screen opened from. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PRINT_CHOICES, readKeptPrintChoices } from '../../../src/domain/print-choices.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import { keepPrintChoices } from '../../../src/store/print-slice.ts';

/** A Storage that keeps its items in a map. */
function memoryStorage(items: Record<string, string> = {}): Storage & { items: Map<string, string> } {
  const map = new Map(Object.entries(items));
  return {
    items: map,
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (index) => [...map.keys()][index] ?? null,
    removeItem: (key) => {
      map.delete(key);
    },
    setItem: (key, value) => {
      map.set(key, value);
    },
  };
}

describe('the print slice', () => {
  it('changes the choices it is given and drops typed texts on reset', () => {
    const store = createAtlasStore();
    expect(store.getState().printChoices).toEqual(DEFAULT_PRINT_CHOICES);
    store.getState().setPrintChoices({ paper: 'a3', title: '自拟标题', unit: '某某教育局' });
    expect(store.getState().printChoices).toMatchObject({
      paper: 'a3',
      title: '自拟标题',
      unit: '某某教育局',
    });
    store.getState().resetPrintTexts();
    expect(store.getState().printChoices).toMatchObject({
      paper: 'a3',
      title: null,
      unit: null,
      source: null,
    });
  });

  it('keeps the sheet and the compiling unit in the browser, and restores only well-formed values', () => {
    const storage = memoryStorage({
      'atlas-print-choices': JSON.stringify({ paper: 'slide', dpi: 600, unit: '某某教育局', title: 'x' }),
    });
    const store = createAtlasStore();
    const stop = keepPrintChoices(store, storage);
    expect(store.getState().printChoices).toMatchObject({
      paper: 'slide',
      dpi: 300,
      unit: '某某教育局',
      title: null,
    });
    store.getState().setPrintChoices({ orientation: 'portrait', title: '不保存的标题' });
    expect(JSON.parse(storage.items.get('atlas-print-choices') ?? '{}')).toEqual({
      paper: 'slide',
      orientation: 'portrait',
      dpi: 300,
      unit: '某某教育局',
      confidential: false,
    });
    stop();
    store.getState().setPrintChoices({ paper: 'a4' });
    expect(JSON.parse(storage.items.get('atlas-print-choices') ?? '{}').paper).toBe('slide');
  });

  it('starts from the defaults when the kept value is unreadable', () => {
    const store = createAtlasStore();
    keepPrintChoices(store, memoryStorage({ 'atlas-print-choices': '{not json' }));
    expect(store.getState().printChoices).toEqual(DEFAULT_PRINT_CHOICES);
    expect(readKeptPrintChoices(null)).toEqual({});
    expect(readKeptPrintChoices({ orientation: 'sideways', confidential: 'yes' })).toEqual({});
  });

  it('prints the analysis layers when opened from 分析, until the user chooses', () => {
    const store = createAtlasStore();
    keepPrintChoices(store, undefined);
    store.getState().setView('analysis');
    store.getState().setView('print');
    expect(store.getState().printChoices.includeAnalysis).toBe(true);
    store.getState().setView('map');
    store.getState().setView('print');
    expect(store.getState().printChoices.includeAnalysis).toBe(false);
    store.getState().setPrintChoices({ includeAnalysis: true });
    store.getState().setView('map');
    store.getState().setView('print');
    expect(store.getState().printChoices.includeAnalysis).toBe(true);
  });
});
