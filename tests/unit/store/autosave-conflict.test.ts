/**
 * A tab that finds another tab's newer record never writes over it unseen, even with a flush (the
 * page hidden or closing) queued behind the save that found it, and a tab that keeps its own data
 * after a conflict never leaves a record of a lower revision behind: each write lands above the
 * one before it, and what is on screen stays (and stays noted) until the user chooses.
 */
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_SCHEMA_VERSION, type SavedWork } from '../../../src/store/saved-work.ts';
import { JOURNAL_KEY } from '../../../src/store/unsaved-journal.ts';
import { makeSchool } from '../school-fixtures.ts';
import {
  addSchool,
  beforeNextGet,
  DATABASE,
  type MemoryStorage,
  putRecord,
  readRecord,
  schoolCodes,
  settle,
  startedTab,
  type tab,
  tabThatSavedA,
  watchPuts,
} from './autosave-tabs.ts';

/** A record another tab saved, straight into the database (no message reaches this tab). */
function otherTabRecord(revision: number, savedAt: string, code = 'X'): SavedWork {
  return {
    schemaVersion: AUTOSAVE_SCHEMA_VERSION,
    revision,
    savedAt,
    tabId: 'other-tab',
    dataset: null,
    data: { schools: [makeSchool({ code, name: code })] } as SavedWork['data'],
  };
}

const OTHER_AT = '2026-12-06T10:00:00.000Z';
const LATER_AT = '2026-12-06T10:05:00.000Z';

type Tab = ReturnType<typeof tab>;

/**
 * Runs `save` (a save, or keeping this tab's data) with the page hidden as it waits for the stored
 * record, school C made just before; returns once every write has landed or been undone.
 */
async function hiddenAsItWaits({ store, autosave }: Tab, save: () => Promise<void>): Promise<void> {
  beforeNextGet(() => {
    addSchool(store, 'C');
    expect(autosave.flush()).toBe(true);
  });
  await save();
  await settle();
}

/** The tab shows the conflict with the record saved at `otherSavedAt`, and keeps every edit. */
function expectConflictKeepingEdits({ store }: Tab, journal: MemoryStorage, otherSavedAt: string): void {
  expect(store.getState().saveStatus).toEqual({ kind: 'conflict', otherSavedAt });
  expect(store.getState().schools.map((school) => school.code)).toEqual(['A', 'B', 'C']);
  expect(journal.getItem(JOURNAL_KEY)).not.toBeNull();
}

describe('a flush queued behind a save that finds another tab’s newer record', () => {
  it('does not write over it: the conflict is shown, the screen and the note keep the edits', async () => {
    const { first, journal } = await tabThatSavedA();
    addSchool(first.store, 'B');
    // Another tab saved after this one last read; its message has not arrived.
    const other = otherTabRecord(2, OTHER_AT);
    await putRecord(other);
    const puts = watchPuts();
    await hiddenAsItWaits(first, () => first.autosave.save());
    expect(await readRecord()).toEqual(other);
    expectConflictKeepingEdits(first, journal, OTHER_AT);
    expect(first.autosave.hasUnsavedChanges()).toBe(true);
    // The flush's record was sent, and undone with its transaction.
    expect(puts.map(schoolCodes)).toEqual([['A', 'B', 'C']]);

    // Keeping this tab's data, then, writes it above the other tab's record.
    await first.autosave.keepThisTab();
    const kept = (await readRecord()) as SavedWork;
    expect(schoolCodes(kept)).toEqual(['A', 'B', 'C']);
    expect(kept.revision).toBe(3);
    expect(first.store.getState().saveStatus.kind).toBe('saved');
    expect(journal.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('does not write over a record this app cannot read either', async () => {
    const { first } = await tabThatSavedA();
    addSchool(first.store, 'B');
    const newer = { ...otherTabRecord(9, OTHER_AT), schemaVersion: AUTOSAVE_SCHEMA_VERSION + 1 };
    await putRecord(newer);
    await hiddenAsItWaits(first, () => first.autosave.save());
    expect(await readRecord()).toEqual(newer);
    expect(first.store.getState().saveStatus.kind).toBe('foreign-record');
  });

  it('leaves no trace in the database once undone, and a later flush writes as usual', async () => {
    const { first } = await tabThatSavedA();
    addSchool(first.store, 'B');
    await putRecord(otherTabRecord(2, OTHER_AT));
    await hiddenAsItWaits(first, () => first.autosave.save());
    await first.autosave.takeOtherTab();
    expect(first.store.getState().schools.map((school) => school.code)).toEqual(['X']);
    addSchool(first.store, 'D');
    expect(first.autosave.flush()).toBe(true);
    await settle();
    const record = (await readRecord()) as SavedWork;
    expect(schoolCodes(record)).toEqual(['X', 'D']);
    expect(record.revision).toBe(3);
    const database = await openDB(DATABASE, 1);
    expect(await database.getAllKeys('work')).toEqual(['current']);
    database.close();
  });
});

describe('keeping this tab’s data after a conflict', () => {
  it('never leaves a lower revision behind when the page is hidden as that save waits', async () => {
    const { first } = await tabThatSavedA();
    await putRecord(otherTabRecord(5, OTHER_AT));
    addSchool(first.store, 'B');
    await first.autosave.save();
    expect(first.store.getState().saveStatus.kind).toBe('conflict');
    const puts = watchPuts();
    await hiddenAsItWaits(first, () => first.autosave.keepThisTab());
    // The flush's record is put first (at once), the save's once it has read; IndexedDB runs the
    // save's first. Both above the other tab's record, the flush's (the last to land) above the save's.
    expect(puts.map((put) => put.revision)).toEqual([7, 6]);
    expect(((await readRecord()) as SavedWork).revision).toBe(7);
    expect(schoolCodes((await readRecord()) as SavedWork)).toEqual(['A', 'B', 'C']);
  });

  it('overwrites only the record the user was shown: one saved since is a new conflict', async () => {
    const { first, journal } = await tabThatSavedA();
    await putRecord(otherTabRecord(5, OTHER_AT));
    addSchool(first.store, 'B');
    await first.autosave.save();
    expect(first.store.getState().saveStatus).toEqual({ kind: 'conflict', otherSavedAt: OTHER_AT });
    // The other tab saves again before the user chooses.
    const later = otherTabRecord(6, LATER_AT, 'Y');
    await putRecord(later);
    await hiddenAsItWaits(first, () => first.autosave.keepThisTab());
    expect(await readRecord()).toEqual(later);
    expectConflictKeepingEdits(first, journal, LATER_AT);
    // Chosen again, now over that one.
    await first.autosave.keepThisTab();
    const kept = (await readRecord()) as SavedWork;
    expect(kept.revision).toBe(7);
    expect(schoolCodes(kept)).toEqual(['A', 'B', 'C']);
  });

  it('overwrites only what the other tab announced: a save of it not announced yet is a new conflict', async () => {
    const first = await startedTab();
    const second = await startedTab();
    addSchool(second.store, 'X');
    await second.autosave.save();
    const announced = (await readRecord()) as SavedWork;
    second.autosave.stop();
    // The other tab's message puts this tab in conflict before it saves anything.
    await settle();
    expect(first.store.getState().saveStatus).toEqual({ kind: 'conflict', otherSavedAt: announced.savedAt });
    // That tab saves again; its message has not arrived.
    const later = otherTabRecord(announced.revision + 1, LATER_AT, 'Y');
    await putRecord(later);
    addSchool(first.store, 'A');
    await first.autosave.keepThisTab();
    expect(await readRecord()).toEqual(later);
    expect(first.store.getState().saveStatus).toEqual({ kind: 'conflict', otherSavedAt: LATER_AT });
  });
});
