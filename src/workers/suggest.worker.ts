/**
 * The suggestion worker: the site search, its exact estimate and consolidation off the main thread,
 * so the map stays responsive while thousands of candidates are weighed and the solver runs. It
 * lives on between requests of the 选址 screen and keeps the population last sent, with the
 * lattices of the coverage lists prepared on it: a later request on the same population only
 * stamps. The screen asks it to prepare the lattice as soon as it opens (`prepare`), so that the
 * user's first request only stamps too.
 */
import { createListLatticeCache, type ListLatticeCache } from '../analysis/list-lattice-cache.ts';
import { estimateSuggestion } from '../analysis/optimise/estimate-suggestion.ts';
import { planConsolidation } from '../analysis/optimise/plan-consolidation.ts';
import { prepareSuggestionLattice } from '../analysis/optimise/prepare-suggestion-lattice.ts';
import { planSuggestion } from '../analysis/plan-suggestion.ts';
import { errorMessage, MessageError, message as messageOf } from '../domain/message.ts';
import type { PopulationData } from '../domain/population.ts';
import type {
  LatticeReport,
  OptimiserTaskMessage,
  PrepareMessage,
  SuggestRequestMessage,
  SuggestResponseMessage,
} from './suggest-protocol.ts';

/** A preparation received and not yet run, with the population it is for and where to answer. */
interface PendingPreparation {
  message: PrepareMessage;
  population: PopulationData;
  post: (response: SuggestResponseMessage) => void;
}

/** What the worker keeps between requests: the population last sent and the lattices prepared on it. */
export interface SuggestWorkerKeeps {
  population?: PopulationData;
  latticeCache: ListLatticeCache;
  /** The preparation waiting to run (one at most: a later one supersedes it). */
  pending: PendingPreparation | null;
  /** Preparations run, and dropped unrun (superseded, or their population replaced). */
  preparations: number;
  dropped: number;
}

/**
 * What a worker keeps, empty.
 * @example const keeps = createSuggestWorkerKeeps(); await runOptimiserTask(message, undefined, undefined, keeps)
 */
export function createSuggestWorkerKeeps(): SuggestWorkerKeeps {
  return { latticeCache: createListLatticeCache(), pending: null, preparations: 0, dropped: 0 };
}

/** The worker's lattice counters, as it reports them with every answer. */
function latticeReport(keeps: SuggestWorkerKeeps | undefined): LatticeReport {
  return {
    preparations: keeps?.preparations ?? 0,
    dropped: keeps?.dropped ?? 0,
    hits: keeps?.latticeCache.hits ?? 0,
    misses: keeps?.latticeCache.misses ?? 0,
  };
}

/**
 * The population of a message: the one sent with it (kept from now on, the lattices of an earlier
 * one dropped), or the one kept when it was left out.
 */
function populationOf(message: SuggestRequestMessage, keeps: SuggestWorkerKeeps | undefined): PopulationData {
  const sent = message.context.population;
  if (sent && keeps && keeps.population !== sent) {
    keeps.population = sent;
    keeps.latticeCache.kept.length = 0;
  }
  const population = sent ?? keeps?.population;
  if (!population) throw new MessageError(messageOf('workerFailed'));
  return population;
}

/**
 * Runs the waiting preparation now, if any: when its turn comes, or first thing in a request that
 * arrived before it (the request then finds the lattice prepared, and nothing is prepared twice).
 * Dropped instead when a later message brought another population. Answers `prepared`.
 */
function runPreparation(keeps: SuggestWorkerKeeps): void {
  const pending = keeps.pending;
  if (!pending) return;
  keeps.pending = null;
  let ran = false;
  if (pending.population === keeps.population) {
    try {
      ran = prepareSuggestionLattice(
        { ...pending.message.context, population: pending.population },
        pending.message.request,
        keeps.latticeCache,
      );
    } catch {
      // A request on this data will meet the same error and report it.
      ran = false;
    }
    if (ran) keeps.preparations++;
  } else keeps.dropped++;
  pending.post({ id: pending.message.id, kind: 'prepared', ran, lattice: latticeReport(keeps) });
}

/**
 * Takes a preparation: it runs a macrotask later, so that a preparation or request already
 * queued behind it comes first (a later preparation supersedes it, a request runs it first).
 */
function receivePreparation(
  message: PrepareMessage,
  post: (response: SuggestResponseMessage) => void,
  keeps: SuggestWorkerKeeps | undefined,
): void {
  let population: PopulationData;
  try {
    if (!keeps) throw new MessageError(messageOf('workerFailed'));
    population = populationOf(message, keeps);
  } catch {
    post({ id: message.id, kind: 'prepared', ran: false, lattice: latticeReport(keeps) });
    return;
  }
  const superseded = keeps.pending;
  if (superseded) {
    keeps.pending = null;
    keeps.dropped++;
    superseded.post({
      id: superseded.message.id,
      kind: 'prepared',
      ran: false,
      lattice: latticeReport(keeps),
    });
  }
  keeps.pending = { message, population, post };
  setTimeout(() => runPreparation(keeps), 0);
}

/**
 * Runs a task on the thread it is called on (the worker, or the main thread when there is none);
 * with `keeps`, what the worker keeps between requests.
 * @example await runOptimiserTask(message, (picked, count) => …)
 */
export async function runOptimiserTask(
  message: OptimiserTaskMessage,
  onProgress?: (picked: number, count: number) => void,
  shouldStop?: () => boolean,
  keeps?: SuggestWorkerKeeps,
): Promise<unknown> {
  const population = populationOf(message, keeps);
  // A preparation received before this request runs first: the request then takes its lattice.
  if (keeps && message.task !== 'consolidate') runPreparation(keeps);
  const latticeCache = keeps?.latticeCache;
  if (message.task === 'estimate')
    return estimateSuggestion({ ...message.context, population }, message.request, latticeCache);
  if (message.task === 'consolidate')
    return planConsolidation({ ...message.context, population }, message.request);
  return planSuggestion({ ...message.context, population }, message.request, {
    ...(onProgress ? { onProgress } : {}),
    ...(shouldStop ? { shouldStop } : {}),
    ...(latticeCache ? { latticeCache } : {}),
  });
}

/**
 * Answers one message through `post`: for a task, progress after every pick, then the result, or
 * the error's message (why a request cannot be met); for a preparation, `prepared` once it ran or
 * was dropped. With `keeps`, what the worker keeps between requests. Exported so tests can run it
 * without a worker.
 */
export async function answerSuggestRequest(
  message: SuggestRequestMessage,
  post: (response: SuggestResponseMessage) => void,
  keeps?: SuggestWorkerKeeps,
): Promise<void> {
  if (message.task === 'prepare') {
    receivePreparation(message, post, keeps);
    return;
  }
  const { id } = message;
  const started = performance.now();
  try {
    const result = await runOptimiserTask(
      message,
      (picked, count) => post({ id, kind: 'progress', picked, count }),
      undefined,
      keeps,
    );
    post({
      id,
      kind: 'result',
      result: result as Extract<SuggestResponseMessage, { kind: 'result' }>['result'],
      milliseconds: performance.now() - started,
      lattice: latticeReport(keeps),
    });
  } catch (error) {
    post({ id, kind: 'error', text: errorMessage(error) });
  }
}

// Only inside a worker: tests import this module in Node, where there is no worker scope.
if ((globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== undefined) {
  const keeps = createSuggestWorkerKeeps();
  self.onmessage = (event: MessageEvent<SuggestRequestMessage>) => {
    void answerSuggestRequest(event.data, (response) => self.postMessage(response), keeps);
  };
}
