/**
 * The record the autosave keeps in IndexedDB: its layout and version, which stored records this
 * app may read (and so write over), why a browser refused a write, and saved work put back into
 * the store.
 */

import { errorMessage, type Message, message } from '../domain/message.ts';
import { NO_FORECAST_ASSUMPTIONS } from '../domain/seats.ts';
import { readSeatForecast } from '../io/seat-forecast-fields.ts';
import type { DatasetInfo, EditableData } from './data-slice.ts';
import type { AtlasStore } from './index.ts';

/** The layout of the record this app writes and reads. */
export const AUTOSAVE_SCHEMA_VERSION = 1;

/** What is kept in IndexedDB. */
export interface SavedWork {
  /** Layout of this record; bumped with a migration when it changes. */
  schemaVersion: typeof AUTOSAVE_SCHEMA_VERSION;
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

/**
 * Whether a stored record is one this app wrote in its own layout. Anything else — a newer
 * version's record, or one without a version — is someone else's work: read nothing from it,
 * and never write over it.
 */
export function isReadableRecord(record: unknown): record is SavedWork {
  if (typeof record !== 'object' || record === null) return false;
  const { schemaVersion, revision, data } = record as Partial<Record<keyof SavedWork, unknown>>;
  return (
    schemaVersion === AUTOSAVE_SCHEMA_VERSION &&
    typeof revision === 'number' &&
    Number.isFinite(revision) &&
    typeof data === 'object' &&
    data !== null
  );
}

/** The schema version and save time a record states, whatever its layout. */
export function describeRecord(record: unknown): { version: number | null; savedAt: string | null } {
  const { schemaVersion, savedAt } = (typeof record === 'object' && record !== null ? record : {}) as {
    schemaVersion?: unknown;
    savedAt?: unknown;
  };
  return {
    version: typeof schemaVersion === 'number' && Number.isFinite(schemaVersion) ? schemaVersion : null,
    savedAt: typeof savedAt === 'string' ? savedAt : null,
  };
}

/** Puts saved work into the store as the loaded data (not an undo step). */
export function applySavedWork(store: AtlasStore, saved: SavedWork): void {
  // Fields missing from the saved copy keep the defaults already loaded.
  const present = Object.fromEntries(
    Object.entries(saved.data).filter(([, value]) => value !== undefined && value !== null),
  );
  // The forecast's assumptions go through the backup's checks: unsound ones are left at the defaults.
  if ('seatForecast' in present)
    present.seatForecast = readSeatForecast(present.seatForecast) ?? NO_FORECAST_ASSUMPTIONS;
  store.setState({
    ...present,
    ...(saved.dataset ? { dataset: saved.dataset } : {}),
    restoredFrom: saved.savedAt,
  });
  store.temporal.getState().clear();
}
