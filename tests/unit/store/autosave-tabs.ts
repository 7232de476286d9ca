/**
 * Browser tabs for the autosave tests: each with its own store and autosave over one shared
 * fake IndexedDB, all stopped and the database deleted after each test.
 */
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { Autosave } from '../../../src/store/autosave.ts';
import { createAtlasStore } from '../../../src/store/index.ts';

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

/** A new tab: a loaded store and its autosave (not opened yet). */
export function tab() {
  const store = createAtlasStore();
  store.setState({ loadStatus: 'ready' });
  const autosave = new Autosave(store);
  stops.push(() => autosave.stop());
  return { store, autosave };
}
