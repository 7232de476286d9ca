/**
 * Keeps the work in this browser: every change to the data is saved to IndexedDB shortly after
 * it is made, a reload restores it, and two tabs never silently overwrite each other — each save
 * carries a revision, and a tab that finds a newer revision than the one it started from stops
 * saving and asks the user.
 */

import { type IDBPDatabase, openDB } from 'idb';
import { shallow } from 'zustand/shallow';
import { errorMessage, type Message, message } from '../domain/message.ts';
import type { DatasetInfo, EditableData } from './data-slice.ts';
import { type AtlasStore, undoableData } from './index.ts';

const DATABASE = 'school-layout-atlas';
const OBJECT_STORE = 'work';
const KEY = 'current';
const CHANNEL = 'school-layout-atlas-work';
/** Wait this long after the last change before saving, so a drag or a typing burst saves once. */
const SAVE_DELAY_MS = 400;

/** What is kept in IndexedDB. */
export interface SavedWork {
  /** Layout of this record; bumped with a migration when it changes. */
  schemaVersion: 1;
  revision: number;
  savedAt: string;
  tabId: string;
  dataset: DatasetInfo | null;
  data: EditableData;
}

/** Why a save failed, from a browser storage error. */
export function describeStorageError(error: unknown): Message {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return message('storageFull');
  if (name === 'InvalidStateError' || name === 'SecurityError') return message('storageRefused');
  return message('storageFailed', { problem: errorMessage(error) });
}

/** The autosave of one tab. */
export class Autosave {
  private database: IDBPDatabase | null = null;
  /** The revision this tab's data is based on; a stored revision above it belongs to another tab. */
  private baseRevision = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private channel: BroadcastChannel | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly tabId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

  constructor(private readonly store: AtlasStore) {}

  /** Opens the database; returns the saved work, if any. Errors are shown, never swallowed. */
  async open(): Promise<SavedWork | null> {
    try {
      this.database ??= await openDB(DATABASE, 1, {
        upgrade(database) {
          database.createObjectStore(OBJECT_STORE);
        },
      });
      const saved = ((await this.database.get(OBJECT_STORE, KEY)) as SavedWork | undefined) ?? null;
      this.baseRevision = saved?.revision ?? 0;
      return saved?.schemaVersion === 1 ? saved : null;
    } catch (error) {
      this.store.getState().setSaveStatus({ kind: 'error', message: describeStorageError(error) });
      return null;
    }
  }

  /** Starts saving changes and listening to other tabs. */
  start(): void {
    if (typeof navigator !== 'undefined' && navigator.storage?.persist) {
      navigator.storage.persist().then(
        (granted) => this.store.setState({ storagePersistent: granted }),
        () => this.store.setState({ storagePersistent: false }),
      );
    }
    if (typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(CHANNEL);
      this.channel.onmessage = (
        event: MessageEvent<{ tabId: string; revision: number; savedAt: string }>,
      ) => {
        if (event.data.tabId !== this.tabId && event.data.revision > this.baseRevision) {
          this.store.getState().setSaveStatus({ kind: 'conflict', otherSavedAt: event.data.savedAt });
        }
      };
    }
    this.unsubscribe = this.store.subscribe(undoableData, () => this.schedule(), { equalityFn: shallow });
  }

  /** Stops saving (tests, page teardown). */
  stop(): void {
    clearTimeout(this.timer);
    this.unsubscribe?.();
    this.channel?.close();
    this.database?.close();
    this.database = null;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /** Saves now unless another tab saved newer data since this tab's base. */
  async save(force = false): Promise<void> {
    const { database } = this;
    if (!database) return;
    const state = this.store.getState();
    if (state.saveStatus.kind === 'conflict' && !force) return;
    try {
      const transaction = database.transaction(OBJECT_STORE, 'readwrite');
      const stored = (await transaction.store.get(KEY)) as SavedWork | undefined;
      if (stored && stored.revision > this.baseRevision && !force) {
        await transaction.done;
        state.setSaveStatus({ kind: 'conflict', otherSavedAt: stored.savedAt });
        return;
      }
      const record: SavedWork = {
        schemaVersion: 1,
        revision: Math.max(stored?.revision ?? 0, this.baseRevision) + 1,
        savedAt: new Date().toISOString(),
        tabId: this.tabId,
        dataset: state.dataset,
        data: undoableData(state),
      };
      await transaction.store.put(record, KEY);
      await transaction.done;
      this.baseRevision = record.revision;
      state.setSaveStatus({ kind: 'saved', at: record.savedAt });
      this.channel?.postMessage({ tabId: this.tabId, revision: record.revision, savedAt: record.savedAt });
    } catch (error) {
      state.setSaveStatus({ kind: 'error', message: describeStorageError(error) });
    }
  }

  /** Resolves a conflict by taking the other tab's data. */
  async takeOtherTab(): Promise<void> {
    const saved = await this.open();
    if (saved) applySavedWork(this.store, saved);
    this.store.getState().setSaveStatus({ kind: 'saved', at: saved?.savedAt ?? new Date().toISOString() });
  }

  /** Resolves a conflict by keeping this tab's data and overwriting the other tab's save. */
  async keepThisTab(): Promise<void> {
    this.store.getState().setSaveStatus({ kind: 'idle' });
    await this.save(true);
  }

  /** Forgets the saved work (used with "start again from the default data"). */
  async clear(): Promise<void> {
    await this.database?.delete(OBJECT_STORE, KEY);
    this.baseRevision = 0;
  }
}

/** Puts saved work into the store as the loaded data (not an undo step). */
export function applySavedWork(store: AtlasStore, saved: SavedWork): void {
  // Fields missing from the saved copy keep the defaults already loaded.
  const present = Object.fromEntries(
    Object.entries(saved.data).filter(([, value]) => value !== undefined && value !== null),
  );
  store.setState({
    ...present,
    ...(saved.dataset ? { dataset: saved.dataset } : {}),
    restoredFrom: saved.savedAt,
  });
  store.temporal.getState().clear();
}
