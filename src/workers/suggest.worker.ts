/**
 * The suggestion worker: the site search, its exact estimate and consolidation off the main thread,
 * so the map stays responsive while thousands of candidates are weighed and the solver runs. It
 * lives on between requests of the 选址 screen and keeps the population last sent, with the
 * lattices of the coverage lists prepared on it: a later request on the same population only
 * stamps.
 */
import { createListLatticeCache, type ListLatticeCache } from '../analysis/list-lattice-cache.ts';
import { estimateSuggestion } from '../analysis/optimise/estimate-suggestion.ts';
import { planConsolidation } from '../analysis/optimise/plan-consolidation.ts';
import { planSuggestion } from '../analysis/plan-suggestion.ts';
import { errorMessage, MessageError, message as messageOf } from '../domain/message.ts';
import type { PopulationData } from '../domain/population.ts';
import type { SuggestRequestMessage, SuggestResponseMessage } from './suggest-protocol.ts';

/** What the worker keeps between requests: the population last sent and the lattices prepared on it. */
export interface SuggestWorkerKeeps {
  population?: PopulationData;
  latticeCache: ListLatticeCache;
}

/**
 * What a worker keeps, empty.
 * @example const keeps = createSuggestWorkerKeeps(); await runOptimiserTask(message, undefined, undefined, keeps)
 */
export function createSuggestWorkerKeeps(): SuggestWorkerKeeps {
  return { latticeCache: createListLatticeCache() };
}

/**
 * The population of a request: the one sent with it (kept from now on, the lattices of an earlier
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
 * Runs a task on the thread it is called on (the worker, or the main thread when there is none);
 * with `keeps`, what the worker keeps between requests.
 * @example await runOptimiserTask(message, (picked, count) => …)
 */
export async function runOptimiserTask(
  message: SuggestRequestMessage,
  onProgress?: (picked: number, count: number) => void,
  shouldStop?: () => boolean,
  keeps?: SuggestWorkerKeeps,
): Promise<unknown> {
  const population = populationOf(message, keeps);
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
 * Answers one request through `post`: progress after every pick, then the result, or the error's
 * message (why a request cannot be met); with `keeps`, what the worker keeps between requests.
 * Exported so tests can run it without a worker.
 */
export async function answerSuggestRequest(
  message: SuggestRequestMessage,
  post: (response: SuggestResponseMessage) => void,
  keeps?: SuggestWorkerKeeps,
): Promise<void> {
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
