/**
 * The language on screen only once its catalogue is at hand: chosen before it is loaded, the
 * store keeps Chinese until the load ends, then shows the choice; a failed load leaves Chinese.
 */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/i18n/index.ts';
import { type CatalogueSource, keepCatalogueLoaded } from '../../../src/store/catalogue-loading.ts';
import { createAtlasStore } from '../../../src/store/index.ts';

/** A catalogue source whose English arrives (or fails) when the test says so. */
function pendingSource(): CatalogueSource & { finish(ok: boolean): Promise<void>; loads: number } {
  const loaded = new Set<Language>(['zh-CN']);
  let settle: ((ok: boolean) => void) | null = null;
  const source = {
    loads: 0,
    has: (language: Language) => loaded.has(language),
    load(language: Language) {
      source.loads++;
      return new Promise<void>((resolve, reject) => {
        settle = (ok) => {
          if (ok) {
            loaded.add(language);
            resolve();
          } else reject(new Error('chunk unreachable'));
        };
      });
    },
    async finish(ok: boolean) {
      settle?.(ok);
      // Lets the promise's handlers run.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
  return source;
}

describe('keepCatalogueLoaded', () => {
  it('keeps Chinese while English loads, then shows English', async () => {
    const store = createAtlasStore();
    const source = pendingSource();
    keepCatalogueLoaded(store, source);
    store.getState().setLanguage('en');
    expect(store.getState().language).toBe('zh-CN');
    expect(source.loads).toBe(1);
    await source.finish(true);
    expect(store.getState().language).toBe('en');
    store.getState().setLanguage('zh-CN');
    store.getState().setLanguage('en');
    expect(store.getState().language).toBe('en');
    expect(source.loads).toBe(1);
  });

  it('stays in Chinese when the catalogue cannot be loaded', async () => {
    const store = createAtlasStore();
    const source = pendingSource();
    keepCatalogueLoaded(store, source);
    store.getState().setLanguage('en');
    await source.finish(false);
    expect(store.getState().language).toBe('zh-CN');
  });

  it('loads the language the store starts in', async () => {
    const store = createAtlasStore();
    store.setState({ language: 'en' });
    const source = pendingSource();
    keepCatalogueLoaded(store, source);
    expect(store.getState().language).toBe('zh-CN');
    await source.finish(true);
    expect(store.getState().language).toBe('en');
  });
});
