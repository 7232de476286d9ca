/**
 * Reading a file of any import kind in the import worker, for the import flow: progress as a
 * roster's rows are checked, cancellation, and the same result as `readImportFile` on the main
 * thread — which is where it runs when there is no `Worker` (tests in Node) or the worker fails
 * to start.
 */
import { MessageError, message } from '../domain/message.ts';
import type { ImportReadRequest, ImportReadResult } from '../io/import-flow/read-import-file.ts';
import type { RosterImportResult } from '../io/read-roster-bytes.ts';
import type { ImportRequest, ImportResponse, WorkerReadOptions } from './import-protocol.ts';

/** What of a Worker is used here, so tests can pass a stand-in. */
export interface ImportWorkerLike {
  postMessage(message: ImportRequest, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** How a read in the worker runs. */
export interface InWorkerControl {
  /** Aborting rejects the promise with an AbortError and stops the worker. */
  signal?: AbortSignal;
  /**
   * Makes the worker; null means "read on the main thread". Default: the bundled import worker
   * where `Worker` exists, else null. Tests pass a stand-in.
   */
  createWorker?: () => ImportWorkerLike | null;
  /** Rows checked and rows in all (rosters), at most about 100 times. */
  onProgress?: (done: number, total: number) => void;
}

/** Options of {@link readRosterBytesInWorker}: the read options, plus control of the run. */
export interface InWorkerReadOptions extends WorkerReadOptions {
  signal?: AbortSignal;
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
  // Never shown: the flow drops a cancelled read.
  return new DOMException('import cancelled', 'AbortError');
}

/**
 * Gives rejected rows' original cells back their null prototype, which structured cloning
 * drops, so a result from the worker has exactly the shape of one from the main thread.
 */
function restorePrototypes(result: ImportReadResult): ImportReadResult {
  if (result.kind !== 'roster') return result;
  for (const row of result.read.rejected) {
    row.original = Object.assign(Object.create(null) as Record<string, string>, row.original);
  }
  return result;
}

let nextId = 1;

/**
 * Reads a file off the main thread; resolves with what `readImportFile` gives (which never
 * throws: unreadable files come back as such in the result).
 * @example
 * const controller = new AbortController();
 * const { read } = await readImportInWorker({ kind: 'boundaries', bytes, fileName: '乡镇界.zip', options: {} },
 *   { signal: controller.signal });
 */
export function readImportInWorker(
  request: ImportReadRequest,
  control: InWorkerControl = {},
): Promise<ImportReadResult> {
  const { signal, createWorker = createImportWorker, onProgress } = control;
  if (signal?.aborted) return Promise.reject(abortError());
  const onMainThread = async (): Promise<ImportReadResult> => {
    // The readers load only when the main thread has to read: the worker bundles its own.
    const { readImportFile } = await import('../io/import-flow/read-import-file.ts');
    const result = await readImportFile(request, onProgress);
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
  return new Promise<ImportReadResult>((resolve, reject) => {
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
          new MessageError(
            message('importWorkerFailed', { file: request.fileName, problem: response.message }),
          ),
        );
      }
    };
    running.onerror = (event) => {
      // The worker could not start (or crashed): the main thread can still do the work.
      event.preventDefault?.();
      finish();
      onMainThread().then(resolve, reject);
    };
    // A copy is transferred, so the caller keeps its bytes (to re-read with other options).
    const copy = request.bytes.slice();
    running.postMessage({ ...request, id, bytes: copy } as ImportRequest, [copy.buffer]);
  });
}

/**
 * Reads a roster file's bytes off the main thread (see {@link readImportInWorker}).
 * @example const result = await readRosterBytesInWorker(bytes, '名录.csv', { coords: 'gcj02' });
 */
export async function readRosterBytesInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: InWorkerReadOptions = {},
  onProgress?: (done: number, total: number) => void,
): Promise<RosterImportResult> {
  const { signal, createWorker, ...readOptions } = options;
  const result = await readImportInWorker(
    { kind: 'roster', bytes, fileName, options: readOptions },
    {
      ...(signal ? { signal } : {}),
      ...(createWorker ? { createWorker } : {}),
      ...(onProgress ? { onProgress } : {}),
    },
  );
  if (result.kind !== 'roster') throw new Error('the import worker answered another kind of read');
  return result.read;
}
