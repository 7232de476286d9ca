/**
 * The autosave never writes over saved work it cannot read (a newer version's record), and writes
 * pending changes at once when the page is hidden or closed.
 */
import { describe, expect, it } from 'vitest';
import { message } from '../../../src/domain/message.ts';
import { saveWhenLeaving } from '../../../src/store/app-autosave.ts';
import { AUTOSAVE_SCHEMA_VERSION, isReadableRecord } from '../../../src/store/saved-work.ts';
import { addSchool, putRecord, readRecord, stops, tab } from './autosave-tabs.ts';

/**
 * What a later version might write: the same outline, so only the version tells it apart, with
 * fields this version does not know.
 */
const NEWER_RECORD = {
  schemaVersion: AUTOSAVE_SCHEMA_VERSION + 1,
  revision: 7,
  savedAt: '2031-03-01T08:00:00.000Z',
  tabId: 'newer',
  dataset: null,
  data: { schools: [{ code: 'N1', name: '新版本小学', seats: { approved: 540 } }], scenarios: [] },
};

describe('a saved record this app cannot read', () => {
  it('is not loaded, pauses saving with the reason, and survives edits and forced saves', async () => {
    await putRecord(NEWER_RECORD);
    const { store, autosave } = tab();
    expect(await autosave.open()).toBeNull();
    expect(store.getState().saveStatus).toEqual({
      kind: 'foreign-record',
      version: AUTOSAVE_SCHEMA_VERSION + 1,
      savedAt: NEWER_RECORD.savedAt,
    });
    autosave.start();
    addSchool(store, 'A');
    await autosave.save();
    await autosave.keepThisTab();
    expect(autosave.flush()).toBe(false);
    expect(await readRecord()).toEqual(NEWER_RECORD);
    expect(store.getState().saveStatus.kind).toBe('foreign-record');
    // Leaving now would lose the edit: the page asks.
    expect(autosave.shouldWarnBeforeLeaving()).toBe(true);
  });

  it('says so for a record without a schema version too', async () => {
    await putRecord({ savedAt: '2024-01-01T00:00:00.000Z', data: {} });
    const { store, autosave } = tab();
    expect(await autosave.open()).toBeNull();
    expect(store.getState().saveStatus).toEqual({
      kind: 'foreign-record',
      version: null,
      savedAt: '2024-01-01T00:00:00.000Z',
    });
  });

  it('is found by a save even when it was written after this tab opened (a newer app in another tab)', async () => {
    const { store, autosave } = tab();
    await autosave.open();
    autosave.start();
    await putRecord(NEWER_RECORD);
    addSchool(store, 'A');
    await autosave.keepThisTab();
    expect(await readRecord()).toEqual(NEWER_RECORD);
    expect(store.getState().saveStatus.kind).toBe('foreign-record');
  });

  it('is replaced only when the user discards it explicitly', async () => {
    await putRecord(NEWER_RECORD);
    const { store, autosave } = tab();
    await autosave.open();
    autosave.start();
    addSchool(store, 'A');
    await autosave.discardForeignRecord();
    const record = await readRecord();
    expect(isReadableRecord(record)).toBe(true);
    expect(isReadableRecord(record) && record.data.schools.map((school) => school.code)).toEqual(['A']);
    expect(store.getState().saveStatus.kind).toBe('saved');
  });

  it('tells readable records from others', () => {
    expect(isReadableRecord(NEWER_RECORD)).toBe(false);
    expect(isReadableRecord(null)).toBe(false);
    expect(isReadableRecord({ schemaVersion: 1, revision: '3', data: {} })).toBe(false);
    expect(isReadableRecord({ schemaVersion: 1, revision: 3, data: {} })).toBe(true);
  });
});

describe('leaving the page', () => {
  it('writes a change at once on flush, before the debounced save, and the write survives closing', async () => {
    const first = tab();
    await first.autosave.open();
    first.autosave.start();
    addSchool(first.store, 'A');
    expect(first.autosave.hasUnsavedChanges()).toBe(true);
    expect(first.autosave.flush()).toBe(true);
    expect(first.autosave.hasUnsavedChanges()).toBe(false);
    // The page goes at once: the connection closes with the write issued and committed.
    first.autosave.stop();
    const second = tab();
    const saved = await second.autosave.open();
    expect(saved?.data.schools.map((school) => school.code)).toEqual(['A']);
  });

  it('writes a pending change on pagehide and when the page is hidden, not when it becomes visible', async () => {
    const { store, autosave } = tab();
    await autosave.open();
    autosave.start();
    const page = new EventTarget();
    const document = Object.assign(new EventTarget(), {
      visibilityState: 'visible' as DocumentVisibilityState,
    });
    stops.push(saveWhenLeaving(autosave, page, document));

    addSchool(store, 'A');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(autosave.hasUnsavedChanges()).toBe(true);
    document.visibilityState = 'hidden';
    document.dispatchEvent(new Event('visibilitychange'));
    expect(autosave.hasUnsavedChanges()).toBe(false);

    addSchool(store, 'B');
    page.dispatchEvent(new Event('pagehide'));
    expect(autosave.hasUnsavedChanges()).toBe(false);
    autosave.stop();
    const saved = await tab().autosave.open();
    expect(saved?.data.schools.map((school) => school.code)).toEqual(['A', 'B']);
  });

  it('asks before leaving only while a change cannot be saved', async () => {
    const first = tab();
    const second = tab();
    await first.autosave.open();
    await second.autosave.open();
    first.autosave.start();
    const page = new EventTarget();
    const document = Object.assign(new EventTarget(), {
      visibilityState: 'visible' as DocumentVisibilityState,
    });
    stops.push(saveWhenLeaving(first.autosave, page, document));
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      // A browser's BeforeUnloadEvent lets a handler set returnValue; a plain Event does not.
      Object.defineProperty(event, 'returnValue', { writable: true, value: false });
      page.dispatchEvent(event);
      return event.defaultPrevented;
    };

    expect(leave()).toBe(false);
    // A pending change is written, not asked about.
    addSchool(first.store, 'A');
    expect(leave()).toBe(false);
    expect(first.autosave.hasUnsavedChanges()).toBe(false);

    // Another tab saves newer data (keeping its own over this tab's): this tab pauses, and its
    // next change cannot be written.
    addSchool(second.store, 'B');
    await second.autosave.save();
    await second.autosave.keepThisTab();
    addSchool(first.store, 'C');
    await first.autosave.save();
    expect(first.store.getState().saveStatus.kind).toBe('conflict');
    expect(leave()).toBe(true);

    // A failed save: asked about even though a new write is attempted.
    first.store.getState().setSaveStatus({ kind: 'error', message: message('storageFull') });
    expect(leave()).toBe(true);
  });
});
