/** Settings kept in this browser: interface language and the Tianditu key. */
import type { Language } from '../i18n/index.ts';
import type { AtlasStore } from './index.ts';

const KEY = 'school-layout-atlas.settings';

interface StoredSettings {
  language?: Language;
  tiandituKey?: string;
  basemapEnabled?: boolean;
}

/** Reads stored settings into the store; unreadable storage leaves the defaults. */
export function restoreSettings(store: AtlasStore, storage: Storage | undefined): void {
  try {
    const stored = JSON.parse(storage?.getItem(KEY) ?? '{}') as StoredSettings;
    const key = typeof stored.tiandituKey === 'string' ? stored.tiandituKey : '';
    store.setState({
      ...(stored.language === 'en' || stored.language === 'zh-CN' ? { language: stored.language } : {}),
      tiandituKey: key,
      basemapEnabled: stored.basemapEnabled === true && key !== '',
    });
  } catch {
    // Private mode or a corrupt entry: the defaults are the right fallback for settings.
  }
}

/** Saves settings whenever they change; returns the unsubscriber. */
export function keepSettings(store: AtlasStore, storage: Storage | undefined): () => void {
  return store.subscribe(
    (state) => [state.language, state.tiandituKey, state.basemapEnabled] as const,
    ([language, tiandituKey, basemapEnabled]) => {
      try {
        storage?.setItem(
          KEY,
          JSON.stringify({ language, tiandituKey, basemapEnabled } satisfies StoredSettings),
        );
      } catch (error) {
        // Only the console hears of it: the settings still hold for this session.
        console.warn('settings not stored', error);
      }
    },
    { equalityFn: (a, b) => a.every((item, index) => item === b[index]) },
  );
}
