/**
 * Browser tabs for the autosave tests: each with its own store and autosave over one shared
 * fake IndexedDB, all stopped and the database deleted after each test.
 */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { Autosave } from '../../../src/store/autosave.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import type { JournalStorage } from '../../../src/store/unsaved-journal.ts';

/** A localStorage stand-in shared by the tabs of a test (the browser's is per origin). */
export class MemoryStorage implements JournalStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

/** The autosave's database name. */
export const DATABASE = 'school-layout-atlas';

/** What to undo after the current test (autosaves to stop, listeners to remove). */
export const stops: (() => void)[] = [];

afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DATABASE);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
});

/** A new tab: a loaded store and its autosave (not opened yet), noting into `journal` if given. */
export function tab(journal: JournalStorage | null = null) {
  const store = createAtlasStore();
  store.setState({ loadStatus: 'ready' });
  const autosave = new Autosave(store, journal);
  stops.push(() => autosave.stop());
  return { store, autosave };
}
