/**
 * Starting again never lowers the revision nor hides the new start from another tab: the default
 * data ("start again from the default data") is saved as an ordinary edit — the next revision, so
 * a tab that saved before is told of it, a tab closed at once keeps it (its write or its note),
 * and an older note does not bring the data back — and the record saved in place of a discarded
 * record of a newer version is above every revision this tab has seen.
 */
import { describe, expect, it } from 'vitest';
import { loadDefaultDataset } from '../../../src/io/default-dataset.ts';
import { resetToDefaultData } from '../../../src/store/app-autosave.ts';
import { Autosave } from '../../../src/store/autosave.ts';
import { useAtlasStore } from '../../../src/store/index.ts';
import { AUTOSAVE_SCHEMA_VERSION, type SavedWork } from '../../../src/store/saved-work.ts';
import { JOURNAL_KEY } from '../../../src/store/unsaved-journal.ts';
import {
  addSchool,
  MemoryStorage,
  putRecord,
  readRecord,
  schoolCodes,
  settle,
  startedTab,
  stops,
  tab,
} from './autosave-tabs.ts';

const DEFAULT_CODES = loadDefaultDataset().roster.accepted.map((row) => row.record.code);

/** The app's own tab (the one "start again" acts on) with school A saved as revision 1. */
async function appTabThatSavedA() {
  const journal = new MemoryStorage();
  useAtlasStore.setState({ loadStatus: 'ready', schools: [] });
  const autosave = new Autosave(useAtlasStore, journal);
  stops.push(() => autosave.stop());
  await autosave.open();
  autosave.start();
  addSchool(useAtlasStore, 'A');
  await autosave.save();
  return { autosave, journal, before: (await readRecord()) as SavedWork };
}

/** What the next start shows, from `record` (undefined: the one stored) and the note `note`. */
async function nextStart(journal: MemoryStorage, note: string | null, record?: unknown) {
  if (record !== undefined) await putRecord(record);
  if (note === null) journal.removeItem(JOURNAL_KEY);
  else journal.setItem(JOURNAL_KEY, note);
  const next = tab(journal);
  // As the app starts: the default data first, then the saved work on top.
  await next.store.getState().loadDefaultData();
  return schoolCodes(await next.autosave.open());
}

describe('starting again from the default data', () => {
  it('is saved as the next revision: a tab that saved before is told of it, not written over', async () => {
    const { autosave, before } = await appTabThatSavedA();
    const other = await startedTab();
    await resetToDefaultData(autosave);
    await settle();
    const again = (await readRecord()) as SavedWork;
    expect(schoolCodes(again)).toEqual(DEFAULT_CODES);
    expect(again.revision).toBe(before.revision + 1);
    addSchool(other.store, 'O');
    await other.autosave.save();
    expect(other.store.getState().saveStatus.kind).toBe('conflict');
    expect(await readRecord()).toEqual(again);
  });

  it('is kept when the tab closes at once, whether its write landed or not', async () => {
    const { autosave, journal, before } = await appTabThatSavedA();
    await resetToDefaultData(autosave);
    expect(autosave.flush()).toBe(true);
    const note = journal.getItem(JOURNAL_KEY);
    expect(note).not.toBeNull();
    autosave.stop();
    await settle();
    expect(await nextStart(journal, note)).toEqual(DEFAULT_CODES);
    expect(await nextStart(journal, note, before)).toEqual(DEFAULT_CODES);
  });

  it('is not undone by a note left from before it', async () => {
    const { autosave, journal } = await appTabThatSavedA();
    // Hidden with B unsaved: B's write and note; the page lives on and starts again.
    addSchool(useAtlasStore, 'B');
    expect(autosave.flush()).toBe(true);
    const older = journal.getItem(JOURNAL_KEY);
    await resetToDefaultData(autosave);
    await settle();
    expect(journal.getItem(JOURNAL_KEY)).toBeNull();
    autosave.stop();
    expect(await nextStart(journal, older)).toEqual(DEFAULT_CODES);
  });
});

describe('saving in place of a discarded record of a newer version', () => {
  it('writes above every revision seen: a tab that saved before is told of it', async () => {
    const { autosave, before } = await appTabThatSavedA();
    const other = await startedTab();
    await putRecord({ ...before, schemaVersion: AUTOSAVE_SCHEMA_VERSION + 1, revision: 0 });
    addSchool(useAtlasStore, 'B');
    await autosave.save();
    expect(useAtlasStore.getState().saveStatus.kind).toBe('foreign-record');
    await autosave.discardForeignRecord();
    const replaced = (await readRecord()) as SavedWork;
    expect(schoolCodes(replaced)).toEqual(['A', 'B']);
    expect(replaced.revision).toBe(before.revision + 1);
    addSchool(other.store, 'O');
    await other.autosave.save();
    expect(other.store.getState().saveStatus.kind).toBe('conflict');
    expect(await readRecord()).toEqual(replaced);
  });
});
