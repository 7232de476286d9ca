/** The session slice: how the browser copy of the work stands (autosave, storage, other tabs). */
import type { StateCreator } from 'zustand';
import type { Message } from '../domain/message.ts';
import type { AtlasState } from './index.ts';

/** The autosave's state, as the status line shows it. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: Message }
  /** Another tab saved newer data: this tab stops saving until the user chooses. */
  | { kind: 'conflict'; otherSavedAt: string }
  /**
   * The browser holds saved work this app cannot read (a newer schema version, or no version):
   * it is never overwritten, so this tab runs on the default data and does not save.
   * `version` is the record's schema version, null when it states none.
   */
  | { kind: 'foreign-record'; version: number | null; savedAt: string | null };

export interface SessionSlice {
  saveStatus: SaveStatus;
  /** Whether the browser granted persistent storage (null = not asked or not supported). */
  storagePersistent: boolean | null;
  /** When the data was restored from this browser's saved copy, the time it was saved. */
  restoredFrom: string | null;
  setSaveStatus(status: SaveStatus): void;
}

export const createSessionSlice: StateCreator<AtlasState, [], [], SessionSlice> = (set) => ({
  saveStatus: { kind: 'idle' },
  storagePersistent: null,
  restoredFrom: null,
  setSaveStatus(saveStatus) {
    set({ saveStatus });
  },
});
