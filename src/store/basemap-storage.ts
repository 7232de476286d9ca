/**
 * Keeps the basemap in this browser: the opened PMTiles file as a Blob in IndexedDB (a database
 * of its own, so the work's database is untouched), and the choice of basemap in localStorage.
 * IndexedDB rather than a stored file handle: it works in every browser the bureau has, with no
 * permission prompt at each visit. A file too large for the browser's free storage is not kept;
 * it still works for this session, and a message says so.
 */
import { type IDBPDatabase, openDB } from 'idb';
import type { BasemapChoice, BasemapFile } from '../domain/basemap.ts';
import { type Message, message } from '../domain/message.ts';
import { loadVectorBasemapStyle } from '../map/layers/vector-basemap-layers.ts';
import type { OpenedBasemap } from './context-slice.ts';
import type { AtlasStore } from './index.ts';

const DATABASE = 'school-layout-atlas-basemap';
const OBJECT_STORE = 'files';
const KEY = 'current';
const CHOICE_KEY = 'school-layout-atlas.basemap-choice';
/** Leave this share of the free space to the work itself. */
const FREE_SPACE_SHARE = 0.8;

interface KeptBasemap {
  file: BasemapFile;
  blob: Blob;
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

async function database(): Promise<IDBPDatabase> {
  return openDB(DATABASE, 1, {
    upgrade(created) {
      created.createObjectStore(OBJECT_STORE);
    },
  });
}

/**
 * Keeps the file for the next visit; returns null when kept, else the message that says why not.
 * @param estimate the browser's storage estimate (tests pass their own)
 */
export async function keepBasemapFile(
  opened: Pick<OpenedBasemap, 'file' | 'blob'>,
  estimate: () => Promise<StorageEstimate> = () => navigator.storage.estimate(),
): Promise<Message | null> {
  try {
    const { quota = 0, usage = 0 } = await estimate().catch(() => ({}) as StorageEstimate);
    const free = Math.max(0, quota - usage) * FREE_SPACE_SHARE;
    if (quota > 0 && opened.blob.size > free) {
      return message('basemapNotKeptTooLarge', { size: megabytes(opened.blob.size), free: megabytes(free) });
    }
    const db = await database();
    try {
      await db.put(OBJECT_STORE, { file: opened.file, blob: opened.blob } satisfies KeptBasemap, KEY);
    } finally {
      db.close();
    }
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return message('basemapNotKeptError', { reason });
  }
}

/** Forgets the kept file. */
export async function forgetBasemapFile(): Promise<void> {
  try {
    const db = await database();
    await db.delete(OBJECT_STORE, KEY);
    db.close();
  } catch {
    // Nothing kept, or storage unavailable: nothing to forget.
  }
}

/** Puts the kept file, if any, into the store (marked kept). */
export async function restoreBasemapFile(store: AtlasStore): Promise<void> {
  try {
    const db = await database();
    const kept = (await db.get(OBJECT_STORE, KEY)) as KeptBasemap | undefined;
    db.close();
    if (kept?.blob && kept.file) {
      // The vector style's package before the store names the file: the style is built at once.
      if (kept.file.format === 'vector') await loadVectorBasemapStyle();
      store.getState().setBasemapFile({ file: kept.file, blob: kept.blob, kept: true });
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    store.getState().setBasemapMessages([message('basemapRestoreFailed', { reason })]);
  }
}

function readChoice(text: string | null): BasemapChoice | null {
  try {
    const value = JSON.parse(text ?? 'null') as BasemapChoice | null;
    if (value?.kind === 'none' || value?.kind === 'file') return { kind: value.kind };
    if (value?.kind === 'service' && typeof value.id === 'string') return { kind: 'service', id: value.id };
  } catch {
    // A corrupt entry: no stored choice.
  }
  return null;
}

/** The stored choice of basemap, or null when the user never chose (the deployment's default applies). */
export function storedBasemapChoice(storage: Storage | undefined): BasemapChoice | null {
  try {
    return readChoice(storage?.getItem(CHOICE_KEY) ?? null);
  } catch {
    return null;
  }
}

/** Saves the choice whenever it changes; returns the unsubscriber. */
export function keepBasemapChoice(store: AtlasStore, storage: Storage | undefined): () => void {
  return store.subscribe(
    (state) => state.basemapChoice,
    (choice) => {
      try {
        storage?.setItem(CHOICE_KEY, JSON.stringify(choice));
      } catch {
        // Private mode: the choice lasts for this session.
      }
    },
  );
}
