/**
 * Running the optimiser's tasks in the suggestion worker, for the 选址 screen — a suggestion with
 * progress after every pick, the exact method's estimate, a consolidation — cancellable, and with
 * the same result as on the main thread, which is where a task runs when there is no `Worker`
 * (tests in Node) or the worker fails to start. A worker that answered lives on for the next task
 * (it keeps the population last sent, which is then not sent again, and the lattices of the
 * coverage lists prepared on it) until the 选址 screen is left (`releaseSuggestionWorker`; a task
 * still running then ends its worker when it answers); a cancelled task's worker is terminated,
 * and what it kept with it. When the screen opens, and when its data change while it is open, the
 * worker is asked to prepare the lattice of the lists ahead of any request
 * (`prepareSuggestionWorker`): the user's first request then only stamps.
 */
import type { LatticeBasis } from '../analysis/optimise/prepare-suggestion-lattice.ts';
import type { SuggestionContext } from '../analysis/plan-suggestion.ts';
import { errorMessage, MessageError } from '../domain/message.ts';
import type { PopulationData } from '../domain/population.ts';
import { runOptimiserTask } from './suggest.worker.ts';
import type {
  LatticeReport,
  OptimiserTask,
  OptimiserTaskMessage,
  OptimiserTasks,
  SuggestRequestMessage,
  SuggestResponseMessage,
} from './suggest-protocol.ts';

/** What of a Worker is used here, so tests can pass a stand-in. */
export interface SuggestWorkerLike {
  postMessage(message: SuggestRequestMessage): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SuggestResponseMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A running task. */
export interface OptimiserRun<T> {
  /**
   * The result; rejects with a MessageError saying why for a request that cannot be met (the
   * same on the main thread and from the worker), and with a DOMException named 'AbortError'
   * once cancelled.
   */
  result: Promise<T>;
  /**
   * Stops the run: the worker is terminated at once (nothing found so far is kept) and `result`
   * rejects with an AbortError. Does nothing once the result is settled.
   */
  cancel(): void;
}

/** A running suggestion. */
export type SuggestionRun = OptimiserRun<OptimiserTasks['suggest']['result']>;

/** A worker that answered and waits for the next task, with the population it was last sent. */
interface IdleWorker {
  worker: SuggestWorkerLike;
  sent: PopulationData | null;
}

/** A preparation asked for, and the data it is for. */
interface Preparation {
  context: SuggestionContext;
  basis: LatticeBasis;
}

/**
 * Where a worker waits between tasks: one at most (another one is terminated). A worker waiting
 * there may be preparing a lattice: a task posted to it runs once the preparation is done.
 */
export interface SuggestWorkerPool {
  idle: IdleWorker | null;
  /**
   * The screen was left while a task ran: its worker is terminated when it answers rather than
   * kept (a new task clears this).
   */
  released: boolean;
  /** Tasks running in a worker taken from the pool (or made for them). */
  busy: number;
  /** A preparation asked for while every worker was busy: posted to the first one kept. */
  waiting: Preparation | null;
  /**
   * The latest preparation asked for while the screen is open: a cancelled task's worker is
   * terminated with its lattices, and a new one is prepared with this in its place.
   */
  latest: Preparation | null;
  /** What the worker last reported of its lattices (with a result or a preparation). */
  report: LatticeReport | null;
}

/**
 * An empty pool (tests make their own; the app shares one).
 * @example startSuggestion(context, request, undefined, { pool: createSuggestWorkerPool() })
 */
export function createSuggestWorkerPool(): SuggestWorkerPool {
  return { idle: null, released: false, busy: 0, waiting: null, latest: null, report: null };
}

const sharedPool = createSuggestWorkerPool();

/**
 * Terminates the worker waiting in the pool, if any (and what it keeps): when the 选址 screen is
 * left. A task still running finishes, and its worker is then terminated instead of kept.
 * @example useEffect(() => () => releaseSuggestionWorker(), [])
 */
export function releaseSuggestionWorker(pool: SuggestWorkerPool = sharedPool): void {
  pool.idle?.worker.terminate();
  pool.idle = null;
  pool.released = true;
  pool.waiting = null;
  pool.latest = null;
}

/**
 * A worker back in the pool after answering; one already waiting there is terminated. After the
 * screen was left, the answering worker is terminated instead.
 */
function keepWorker(pool: SuggestWorkerPool, idle: IdleWorker): void {
  idle.worker.onmessage = null;
  idle.worker.onerror = null;
  if (pool.released) {
    idle.worker.terminate();
    return;
  }
  if (pool.idle && pool.idle.worker !== idle.worker) pool.idle.worker.terminate();
  pool.idle = idle;
  const waiting = pool.waiting;
  pool.waiting = null;
  if (waiting) postPreparation(pool, idle, waiting);
}

let nextId = 1;

/**
 * Posts a preparation to a waiting worker (the population only when it was not last sent this
 * one); the worker's answer updates the pool's report.
 */
function postPreparation(pool: SuggestWorkerPool, idle: IdleWorker, preparation: Preparation): void {
  const { population, ...rest } = preparation.context;
  idle.worker.onmessage = (event) => {
    if (event.data.kind === 'prepared') pool.report = event.data.lattice;
  };
  idle.worker.postMessage({
    id: nextId++,
    task: 'prepare',
    context: idle.sent === population ? rest : preparation.context,
    request: preparation.basis,
  });
  idle.sent = population;
}

/** Options of the start functions. */
export interface StartSuggestionOptions {
  /**
   * Makes the worker; null means "run on the main thread". Default: the bundled suggestion
   * worker where `Worker` exists, else null. Tests pass a stand-in.
   */
  createWorker?: () => SuggestWorkerLike | null;
  /** Where a worker waits between tasks (default: the app's). */
  pool?: SuggestWorkerPool;
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
  return new DOMException('cancelled', 'AbortError');
}

/**
 * Asks the suggestion worker to prepare, in the background, the lattice of the coverage lists a
 * request on this data and basis will stamp on (the 选址 screen: when it opens, and when its data
 * change while it is open): the worker waiting in the pool, else a new one kept there; while a
 * task runs, the worker it runs in once it answers (only the latest preparation asked for). A task
 * started meanwhile goes to the same worker and waits for the preparation; the worker drops a
 * preparation superseded by a later one. Nothing happens where there is no `Worker` (the main
 * thread keeps no lattice).
 * @example prepareSuggestionWorker(context, { kind: 'primary', radius: null, scenario })
 */
export function prepareSuggestionWorker(
  context: SuggestionContext,
  basis: LatticeBasis,
  options: StartSuggestionOptions = {},
): void {
  const { createWorker = createSuggestWorker, pool = sharedPool } = options;
  pool.released = false;
  pool.latest = { context, basis };
  prepareInPool(pool, createWorker, pool.latest);
}

/** Posts a preparation to the waiting worker, else keeps it for the busy one, else to a new worker. */
function prepareInPool(
  pool: SuggestWorkerPool,
  createWorker: () => SuggestWorkerLike | null,
  preparation: Preparation,
): void {
  if (pool.idle) {
    postPreparation(pool, pool.idle, preparation);
    return;
  }
  if (pool.busy > 0) {
    pool.waiting = preparation;
    return;
  }
  let worker: SuggestWorkerLike | null = null;
  try {
    worker = createWorker();
  } catch {
    worker = null;
  }
  if (!worker) return;
  const idle: IdleWorker = { worker, sent: null };
  const started = worker;
  started.onerror = (event) => {
    // It could not start: the next task makes its own worker or runs on the main thread.
    event.preventDefault?.();
    started.terminate();
    if (pool.idle === idle) pool.idle = null;
  };
  pool.idle = idle;
  postPreparation(pool, idle, preparation);
}

/** Starts any task (see the exported start functions). */
function startTask<Task extends OptimiserTask>(
  task: Task,
  context: OptimiserTasks[Task]['context'],
  request: OptimiserTasks[Task]['request'],
  onProgress: ((picked: number, count: number) => void) | undefined,
  options: StartSuggestionOptions,
): OptimiserRun<OptimiserTasks[Task]['result']> {
  type Result = OptimiserTasks[Task]['result'];
  const { createWorker = createSuggestWorker, pool = sharedPool } = options;
  let settled = false;
  let cancelled = false;
  let stopWorker = () => {};
  let rejectRun: (error: unknown) => void = () => {};
  const id = nextId++;
  const message = { id, task, context, request } as OptimiserTaskMessage;

  const result = new Promise<Result>((resolve, reject) => {
    const succeed = (value: Result) => {
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
        runOptimiserTask(message, onProgress, () => cancelled).then(
          (value) => succeed(value as Result),
          // The same error as from the worker: a MessageError saying why.
          (error: unknown) => fail(new MessageError(errorMessage(error))),
        );
      }, 0);

    // The worker waiting in the pool, else a new one; the screen is in use again.
    const waiting = pool.idle;
    pool.idle = null;
    pool.released = false;
    let worker: SuggestWorkerLike | null = waiting?.worker ?? null;
    if (!worker) {
      try {
        worker = createWorker();
      } catch {
        worker = null;
      }
    }
    if (!worker) {
      onMainThread();
      return;
    }
    const running = worker;
    const population = context.population;
    // Counted busy until it answers, is cancelled or fails: a preparation asked for meanwhile waits.
    pool.busy++;
    let holding = true;
    const letGo = () => {
      if (!holding) return;
      holding = false;
      pool.busy--;
    };
    // Back to the pool once answered: it keeps this population.
    const answered = () => {
      letGo();
      keepWorker(pool, { worker: running, sent: population });
    };
    stopWorker = () => {
      letGo();
      running.terminate();
    };
    running.onmessage = (event) => {
      const response = event.data;
      if (response.id !== id || settled) return;
      if (response.kind === 'progress') onProgress?.(response.picked, response.count);
      else if (response.kind === 'result') {
        pool.report = response.lattice;
        answered();
        succeed(response.result as Result);
      } else if (response.kind === 'error') {
        answered();
        fail(new MessageError(response.text));
      }
    };
    running.onerror = (event) => {
      // The worker could not start (or crashed): the main thread can still do the work.
      event.preventDefault?.();
      letGo();
      running.terminate();
      if (!settled && !cancelled) onMainThread();
    };
    // The population only when the worker was not last sent this one.
    const { population: _kept, ...rest } = context;
    running.postMessage(
      (waiting?.sent === population ? { ...message, context: rest } : message) as SuggestRequestMessage,
    );
  });

  return {
    result,
    cancel: () => {
      if (settled || cancelled) return;
      cancelled = true;
      stopWorker();
      rejectRun(abortError());
      // The terminated worker took its lattices with it: another prepares them in the background.
      if (!pool.released && pool.latest && !pool.idle) prepareInPool(pool, createWorker, pool.latest);
    },
  };
}

/**
 * Starts a suggestion off the main thread.
 * @param onProgress called after every pick with the picks so far and the count asked for
 * @example
 * const run = startSuggestion(context, request, (picked, count) => setProgress(picked / count));
 * cancelButton.onclick = () => run.cancel();
 * const result = await run.result; // rejects with an AbortError when cancelled
 */
export function startSuggestion(
  context: OptimiserTasks['suggest']['context'],
  request: OptimiserTasks['suggest']['request'],
  onProgress?: (picked: number, count: number) => void,
  options: StartSuggestionOptions = {},
): SuggestionRun {
  return startTask('suggest', context, request, onProgress, options);
}

/**
 * Starts the exact method's estimate for a request off the main thread.
 * @example (await startEstimate(context, request).result).offered
 */
export function startEstimate(
  context: OptimiserTasks['estimate']['context'],
  request: OptimiserTasks['estimate']['request'],
  options: StartSuggestionOptions = {},
): OptimiserRun<OptimiserTasks['estimate']['result']> {
  return startTask('estimate', context, request, undefined, options);
}

/**
 * Starts a consolidation off the main thread.
 * @example (await startConsolidation(context, request).result).closed
 */
export function startConsolidation(
  context: OptimiserTasks['consolidate']['context'],
  request: OptimiserTasks['consolidate']['request'],
  options: StartSuggestionOptions = {},
): OptimiserRun<OptimiserTasks['consolidate']['result']> {
  return startTask('consolidate', context, request, undefined, options);
}
