/**
 * Running a site suggestion in the suggestion worker, for the 选址 screen: progress after every
 * pick, cancellation, and the same result as `planSuggestion` on the main thread — which is where
 * it runs when there is no `Worker` (tests in Node) or the worker fails to start.
 */
import {
  planSuggestion,
  type SuggestionContext,
  type SuggestionRequest,
  type SuggestionResult,
} from '../analysis/plan-suggestion.ts';
import { errorMessage, MessageError } from '../domain/message.ts';
import type { SuggestRequestMessage, SuggestResponseMessage } from './suggest-protocol.ts';

/** What of a Worker is used here, so tests can pass a stand-in. */
export interface SuggestWorkerLike {
  postMessage(message: SuggestRequestMessage): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SuggestResponseMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A running suggestion. */
export interface SuggestionRun {
  /**
   * The result; rejects with a MessageError saying why for a request that cannot be met (the
   * same on the main thread and from the worker), and with a DOMException named 'AbortError'
   * once cancelled.
   */
  result: Promise<SuggestionResult>;
  /**
   * Stops the run: the worker is terminated at once (the picks made so far are not kept) and
   * `result` rejects with an AbortError. Does nothing once the result is settled.
   */
  cancel(): void;
}

/** Options of {@link startSuggestion}. */
export interface StartSuggestionOptions {
  /**
   * Makes the worker; null means "run on the main thread". Default: the bundled suggestion
   * worker where `Worker` exists, else null. Tests pass a stand-in.
   */
  createWorker?: () => SuggestWorkerLike | null;
}

function createSuggestWorker(): SuggestWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./suggest.worker.ts', import.meta.url), {
    type: 'module',
    name: 'suggest',
  }) as SuggestWorkerLike;
}

function abortError(): DOMException {
  // Never shown: the 选址 screen says "cancelled" in its own words.
  return new DOMException('suggestion cancelled', 'AbortError');
}

let nextId = 1;

/**
 * Starts a suggestion off the main thread.
 * @param onProgress called after every pick with the picks so far and the count asked for
 * @example
 * const run = startSuggestion(context, request, (picked, count) => setProgress(picked / count));
 * cancelButton.onclick = () => run.cancel();
 * const result = await run.result; // rejects with an AbortError when cancelled
 */
export function startSuggestion(
  context: SuggestionContext,
  request: SuggestionRequest,
  onProgress?: (picked: number, count: number) => void,
  options: StartSuggestionOptions = {},
): SuggestionRun {
  const { createWorker = createSuggestWorker } = options;
  let settled = false;
  let cancelled = false;
  let stopWorker = () => {};
  let rejectRun: (error: unknown) => void = () => {};

  const result = new Promise<SuggestionResult>((resolve, reject) => {
    const succeed = (value: SuggestionResult) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    rejectRun = fail;
    // On the main thread, a moment later, so a cancel right after the start still counts.
    const onMainThread = () =>
      setTimeout(() => {
        if (cancelled) return;
        try {
          succeed(
            planSuggestion(context, request, {
              ...(onProgress ? { onProgress } : {}),
              shouldStop: () => cancelled,
            }),
          );
        } catch (error) {
          fail(new MessageError(errorMessage(error)));
        }
      }, 0);

    let worker: SuggestWorkerLike | null;
    try {
      worker = createWorker();
    } catch {
      worker = null;
    }
    if (!worker) {
      onMainThread();
      return;
    }
    const running = worker;
    const id = nextId++;
    stopWorker = () => running.terminate();
    running.onmessage = (event) => {
      const response = event.data;
      if (response.id !== id || settled) return;
      if (response.kind === 'progress') onProgress?.(response.picked, response.count);
      else if (response.kind === 'result') {
        running.terminate();
        succeed(response.result);
      } else {
        running.terminate();
        fail(new MessageError(response.text));
      }
    };
    running.onerror = (event) => {
      // The worker could not start (or crashed): the main thread can still do the work.
      event.preventDefault?.();
      running.terminate();
      if (!settled && !cancelled) onMainThread();
    };
    running.postMessage({ id, context, request });
  });

  return {
    result,
    cancel: () => {
      if (settled || cancelled) return;
      cancelled = true;
      stopWorker();
      rejectRun(abortError());
    },
  };
}
