/**
 * Runs work in a web worker whenever some inputs in the store change: debounced, so a burst of
 * edits makes one run; one request at a time, so changes made meanwhile make one more run, on
 * the latest state, when the answer comes.
 */
import { shallow } from 'zustand/shallow';
import { type Message, message } from '../domain/message.ts';
import type { WorkerResponse } from '../workers/answer-requests.ts';
import type { AtlasState, AtlasStore } from './index.ts';

/** What a runner needs to know. */
export interface WorkerRunnerOptions<Request extends { id: number }, Result> {
  /** The inputs whose change starts a run (compared item by item). */
  inputsOf(state: AtlasState): readonly unknown[];
  /** The request for the current state, or null while there is nothing to run on. */
  makeRequest(state: AtlasState, id: number): Request | null;
  createWorker(): Worker;
  debounceMs: number;
  /** Called as a request is posted. */
  onStart(store: AtlasStore): void;
  onResult(store: AtlasStore, result: Result, milliseconds: number): void;
  onError(store: AtlasStore, problem: Message): void;
  /**
   * Called when the worker failed outside a request's own answer (its script did not load, an
   * uncaught error, a crash): the runner ends it and the next run starts a new one, which holds
   * nothing the old one was sent.
   */
  onWorkerLost?(): void;
}

/**
 * Starts the runner (it runs once at once, then on every change); returns the stopper, which
 * also ends the worker.
 * @example const stop = startWorkerRunner(store, { inputsOf: (state) => [state.schools], … })
 */
export function startWorkerRunner<Request extends { id: number }, Result>(
  store: AtlasStore,
  options: WorkerRunnerOptions<Request, Result>,
): () => void {
  let worker: Worker | null = null;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // One request at a time: changes while the worker is busy wait, and only the last of them is
  // sent when it answers — a queue of stale requests (a drag, typing) would only add delay.
  let busy = false;
  let waiting = false;

  const run = () => {
    if (busy) {
      waiting = true;
      return;
    }
    const request = options.makeRequest(store.getState(), latest + 1);
    if (!request) return;
    if (!worker) {
      worker = options.createWorker();
      worker.onmessage = (event: MessageEvent<WorkerResponse<Result>>) => {
        const response = event.data;
        if (response.id !== latest) return;
        busy = false;
        if (response.ok) options.onResult(store, response.result, response.milliseconds);
        else options.onError(store, response.error);
        if (waiting) {
          waiting = false;
          run();
        }
      };
      const started = worker;
      worker.onerror = (event) => {
        busy = false;
        waiting = false;
        // What the failed worker kept cannot be trusted: the next run starts afresh.
        started.terminate();
        if (worker === started) worker = null;
        options.onWorkerLost?.();
        options.onError(
          store,
          event.message ? message('verbatim', { text: event.message }) : message('workerFailed'),
        );
      };
    }
    latest = request.id;
    busy = true;
    options.onStart(store);
    worker.postMessage(request);
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, options.debounceMs);
  };
  // The load status is an input of every runner: at start-up the data arrives held back while
  // saved work is restored, then is shown ('ready') without any other input changing.
  const inputsOf = (state: AtlasState) => [state.loadStatus, ...options.inputsOf(state)];
  const unsubscribe = store.subscribe(inputsOf, schedule, {
    equalityFn: shallow,
    fireImmediately: true,
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
    worker?.terminate();
  };
}
