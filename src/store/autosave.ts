/**
 * Keeps the work in this browser: every change to the data is saved to IndexedDB shortly after
 * it is made, a reload restores it, and two tabs never silently overwrite each other — each save
 * carries a revision, and a tab that finds a newer revision than the one it started from stops
 * saving and asks the user. Saved work this app cannot read (written by a newer version) is never
 * overwritten, and a change still waiting for its save is written at once when the page is
 * hidden or closed — and noted in localStorage too, in case the page goes before IndexedDB has
 * taken the write (unsaved-journal.ts), a note that also covers the writes still under way. The
 * record's layout, and which stored records may be read and written over, are in saved-work.ts.
 */

import { type IDBPDatabase, openDB } from 'idb';
import { shallow } from 'zustand/shallow';
import type { EditableData } from './data-slice.ts';
import { type AtlasStore, undoableData } from './index.ts';
import {
  AUTOSAVE_SCHEMA_VERSION,
  applySavedWork,
  describeRecord,
  describeStorageError,
  isReadableRecord,
  type SavedWork,
} from './saved-work.ts';
import {
  forgetUnsavedJournal,
  type JournalStorage,
  noteUnsavedChanges,
  pageJournalStorage,
  readUnsavedJournal,
} from './unsaved-journal.ts';

const DATABASE = 'school-layout-atlas';
const OBJECT_STORE = 'work';
const KEY = 'current';
const CHANNEL = 'school-layout-atlas-work';
/** Wait this long after the last change before saving, so a drag or a typing burst saves once. */
const SAVE_DELAY_MS = 400;

/**
 * A record sent to the database, not landed (nor failed) yet; `flushed` when `flush` committed it at
 * once (an ordinary save may still write nothing: it writes only over a stored revision up to its
 * base); `stopped` when an ordinary save before a flushed one found a record it must not write over.
 */
type PendingWrite = { record: SavedWork; flushed: boolean; stopped?: boolean };

/**
 * The mark that stops a flushed write: the flush's transaction adds it first (and removes it), so
 * the whole write is undone when an ordinary save before it has put the mark there. The tab removes
 * a mark once it has stopped its write; one left by a page that went first stays, unread.
 */
const stopMark = (record: SavedWork) => `stop:${record.tabId}:${record.savedAt}`;

/** The autosave of one tab. */
export class Autosave {
  private database: IDBPDatabase | null = null;
  /** The revision this tab's data is based on; a stored revision above it belongs to another tab. */
  private baseRevision = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private channel: BroadcastChannel | null = null;
  private unsubscribe: (() => void) | null = null;
  /** The data as it last reached the database (or was loaded from it), and its revision. */
  private stored: EditableData | null = null;
  private storedRevision = 0;
  /** This tab's writes on their way to the database, in the order IndexedDB runs them. */
  private pending: PendingWrite[] = [];
  /** The ordinary saves, one after the other: each starts from the revision the one before wrote. */
  private saving: Promise<void> = Promise.resolve();
  /** Set when the database holds a record this app cannot read: then nothing is written. */
  private foreignRecord = false;
  private readonly tabId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  /** Set when `open` applied a closing page's note: the stored values of the parts it changed. */
  private recovered: Partial<EditableData> | null = null;
  /** When this tab last made a record: never twice the same moment, so `savedAt` names a record. */
  private lastSavedAt = 0;
  /** The highest revision another tab was found or announced to have saved (the conflict shown). */
  private otherRevision = 0;
  /** The data on screen before the first `open`: in the app, the embedded default data just loaded. */
  private loadedData: EditableData | null = null;
  /** The data the user last started again with (the embedded default data): noted by name. */
  private defaultData: EditableData | null = null;

  /** @param journal where a closing page notes its changes (localStorage in the app) */
  constructor(
    private readonly store: AtlasStore,
    private readonly journal: JournalStorage | null = pageJournalStorage(),
  ) {}

  /**
   * Opens the database; returns the saved work, if any. Errors are shown, never swallowed. A
   * record this app cannot read is not returned: saving stops, and the status says why.
   */
  async open(): Promise<SavedWork | null> {
    this.loadedData ??= undoableData(this.store.getState());
    try {
      this.database ??= await openDB(DATABASE, 1, {
        upgrade(database) {
          database.createObjectStore(OBJECT_STORE);
        },
      });
      const saved: unknown = await this.database.get(OBJECT_STORE, KEY);
      if (saved !== undefined && !isReadableRecord(saved)) {
        this.refuseRecord(saved);
        return null;
      }
      this.baseRevision = saved?.revision ?? 0;
      this.storedRevision = this.baseRevision;
      return this.withNotedChanges(saved ?? null);
    } catch (error) {
      this.store.getState().setSaveStatus({ kind: 'error', message: describeStorageError(error) });
      return null;
    }
  }

  /**
   * The saved work with the changes a closing page noted on top, when they were made on this very
   * record, or when it is a record of the closing tab that was still on its way as the note was made
   * (the page went before its own IndexedDB write landed); a note is dropped on any other record
   * (the closing page's write landed, or another tab saved since).
   */
  private withNotedChanges(saved: SavedWork | null): SavedWork | null {
    const note = readUnsavedJournal(this.journal, AUTOSAVE_SCHEMA_VERSION);
    if (!note) return saved;
    const onItsBase = note.baseRevision === (saved?.revision ?? 0);
    const onAWriteUnderWay =
      saved?.tabId === note.tabId && (note.pendingSavedAt ?? []).includes(saved.savedAt);
    if (!onItsBase && !onAWriteUnderWay) {
      forgetUnsavedJournal(this.journal);
      return saved;
    }
    // Without a saved record the changes go on the data already loaded (the defaults).
    const base = saved?.data ?? undoableData(this.store.getState());
    // Parts noted by name are the default data's, as loaded before the first open.
    const loaded = this.loadedData ?? undoableData(this.store.getState());
    const named = (note.defaultParts ?? []).filter((key): key is keyof EditableData => key in loaded);
    const parts = { ...note.parts, ...Object.fromEntries(named.map((key) => [key, loaded[key]])) };
    this.recovered = Object.fromEntries(
      Object.keys(parts).map((key) => [key, base[key as keyof EditableData]]),
    );
    return {
      schemaVersion: AUTOSAVE_SCHEMA_VERSION,
      revision: saved?.revision ?? 0,
      savedAt: note.savedAt,
      tabId: note.tabId,
      dataset: note.dataset ?? saved?.dataset ?? null,
      data: { ...base, ...parts },
    };
  }

  /**
   * Starts saving changes and listening to other tabs; the data on screen counts as saved (but
   * changes a closing page noted, applied by `open`, count as unsaved and are saved at once).
   */
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
          this.conflict(event.data);
        }
      };
    }
    this.stored = { ...undoableData(this.store.getState()), ...this.recovered };
    this.unsubscribe = this.store.subscribe(undoableData, () => this.schedule(), { equalityFn: shallow });
    if (this.recovered) {
      this.recovered = null;
      this.schedule();
    }
  }

  /**
   * The data on screen is the embedded default data the user started again with: a closing page
   * notes its parts by name (the next start has loaded them), as they may be too large to note.
   */
  startedAgain(): void {
    this.defaultData = undoableData(this.store.getState());
  }

  /** Stops saving (tests, page teardown). */
  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.unsubscribe?.();
    this.channel?.close();
    this.channel = null;
    this.database?.close();
    this.database = null;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.save();
    }, SAVE_DELAY_MS);
  }

  /**
   * Whether the data on screen may not be what the database ends with: it differs from what the
   * database last received (or the flush on its way there), or an ordinary save is under way (it
   * may write nothing, or not this data). False before `start`.
   */
  hasUnsavedChanges(): boolean {
    if (this.stored === null) return false;
    const last = this.pending.at(-1);
    if (last && !last.flushed) return true;
    return !shallow(undoableData(this.store.getState()), last?.record.data ?? this.stored);
  }

  /** Another tab saved `other` since this tab's base: saving pauses, and the user is asked. */
  private conflict(other: { revision: number; savedAt: string }): void {
    this.otherRevision = Math.max(this.otherRevision, other.revision);
    this.store.getState().setSaveStatus({ kind: 'conflict', otherSavedAt: other.savedAt });
  }

  private refuseRecord(record: unknown): void {
    this.foreignRecord = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.store.getState().setSaveStatus({ kind: 'foreign-record', ...describeRecord(record) });
  }

  private record(revision: number): SavedWork {
    const state = this.store.getState();
    this.lastSavedAt = Math.max(Date.now(), this.lastSavedAt + 1);
    return {
      schemaVersion: AUTOSAVE_SCHEMA_VERSION,
      revision,
      savedAt: new Date(this.lastSavedAt).toISOString(),
      tabId: this.tabId,
      dataset: state.dataset,
      data: undoableData(state),
    };
  }

  /** A write has landed (they land in the order they were issued): its record is the stored one. */
  private landed(write: PendingWrite): void {
    this.pending = this.pending.filter((other) => other !== write);
    this.stored = write.record.data;
    this.storedRevision = write.record.revision;
    this.baseRevision = Math.max(this.baseRevision, write.record.revision);
    // Everything on screen has reached IndexedDB: a note of a closing page is no longer needed.
    if (this.pending.length === 0 && !this.hasUnsavedChanges()) forgetUnsavedJournal(this.journal);
    const { record } = write;
    this.store.getState().setSaveStatus({ kind: 'saved', at: record.savedAt });
    this.channel?.postMessage({ tabId: this.tabId, revision: record.revision, savedAt: record.savedAt });
  }

  /**
   * Saves now unless another tab saved newer data since this tab's base (or the stored record is
   * one this app cannot read); after the save under way, if any.
   */
  save(): Promise<void> {
    this.saving = this.saving.then(() => this.write());
    return this.saving;
  }

  private async write(): Promise<void> {
    const { database } = this;
    if (!database || this.foreignRecord) return;
    const state = this.store.getState();
    if (state.saveStatus.kind === 'conflict') return;
    // The data is taken now (a flush meanwhile notes what differs from it). Written, the record is
    // the one after the base: a stored revision above the base is another tab's, and stops it.
    const base = this.baseRevision;
    const write: PendingWrite = { record: this.record(base + 1), flushed: false };
    this.pending.push(write);
    try {
      const transaction = database.transaction(OBJECT_STORE, 'readwrite');
      const stored: unknown = await transaction.store.get(KEY);
      const readable = stored === undefined || isReadableRecord(stored);
      if (!readable || (stored && stored.revision > base)) {
        this.stopFlushesAfter(write, base, transaction.store);
        // At once: a flush from now on would come after the marks, unstopped.
        if (readable && stored) this.conflict(stored);
        else this.refuseRecord(stored);
        await transaction.done;
        return;
      }
      await transaction.store.put(write.record, KEY);
      await transaction.done;
      this.landed(write);
    } catch (error) {
      state.setSaveStatus({ kind: 'error', message: describeStorageError(error) });
    } finally {
      this.pending = this.pending.filter((other) => other !== write);
    }
  }

  /**
   * The flushes issued after `write` (which found a record it must not write over) build on it:
   * each is stopped by its mark, put in `write`'s transaction, which IndexedDB runs before theirs.
   * Their revisions do not count: the base goes back to the one `write` was made on.
   */
  private stopFlushesAfter(
    write: PendingWrite,
    base: number,
    store: { put(value: unknown, key: string): Promise<unknown> },
  ): void {
    for (const later of this.pending.slice(this.pending.indexOf(write) + 1)) {
      if (!later.flushed) continue;
      later.stopped = true;
      // A failure undoes the transaction: reported through `done`.
      store.put(true, stopMark(later.record)).catch(() => undefined);
    }
    this.baseRevision = base;
  }

  /**
   * Writes the unsaved changes at once, for a page being hidden or closed: the write is issued
   * and committed before this returns, since a page going away runs no more callbacks — so it
   * does not read the stored record first: another tab's messages (a conflict stops it) and the
   * ordinary save under way (one that finds a record it must not write over stops it, see
   * `stopFlushesAfter`) stand in for that. IndexedDB runs this tab's writes under way (an ordinary
   * save, an earlier flush) first, and the page may go after any of them: the note names them and
   * holds every part that differs from the stored data or from any of theirs, so it applies on
   * whichever is left. Returns whether the changes are on their way to the database.
   */
  flush(): boolean {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.hasUnsavedChanges()) return true;
    const { database } = this;
    const state = this.store.getState();
    if (!database || this.foreignRecord || state.saveStatus.kind === 'conflict') return false;
    try {
      const transaction = database.transaction(OBJECT_STORE, 'readwrite');
      // Without an explicit commit, a closing page may take the open transaction with it; a
      // browser without one gets the ordinary save, which completes if the page lives on.
      if (typeof transaction.commit !== 'function') {
        transaction.done.catch(() => undefined);
        transaction.abort();
        void this.save();
        return false;
      }
      const under = this.pending.map((write) => write.record);
      const record = this.record(Math.max(this.baseRevision, ...under.map((other) => other.revision)) + 1);
      // The page may be gone before IndexedDB takes the write: the changes are noted too, at once.
      if (this.stored) {
        noteUnsavedChanges(
          this.journal,
          {
            schemaVersion: AUTOSAVE_SCHEMA_VERSION,
            baseRevision: this.storedRevision,
            tabId: this.tabId,
            savedAt: record.savedAt,
            pendingSavedAt: under.map((other) => other.savedAt),
            dataset: record.dataset,
          },
          [this.stored, ...under.map((other) => other.data)],
          record.data,
          this.defaultData,
        );
      }
      // Requests' own failures are reported once, through `done`; the mark's first.
      const mark = stopMark(record);
      transaction.store.add(true, mark).catch(() => undefined);
      transaction.store.delete(mark).catch(() => undefined);
      transaction.store.put(record, KEY).catch(() => undefined);
      transaction.commit();
      const write: PendingWrite = { record, flushed: true };
      this.pending.push(write);
      this.baseRevision = record.revision;
      transaction.done.then(
        () => this.landed(write),
        (error: unknown) => {
          this.pending = this.pending.filter((other) => other !== write);
          // Stopped: the save before it has shown why (the note keeps the changes); the mark goes.
          if (write.stopped) this.database?.delete(OBJECT_STORE, mark).catch(() => undefined);
          else state.setSaveStatus({ kind: 'error', message: describeStorageError(error) });
        },
      );
      return true;
    } catch (error) {
      state.setSaveStatus({ kind: 'error', message: describeStorageError(error) });
      return false;
    }
  }

  /**
   * For `beforeunload`: writes what is unsaved, and says whether leaving would still lose work —
   * the last save failed, saving is paused (another tab, a record of a newer version) or the
   * write cannot be committed before the page goes.
   */
  shouldWarnBeforeLeaving(): boolean {
    if (!this.hasUnsavedChanges()) return false;
    const failed = this.store.getState().saveStatus.kind === 'error';
    return !this.flush() || failed;
  }

  /** Resolves a conflict by taking the other tab's data. */
  async takeOtherTab(): Promise<void> {
    const saved = await this.open();
    if (saved) {
      applySavedWork(this.store, saved);
      this.stored = undoableData(this.store.getState());
      this.store.getState().setSaveStatus({ kind: 'saved', at: saved.savedAt });
    } else if (this.store.getState().saveStatus.kind === 'conflict') {
      // The other tab's save has gone (it started again from the default data and was cleared).
      this.store.getState().setSaveStatus({ kind: 'idle' });
    }
  }

  /**
   * Resolves a conflict by keeping this tab's data and overwriting the other tab's save — the one
   * the user was shown: this tab's data now stands on its revision, so the save writes above it,
   * and a record the other tab saved since is a new conflict (shown in turn).
   */
  async keepThisTab(): Promise<void> {
    if (this.foreignRecord) return;
    this.baseRevision = Math.max(this.baseRevision, this.otherRevision);
    this.store.getState().setSaveStatus({ kind: 'idle' });
    await this.save();
  }

  /**
   * Deletes a stored record this app cannot read, at the user's explicit request (after a
   * confirmation that names what is lost), and saves this tab's data in its place.
   */
  async discardForeignRecord(): Promise<void> {
    const { database } = this;
    if (!database || !this.foreignRecord) return;
    try {
      await database.delete(OBJECT_STORE, KEY);
    } catch (error) {
      this.store.getState().setSaveStatus({ kind: 'error', message: describeStorageError(error) });
      return;
    }
    // The base stays: the record saved in its place is above any revision this tab has seen, so
    // a tab that saved before it is told of it. Stored is none, as at a first start.
    this.foreignRecord = false;
    this.storedRevision = 0;
    this.store.getState().setSaveStatus({ kind: 'idle' });
    await this.save();
  }
}
