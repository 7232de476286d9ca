/**
 * Reading a roster file in the import worker, for the import dialog: progress as the rows are
 * checked, cancellation, and the same result as `readRosterBytes` on the main thread — which
 * is where it runs when there is no `Worker` (tests in Node) or the worker fails to start.
 */
import { MessageError, message } from '../domain/message.ts';
import { type RosterImportResult, readRosterBytes } from '../io/read-roster-bytes.ts';
import type { ImportRequest, ImportResponse, WorkerReadOptions } from './import-protocol.ts';

/** What of a Worker is used here, so tests can pass a stand-in. */
export interface ImportWorkerLike {
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Options of {@link readRosterBytesInWorker}: the read options, plus control of the run. */
export interface InWorkerReadOptions extends WorkerReadOptions {
  /** Aborting rejects the promise with an AbortError and stops the worker. */
  signal?: AbortSignal;
  /**
   * Makes the worker; null means "read on the main thread". Default: the bundled import worker
   * where `Worker` exists, else null. Tests pass a stand-in.
   */
  createWorker?: () => ImportWorkerLike | null;
}

function createImportWorker(): ImportWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./import.worker.ts', import.meta.url), {
    type: 'module',
    name: 'import',
  }) as ImportWorkerLike;
}

function abortError(): DOMException {
  // Never shown: the dialog drops a cancelled read.
  return new DOMException('import cancelled', 'AbortError');
}

/**
 * Gives rejected rows' original cells back their null prototype, which structured cloning
 * drops, so a result from the worker has exactly the shape of one from the main thread.
 */
function restorePrototypes(result: RosterImportResult): RosterImportResult {
  for (const row of result.rejected) {
    row.original = Object.assign(Object.create(null) as Record<string, string>, row.original);
  }
  return result;
}

let nextId = 1;

/**
 * Reads a roster file's bytes off the main thread; resolves with what `readRosterBytes` gives
 * (which never throws: unreadable files come back with `fileErrors`).
 * @param onProgress called with rows checked and rows in all (0 of n once parsing is done),
 *   at most about 100 times
 * @example
 * const controller = new AbortController();
 * const result = await readRosterBytesInWorker(bytes, '名录.csv', { coords: 'gcj02', signal: controller.signal },
 *   (done, total) => setProgress(done / total));
 */
export function readRosterBytesInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: InWorkerReadOptions = {},
  onProgress?: (done: number, total: number) => void,
): Promise<RosterImportResult> {
  const { signal, createWorker = createImportWorker, ...readOptions } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const onMainThread = async (): Promise<RosterImportResult> => {
    const result = await readRosterBytes(bytes, fileName, {
      ...readOptions,
      ...(onProgress ? { onProgress } : {}),
    });
    if (signal?.aborted) throw abortError();
    return result;
  };
  let worker: ImportWorkerLike | null;
  try {
    worker = createWorker();
  } catch {
    worker = null;
  }
  if (!worker) return onMainThread();
  const running = worker;
  const id = nextId++;
  return new Promise<RosterImportResult>((resolve, reject) => {
    const finish = () => {
      running.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    running.onmessage = (event) => {
      const response = event.data;
      if (response.id !== id) return;
      if (response.kind === 'progress') onProgress?.(response.done, response.total);
      else if (response.kind === 'result') {
        finish();
        resolve(restorePrototypes(response.result));
      } else {
        finish();
        reject(
          new MessageError(message('importWorkerFailed', { file: fileName, problem: response.message })),
        );
      }
    };
    running.onerror = (event) => {
      // The worker could not start (or crashed): the main thread can still do the work.
      event.preventDefault?.();
      finish();
      onMainThread().then(resolve, reject);
    };
    // A copy is transferred, so the caller keeps its bytes (to re-read with another encoding).
    const copy = bytes.slice();
    running.postMessage({ id, bytes: copy, fileName, options: readOptions }, [copy.buffer]);
  });
}
