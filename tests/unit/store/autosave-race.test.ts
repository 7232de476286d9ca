/**
 * An edit made while an ordinary save is under way, just before the page goes: IndexedDB runs the
 * save's transaction before the one the closing page commits, so the page may go when only the
 * save's record — without the last edit — has landed. Whichever of the writes landed, the next
 * start shows what was on screen.
 */
import { describe, expect, it, vi } from 'vitest';
import type { createAtlasStore } from '../../../src/store/index.ts';
import { applySavedWork, type SavedWork } from '../../../src/store/saved-work.ts';
import { JOURNAL_KEY } from '../../../src/store/unsaved-journal.ts';
import {
  addSchool,
  beforeNextGet,
  type MemoryStorage,
  putRecord,
  readRecord,
  schoolCodes,
  settle,
  stops,
  tab,
  tabThatSavedA,
  watchPuts,
} from './autosave-tabs.ts';

type Store = ReturnType<typeof createAtlasStore>;

interface Closing {
  journal: MemoryStorage;
  first: ReturnType<typeof tab>;
  /** The record saved before the edits. */
  before: unknown;
  /** The records put, in order. */
  puts: SavedWork[];
  /** The note in localStorage as the page went (null: none). */
  note: string | null;
  /** The schools on screen as the page went. */
  shown: string[];
}

/**
 * A first tab saves A, adds B and starts a save; as that save puts its record, `lastEdit` runs and
 * the page is hidden or closed (`flush`). Returns once every write has landed.
 */
async function editWhileSaving(lastEdit: (store: Store) => void, close = true): Promise<Closing> {
  const { first, journal, before } = await tabThatSavedA();
  addSchool(first.store, 'B');
  const closing = { journal, first, before, note: null as string | null, shown: [] as string[] };
  const puts = watchPuts((index) => {
    if (index !== 0) return;
    lastEdit(first.store);
    closing.shown = first.store.getState().schools.map((school) => school.code);
    expect(first.autosave.flush()).toBe(true);
    closing.note = journal.getItem(JOURNAL_KEY);
  });
  await first.autosave.save();
  if (close) first.autosave.stop();
  await settle();
  return { ...closing, puts };
}

/**
 * What the next start finds when the page went with `record` in the database (undefined: the one
 * that landed last) and its note still in localStorage.
 */
async function reopen(closing: Closing, record: unknown): Promise<SavedWork | null> {
  if (record !== undefined) await putRecord(record);
  if (closing.note === null) closing.journal.removeItem(JOURNAL_KEY);
  else closing.journal.setItem(JOURNAL_KEY, closing.note);
  return tab(closing.journal).autosave.open();
}

/** Which record the page left behind: the one from before, the save's, or whichever landed last. */
const LANDED = {
  'neither write landed': (closing: Closing) => closing.before,
  "only the save's write landed": (closing: Closing) => closing.puts[0],
  'every write landed': () => undefined,
} as const;

const undo = (store: Store) => store.temporal.getState().undo();

describe('an edit made while a save is under way, then the page closes', () => {
  for (const [landed, leftBehind] of Object.entries(LANDED)) {
    it(`is kept when ${landed}`, async () => {
      const closing = await editWhileSaving((store) => addSchool(store, 'C'));
      expect(closing.shown).toEqual(['A', 'B', 'C']);
      // The save under way writes the data from before the last edit.
      expect(schoolCodes(closing.puts[0])).toEqual(['A', 'B']);
      const saved = await reopen(closing, leftBehind(closing));
      expect(schoolCodes(saved)).toEqual(['A', 'B', 'C']);
    });

    it(`is kept when it reverts the change being saved and ${landed}`, async () => {
      const closing = await editWhileSaving(undo);
      expect(closing.shown).toEqual(['A']);
      expect(schoolCodes(closing.puts[0])).toEqual(['A', 'B']);
      const saved = await reopen(closing, leftBehind(closing));
      expect(schoolCodes(saved)).toEqual(['A']);
    });
  }

  it('applies the note on the save’s record and saves it; a note whose own write landed is dropped', async () => {
    // Every record made in the same millisecond: a tab's records are still told apart.
    const clock = vi.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-06T09:00:00.000Z'));
    stops.push(() => clock.mockRestore());
    const closing = await editWhileSaving((store) => addSchool(store, 'C'));
    const flushed = closing.puts.at(-1);
    expect(schoolCodes(flushed)).toEqual(['A', 'B', 'C']);
    expect(flushed?.savedAt).not.toBe(closing.puts[0]?.savedAt);

    const second = tab(closing.journal);
    await putRecord(closing.puts[0]);
    closing.journal.setItem(JOURNAL_KEY, closing.note as string);
    const saved = await second.autosave.open();
    expect(saved?.revision).toBe(closing.puts[0]?.revision);
    if (saved) second.store.setState({ schools: saved.data.schools });
    second.autosave.start();
    await settle();
    const after = (await readRecord()) as SavedWork;
    expect(schoolCodes(after)).toEqual(['A', 'B', 'C']);
    expect(after.revision).toBe((saved?.revision ?? 0) + 1);
    expect(closing.journal.getItem(JOURNAL_KEY)).toBeNull();
    second.autosave.stop();

    // The flush's own record: the note is not applied (nothing to save again) and goes.
    await putRecord(flushed);
    closing.journal.setItem(JOURNAL_KEY, closing.note as string);
    const third = await tab(closing.journal).autosave.open();
    expect(third?.savedAt).toBe(flushed?.savedAt);
    expect(closing.journal.getItem(JOURNAL_KEY)).toBeNull();
  });

  it('is dropped, whichever write landed, once another tab saved over it', async () => {
    for (const leftBehind of [LANDED['neither write landed'], LANDED["only the save's write landed"]]) {
      const closing = await editWhileSaving((store) => addSchool(store, 'C'));
      await putRecord(leftBehind(closing));
      closing.journal.setItem(JOURNAL_KEY, closing.note as string);
      // Another tab, open since before the edits, keeps its own data over whatever is stored.
      const other = tab();
      await other.autosave.open();
      await putRecord(leftBehind(closing));
      addSchool(other.store, 'X');
      await other.autosave.keepThisTab();
      const saved = await tab(closing.journal).autosave.open();
      expect(saved?.tabId).not.toBe(closing.puts[0]?.tabId);
      expect(schoolCodes(saved)).toEqual(['X']);
      expect(closing.journal.getItem(JOURNAL_KEY)).toBeNull();
    }
  });
});

describe('a start that applied a note', () => {
  it('notes those changes again when the page closes while their save is under way', async () => {
    const closing = await editWhileSaving((store) => addSchool(store, 'C'));
    const reopened = tab(closing.journal);
    await putRecord(closing.before);
    closing.journal.setItem(JOURNAL_KEY, closing.note as string);
    const saved = await reopened.autosave.open();
    expect(schoolCodes(saved)).toEqual(['A', 'B', 'C']);
    if (saved) applySavedWork(reopened.store, saved);
    reopened.autosave.start();
    // The changes brought back count as unsaved until their save lands.
    expect(reopened.autosave.hasUnsavedChanges()).toBe(true);
    let note: string | null = null;
    beforeNextGet(() => {
      expect(reopened.autosave.flush()).toBe(true);
      note = closing.journal.getItem(JOURNAL_KEY);
    });
    await reopened.autosave.save();
    reopened.autosave.stop();
    await settle();
    // Neither write landed this time either.
    await putRecord(closing.before);
    closing.journal.setItem(JOURNAL_KEY, note as unknown as string);
    expect(schoolCodes(await tab(closing.journal).autosave.open())).toEqual(['A', 'B', 'C']);
  });
});

describe('a page hidden while a save is under way, then shown again', () => {
  it('ends with everything saved and the note gone, and saves the next edit as usual', async () => {
    const { first, journal } = await editWhileSaving((store) => addSchool(store, 'C'), false);
    expect(journal.getItem(JOURNAL_KEY)).toBeNull();
    expect(first.autosave.hasUnsavedChanges()).toBe(false);
    const landed = (await readRecord()) as SavedWork;
    expect(schoolCodes(landed)).toEqual(['A', 'B', 'C']);

    addSchool(first.store, 'D');
    await first.autosave.save();
    expect(first.store.getState().saveStatus.kind).toBe('saved');
    const next = (await readRecord()) as SavedWork;
    expect(schoolCodes(next)).toEqual(['A', 'B', 'C', 'D']);
    expect(next.revision).toBe(landed.revision + 1);
    expect(first.autosave.hasUnsavedChanges()).toBe(false);
  });
});

describe('a flush under way when a save starts, and the page closes as that save waits', () => {
  it('keeps every edit, whichever of the three writes landed', async () => {
    const { first, journal, before } = await tabThatSavedA();
    const puts = watchPuts();
    // Hidden: B is flushed; before that write lands, C is made and a save of it starts; D is made
    // and the page closes while that save waits for the flush's write.
    addSchool(first.store, 'B');
    expect(first.autosave.flush()).toBe(true);
    addSchool(first.store, 'C');
    let note: string | null = null;
    beforeNextGet(() => {
      addSchool(first.store, 'D');
      expect(first.autosave.flush()).toBe(true);
      note = journal.getItem(JOURNAL_KEY);
    });
    await first.autosave.save();
    first.autosave.stop();
    await settle();
    // In the order they were put (IndexedDB runs the save's before the last flush's).
    const [hidden, closing, saved] = puts;
    expect([hidden, saved, closing].map(schoolCodes)).toEqual([
      ['A', 'B'],
      ['A', 'B', 'C'],
      ['A', 'B', 'C', 'D'],
    ]);
    expect(schoolCodes((await readRecord()) as SavedWork)).toEqual(['A', 'B', 'C', 'D']);

    for (const record of [before, hidden, saved, closing]) {
      await putRecord(record);
      journal.setItem(JOURNAL_KEY, note as unknown as string);
      expect(schoolCodes(await tab(journal).autosave.open())).toEqual(['A', 'B', 'C', 'D']);
    }
  });
});
