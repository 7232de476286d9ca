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

/** The stored settings object as it is, with fields this version does not know; {} if unreadable. */
function storedObject(storage: Storage | undefined): Record<string, unknown> {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
    return typeof stored === 'object' && stored !== null && !Array.isArray(stored)
      ? (stored as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/**
 * Saves settings whenever they change; returns the unsubscriber. Settings this version does not
 * know (written by a newer version in the same browser) are kept as they are.
 */
export function keepSettings(store: AtlasStore, storage: Storage | undefined): () => void {
  return store.subscribe(
    (state) => [state.language, state.tiandituKey, state.basemapEnabled] as const,
    ([language, tiandituKey, basemapEnabled]) => {
      try {
        const known: StoredSettings = { language, tiandituKey, basemapEnabled };
        storage?.setItem(KEY, JSON.stringify({ ...storedObject(storage), ...known }));
      } catch (error) {
        // Only the console hears of it: the settings still hold for this session.
        console.warn('settings not stored', error);
      }
    },
    { equalityFn: (a, b) => a.every((item, index) => item === b[index]) },
  );
}
