/**
 * A closing page notes its unsaved changes in localStorage as well as committing them to
 * IndexedDB: when the page went before IndexedDB took the write, the next start applies the note
 * on the record it was made on, then saves it; a note made on another record is dropped.
 */
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { undoableData } from '../../../src/store/index.ts';
import { AUTOSAVE_SCHEMA_VERSION, applySavedWork, type SavedWork } from '../../../src/store/saved-work.ts';
import { JOURNAL_KEY, noteUnsavedChanges, readUnsavedJournal } from '../../../src/store/unsaved-journal.ts';
import { makeSchool } from '../school-fixtures.ts';
import {
  addSchool,
  DATABASE,
  MemoryStorage,
  putRecord,
  readRecord as readAnyRecord,
  settle,
  tab,
  tabThatSavedA,
} from './autosave-tabs.ts';

const readRecord = async () => (await readAnyRecord()) as SavedWork | undefined;

describe('the note of a closing page', () => {
  it('brings back a change whose IndexedDB write did not land, and then saves it', async () => {
    const { first, journal, before } = await tabThatSavedA();
    expect(before.revision).toBe(1);

    addSchool(first.store, 'B');
    expect(first.autosave.flush()).toBe(true);
    const note = journal.getItem(JOURNAL_KEY);
    expect(note).not.toBeNull();
    first.autosave.stop();
    await settle();
    // The page went before IndexedDB took the write: the record of before, the note beside it.
    await putRecord(before);
    journal.setItem(JOURNAL_KEY, note as string);

    const second = tab(journal);
    const saved = await second.autosave.open();
    expect(saved?.data.schools.map((school) => school.code)).toEqual(['A', 'B']);
    expect(saved?.revision).toBe(1);
    if (saved) applySavedWork(second.store, saved);
    second.autosave.start();
    await settle();
    const after = await readRecord();
    expect(after?.revision).toBe(2);
    expect(after?.data.schools.map((school) => school.code)).toEqual(['A', 'B']);
    expect(journal.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('is removed once the write lands, and a note left on an older record is dropped', async () => {
    const journal = new MemoryStorage();
    const first = tab(journal);
    await first.autosave.open();
    first.autosave.start();
    addSchool(first.store, 'A');
    expect(first.autosave.flush()).toBe(true);
    const note = journal.getItem(JOURNAL_KEY);
    await settle();
    expect(journal.getItem(JOURNAL_KEY)).toBeNull();
    first.autosave.stop();

    // A note of the first write (made on no record) beside the record it produced: dropped.
    journal.setItem(JOURNAL_KEY, note as string);
    addSchool(first.store, 'late');
    const second = tab(journal);
    const saved = await second.autosave.open();
    expect(saved?.revision).toBe(1);
    expect(saved?.data.schools.map((school) => school.code)).toEqual(['A']);
    expect(journal.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('applies changes made before anything was saved on the data already loaded', async () => {
    const journal = new MemoryStorage();
    const first = tab(journal);
    await first.autosave.open();
    first.autosave.start();
    addSchool(first.store, 'A');
    first.autosave.flush();
    const note = journal.getItem(JOURNAL_KEY);
    first.autosave.stop();
    await settle();
    const database = await openDB(DATABASE, 1);
    await database.delete('work', 'current');
    database.close();
    journal.setItem(JOURNAL_KEY, note as string);

    const second = tab(journal);
    second.store.setState({ radii: { ...second.store.getState().radii } });
    const saved = await second.autosave.open();
    expect(saved?.revision).toBe(0);
    expect(saved?.data.schools.map((school) => school.code)).toEqual(['A']);
    // The parts the note does not hold are the ones loaded.
    expect(saved?.data.radii).toBe(second.store.getState().radii);
  });
});

describe('noteUnsavedChanges', () => {
  const header = {
    schemaVersion: AUTOSAVE_SCHEMA_VERSION,
    baseRevision: 3,
    tabId: 't',
    savedAt: '2026-12-06T09:00:00.000Z',
    dataset: null,
  };

  it('notes only the parts that changed, as JSON gives them back', () => {
    const { store } = tab();
    const stored = undoableData(store.getState());
    addSchool(store, 'A');
    const journal = new MemoryStorage();
    expect(noteUnsavedChanges(journal, header, [stored], undoableData(store.getState()))).toBe(true);
    const note = readUnsavedJournal(journal, AUTOSAVE_SCHEMA_VERSION);
    expect(Object.keys(note?.parts ?? {})).toEqual(['schools']);
    expect(note?.parts.schools).toEqual(JSON.parse(JSON.stringify(store.getState().schools)));
    expect(note?.baseRevision).toBe(3);
  });

  it('notes every part that differs from any of its bases, so it applies on each of them', () => {
    const { store } = tab();
    const stored = undoableData(store.getState());
    addSchool(store, 'A');
    const underWay = undoableData(store.getState());
    store.getState().replaceData({ schools: stored.schools, radii: { ...stored.radii } });
    const data = undoableData(store.getState());
    const journal = new MemoryStorage();
    expect(noteUnsavedChanges(journal, header, [stored, underWay], data)).toBe(true);
    const note = readUnsavedJournal(journal, AUTOSAVE_SCHEMA_VERSION);
    // The schools are back as stored but differ from the write under way; the radii differ from both.
    expect(Object.keys(note?.parts ?? {}).sort()).toEqual(['radii', 'schools']);
    for (const base of [stored, underWay]) {
      const applied: Record<string, unknown> = { ...base, ...note?.parts };
      for (const [key, value] of Object.entries(data)) {
        if (key in (note?.parts ?? {})) expect(applied[key]).toEqual(JSON.parse(JSON.stringify(value)));
        else expect(applied[key]).toBe(value);
      }
    }
  });

  it('notes by name the parts that are the default data started again with, whatever they hold', () => {
    const { store } = tab();
    const stored = undoableData(store.getState());
    const population = { ...(stored.population ?? {}) } as typeof stored.population;
    store.getState().replaceData({ population });
    addSchool(store, 'A');
    const started = undoableData(store.getState());
    const journal = new MemoryStorage();
    expect(noteUnsavedChanges(journal, header, [stored], started, started)).toBe(true);
    const note = readUnsavedJournal(journal, AUTOSAVE_SCHEMA_VERSION);
    expect(note?.defaultParts?.sort()).toEqual(['population', 'schools']);
    expect(note?.parts).toEqual({});
    // Without them named, the population is not a part a note may hold.
    expect(noteUnsavedChanges(journal, header, [stored], started)).toBe(false);
  });

  it('notes nothing when a changed part is not plain JSON or is not one it may note', () => {
    const { store } = tab();
    const stored = undoableData(store.getState());
    const journal = new MemoryStorage();
    journal.setItem(JOURNAL_KEY, 'an older note');
    const odd = { ...stored, schools: [{ ...makeSchool({ code: 'N', name: 'N' }), lon: Number.NaN }] };
    expect(noteUnsavedChanges(journal, header, [stored], odd)).toBe(false);
    expect(journal.getItem(JOURNAL_KEY)).toBeNull();
    const population = {
      ...stored,
      population: { ...(stored.population ?? {}) } as typeof stored.population,
    };
    expect(noteUnsavedChanges(journal, header, [stored], population)).toBe(false);
    expect(journal.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('reads back only a note of its own layout', () => {
    const journal = new MemoryStorage();
    for (const text of ['not json', '{}', JSON.stringify({ ...header, schemaVersion: 99, parts: {} })]) {
      journal.setItem(JOURNAL_KEY, text);
      expect(readUnsavedJournal(journal, AUTOSAVE_SCHEMA_VERSION)).toBeNull();
    }
    journal.setItem(JOURNAL_KEY, JSON.stringify({ ...header, parts: { population: [] } }));
    expect(readUnsavedJournal(journal, AUTOSAVE_SCHEMA_VERSION)).toBeNull();
    journal.setItem(JOURNAL_KEY, JSON.stringify({ ...header, pendingSavedAt: [3], parts: {} }));
    expect(readUnsavedJournal(journal, AUTOSAVE_SCHEMA_VERSION)).toBeNull();
    journal.setItem(JOURNAL_KEY, JSON.stringify({ ...header, defaultParts: 'population', parts: {} }));
    expect(readUnsavedJournal(journal, AUTOSAVE_SCHEMA_VERSION)).toBeNull();
    journal.setItem(JOURNAL_KEY, JSON.stringify({ ...header, parts: { schools: [] } }));
    expect(readUnsavedJournal(journal, AUTOSAVE_SCHEMA_VERSION)?.parts.schools).toEqual([]);
  });
});
