/**
 * The suggestion worker: the site search, its exact estimate and consolidation off the main thread,
 * so the map stays responsive while thousands of candidates are weighed and the solver runs.
 */
import { estimateSuggestion } from '../analysis/optimise/estimate-suggestion.ts';
import { planConsolidation } from '../analysis/optimise/plan-consolidation.ts';
import { planSuggestion } from '../analysis/plan-suggestion.ts';
import { errorMessage } from '../domain/message.ts';
import type { SuggestRequestMessage, SuggestResponseMessage } from './suggest-protocol.ts';

/**
 * Runs a task on the thread it is called on (the worker, or the main thread when there is none).
 * @example await runOptimiserTask(message, (picked, count) => …)
 */
export async function runOptimiserTask(
  message: SuggestRequestMessage,
  onProgress?: (picked: number, count: number) => void,
  shouldStop?: () => boolean,
): Promise<unknown> {
  if (message.task === 'estimate') return estimateSuggestion(message.context, message.request);
  if (message.task === 'consolidate') return planConsolidation(message.context, message.request);
  return planSuggestion(message.context, message.request, {
    ...(onProgress ? { onProgress } : {}),
    ...(shouldStop ? { shouldStop } : {}),
  });
}

/**
 * Answers one request through `post`: progress after every pick, then the result, or the error's
 * message (why a request cannot be met). Exported so tests can run it
 * without a worker.
 */
export async function answerSuggestRequest(
  message: SuggestRequestMessage,
  post: (response: SuggestResponseMessage) => void,
): Promise<void> {
  const { id } = message;
  const started = performance.now();
  try {
    const result = await runOptimiserTask(message, (picked, count) =>
      post({ id, kind: 'progress', picked, count }),
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
  self.onmessage = (event: MessageEvent<SuggestRequestMessage>) => {
    void answerSuggestRequest(event.data, (response) => self.postMessage(response));
  };
}
