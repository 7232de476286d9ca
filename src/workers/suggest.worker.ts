/**
 * The suggestion worker: the covering search and the assessment of every pick off the main
 * thread, so the map stays responsive while a few thousand candidates are weighed.
 */
import { reasonOf } from '../analysis/optimise/unmet-request-error.ts';
import { planSuggestion } from '../analysis/plan-suggestion.ts';
import type { SuggestRequestMessage, SuggestResponseMessage } from './suggest-protocol.ts';

/**
 * Answers one request through `post`: a progress message after every pick, then the result, or
 * the error (with its reason as a message for a request that cannot be met). Exported so tests
 * can run it without a worker.
 */
export async function answerSuggestRequest(
  message: SuggestRequestMessage,
  post: (response: SuggestResponseMessage) => void,
): Promise<void> {
  const { id } = message;
  const started = performance.now();
  try {
    const result = await planSuggestion(message.context, message.request, {
      onProgress: (picked, count) => post({ id, kind: 'progress', picked, count }),
    });
    post({ id, kind: 'result', result, milliseconds: performance.now() - started });
  } catch (error) {
    post({
      id,
      kind: 'error',
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
      reason: reasonOf(error),
    });
  }
}

// Only inside a worker: tests import this module in Node, where there is no worker scope.
if ((globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== undefined) {
  self.onmessage = (event: MessageEvent<SuggestRequestMessage>) => {
    void answerSuggestRequest(event.data, (response) => self.postMessage(response));
  };
}
