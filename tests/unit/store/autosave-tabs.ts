/**
 * Browser tabs for the autosave tests: each with its own store and autosave over one shared
 * fake IndexedDB, all stopped and the database deleted after each test; and the database's
 * record read, written and watched as the tests need.
 */
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, vi } from 'vitest';
import { Autosave } from '../../../src/store/autosave.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import type { SavedWork } from '../../../src/store/saved-work.ts';
import type { JournalStorage } from '../../../src/store/unsaved-journal.ts';
import { makeSchool } from '../school-fixtures.ts';

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

/** A new tab, opened on the database as it is and saving. */
export async function startedTab(): Promise<ReturnType<typeof tab>> {
  const opened = tab();
  await opened.autosave.open();
  opened.autosave.start();
  return opened;
}

/**
 * A tab noting into a journal of its own, saving since it opened, that has added school A and saved
 * it (revision 1); returns the tab, the journal and that record.
 */
export async function tabThatSavedA() {
  const journal = new MemoryStorage();
  const first = tab(journal);
  await first.autosave.open();
  first.autosave.start();
  addSchool(first.store, 'A');
  await first.autosave.save();
  return { first, journal, before: (await readRecord()) as SavedWork };
}

/** Adds a school named after its code, as an edit on screen does. */
export function addSchool(store: ReturnType<typeof createAtlasStore>, code: string): void {
  store.getState().replaceData({ schools: [...store.getState().schools, makeSchool({ code, name: code })] });
}

/** The codes of the saved schools. */
export function schoolCodes(saved: SavedWork | null | undefined): string[] | undefined {
  return saved?.data.schools.map((school) => school.code);
}

/** Waits past the autosave's delay and the writes under way. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 600));

/** The record in the database, read straight from it. */
export async function readRecord(): Promise<unknown> {
  const database = await openDB(DATABASE, 1);
  const record: unknown = await database.get('work', 'current');
  database.close();
  return record;
}

/** Writes a record straight into the database (another version of the app, or what a page left). */
export async function putRecord(record: unknown): Promise<void> {
  const database = await openDB(DATABASE, 1, {
    upgrade(upgrading) {
      upgrading.createObjectStore('work');
    },
  });
  await database.put('work', record, 'current');
  database.close();
}

/**
 * Watches the records put into the database until the test ends: returns them, copied, in the
 * order they were put; `beforePut` runs as the n-th record (from 0) is about to be put — the
 * moment its transaction has read the stored record and not yet written its own.
 */
export function watchPuts(beforePut: (index: number, record: SavedWork) => void = () => undefined) {
  // A test watching again stops its earlier watch first.
  vi.mocked(IDBObjectStore.prototype.put).mockRestore?.();
  const puts: SavedWork[] = [];
  const put = IDBObjectStore.prototype.put;
  const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    // Only the records (not the marks the autosave keeps beside them).
    if (key === 'current') {
      const record = structuredClone(value) as SavedWork;
      puts.push(record);
      beforePut(puts.length - 1, record);
    }
    return put.call(this, value, key);
  });
  stops.push(() => spy.mockRestore());
  return puts;
}

/**
 * Runs `act` once, as a transaction next asks for the stored record (before it has it): for an
 * ordinary save, the moment it has started and waits behind the writes issued before it.
 */
export function beforeNextGet(act: () => void): void {
  const get = IDBObjectStore.prototype.get;
  const spy = vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
    this: IDBObjectStore,
    query: IDBValidKey | IDBKeyRange,
  ) {
    spy.mockRestore();
    act();
    return get.call(this, query);
  });
  stops.push(() => spy.mockRestore());
}
