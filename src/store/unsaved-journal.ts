/**
 * A synchronous note of the changes a closing page could not be sure to save. When the page is
 * hidden or closed, the autosave commits its IndexedDB write at once, but the page may be gone
 * before the browser has taken the record (a large record on a busy machine: the write is lost and
 * a reload shows the work from before). localStorage is written synchronously while the page is
 * still there, so the changed parts also go there; the next start applies them when IndexedDB
 * still holds the record they were based on, or one of the tab's own writes that were still on
 * their way when the note was made (an ordinary save under way lands before the closing page's
 * write), and a save that reached IndexedDB removes the note.
 *
 * Only parts that survive JSON unchanged are noted (the roster, candidates, radii, rules, the
 * forecast's assumptions, a consolidation plan), and only when they fit well within the storage's
 * quota; otherwise nothing is noted and the IndexedDB write alone stands, as before. Parts that
 * are the embedded default data's ("start again from the default data") are noted by name only,
 * whatever they hold: the next start takes them from the default data it has loaded.
 */
import type { DatasetInfo, EditableData } from './data-slice.ts';

/** Where the note is kept: the page's localStorage in the app, a stand-in in tests. */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The note's key in localStorage. */
export const JOURNAL_KEY = 'school-layout-atlas:unsaved-changes';

/** The parts that may be noted: plain JSON, read back as they were written. */
const NOTABLE_PARTS = [
  'schools',
  'candidates',
  'radii',
  'ruleSet',
  'seatForecast',
  'consolidationPlan',
] as const satisfies readonly (keyof EditableData)[];

type NotablePart = (typeof NOTABLE_PARTS)[number];

/** At most this many characters are noted (localStorage holds about five million per origin). */
const MAX_JOURNAL_CHARACTERS = 2_000_000;

/** The note: the changed parts and the saved record they were based on. */
export interface UnsavedJournal {
  /** The autosave record layout the parts belong to. */
  schemaVersion: number;
  /** The revision of the saved record the changes were made on (0: none saved yet). */
  baseRevision: number;
  tabId: string;
  /** When the closing page's own record was made (that record holds every change noted). */
  savedAt: string;
  /**
   * When this tab's records still on their way to the database were made (their `savedAt`): the
   * note applies on any of them as on its base (absent in notes of earlier versions).
   */
  pendingSavedAt?: string[];
  dataset: DatasetInfo | null;
  parts: Partial<Pick<EditableData, NotablePart>>;
  /** The parts that are the embedded default data's, by name (absent in notes of earlier versions). */
  defaultParts?: string[];
}

/** The page's localStorage, or null where there is none or it is refused. */
export function pageJournalStorage(): JournalStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** Refuses what JSON would not give back as it is: non-finite numbers, typed arrays, maps, dates. */
function plainJson(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('not finite');
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) throw new Error('not a plain object');
  }
  return value;
}

function isNotable(key: string): key is NotablePart {
  return (NOTABLE_PARTS as readonly string[]).includes(key);
}

/** The note's text, or null when a changed part cannot be noted or the note would be too large. */
function noteText(
  header: Omit<UnsavedJournal, 'parts' | 'defaultParts'>,
  changed: readonly (keyof EditableData)[],
  data: EditableData,
  defaults: Partial<EditableData> | null,
): string | null {
  const defaultParts = changed.filter(
    (key) => defaults !== null && key in defaults && data[key] === defaults[key],
  );
  const own = changed.filter((key) => !defaultParts.includes(key));
  if (!own.every(isNotable)) return null;
  const parts = Object.fromEntries(own.map((key) => [key, data[key as NotablePart]]));
  const named = defaultParts.length > 0 ? { defaultParts } : {};
  try {
    const text = JSON.stringify({ ...header, parts, ...named } satisfies UnsavedJournal, plainJson);
    return text.length > MAX_JOURNAL_CHARACTERS ? null : text;
  } catch {
    // A part JSON would change.
    return null;
  }
}

/**
 * Notes the parts of `data` that differ from any of `bases` (the stored data, and the data of the
 * writes still on their way), so that the note applied on any of them gives `data`; returns whether
 * the note was written. A part that is the very one in `defaults` (the embedded default data the
 * user started again from) is noted by name. Writes nothing (and removes an older note) when a
 * changed part cannot be noted or the note is too large.
 * @example noteUnsavedChanges(localStorage, { schemaVersion: 1, baseRevision: 3, tabId, savedAt, dataset }, [stored], data)
 */
export function noteUnsavedChanges(
  storage: JournalStorage | null,
  header: Omit<UnsavedJournal, 'parts' | 'defaultParts'>,
  bases: readonly EditableData[],
  data: EditableData,
  defaults: Partial<EditableData> | null = null,
): boolean {
  if (!storage) return false;
  const changed = (Object.keys(data) as (keyof EditableData)[]).filter((key) =>
    bases.some((base) => data[key] !== base[key]),
  );
  const text = noteText(header, changed, data, defaults);
  if (text !== null) {
    try {
      storage.setItem(JOURNAL_KEY, text);
      return true;
    } catch {
      // The storage refused (full, private mode): no note.
    }
  }
  forgetUnsavedJournal(storage);
  return false;
}

/** The note, if there is one this layout can read. */
export function readUnsavedJournal(
  storage: JournalStorage | null,
  schemaVersion: number,
): UnsavedJournal | null {
  if (!storage) return null;
  let value: unknown;
  try {
    const text = storage.getItem(JOURNAL_KEY);
    if (text === null) return null;
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const note = value as Partial<Record<keyof UnsavedJournal, unknown>>;
  const readable =
    note.schemaVersion === schemaVersion &&
    typeof note.baseRevision === 'number' &&
    Number.isInteger(note.baseRevision) &&
    typeof note.tabId === 'string' &&
    typeof note.savedAt === 'string' &&
    (note.pendingSavedAt === undefined ||
      (Array.isArray(note.pendingSavedAt) &&
        note.pendingSavedAt.every((savedAt) => typeof savedAt === 'string'))) &&
    (note.defaultParts === undefined ||
      (Array.isArray(note.defaultParts) && note.defaultParts.every((part) => typeof part === 'string'))) &&
    typeof note.parts === 'object' &&
    note.parts !== null &&
    Object.keys(note.parts).every(isNotable) &&
    (!('schools' in note.parts) || Array.isArray((note.parts as { schools?: unknown }).schools));
  return readable ? (value as UnsavedJournal) : null;
}

/** Removes the note (its changes reached IndexedDB, or they were based on another record). */
export function forgetUnsavedJournal(storage: JournalStorage | null): void {
  try {
    storage?.removeItem(JOURNAL_KEY);
  } catch {
    // A storage that refuses holds no note of ours either.
  }
}
