/**
 * The import worker: decodes, parses and checks a file of any import kind (roster, boundaries,
 * population) off the main thread, so a 100,000-row roster or a large Shapefile never freezes
 * the dialog, and reports a roster's progress as it goes.
 */
import { errorMessage } from '../domain/message.ts';
import { readImportFile } from '../io/import-flow/read-import-file.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

/**
 * Answers one request through `post`: progress messages (rosters: after parsing, then at most
 * about 100 while rows are checked), then the result. Exported so tests can run it without a worker.
 */
export async function answerImportRequest(
  request: ImportRequest,
  post: (response: ImportResponse) => void,
): Promise<void> {
  const { id, ...read } = request;
  const started = performance.now();
  try {
    const result = await readImportFile(read, (done, total) => post({ id, kind: 'progress', done, total }));
    post({ id, kind: 'result', result, milliseconds: performance.now() - started });
  } catch (error) {
    // The readers report problems in their results; this is only for a bug, said plainly.
    post({ id, kind: 'error', message: errorMessage(error) });
  }
}

// Only inside a worker: tests import this module in Node, where there is no worker scope.
if ((globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== undefined) {
  self.onmessage = (event: MessageEvent<ImportRequest>) => {
    void answerImportRequest(event.data, (response) => self.postMessage(response));
  };
}
