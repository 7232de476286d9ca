/**
 * The suggestion worker: the covering search and the assessment of every pick off the main
 * thread, so the map stays responsive while a few thousand candidates are weighed.
 */
import { planSuggestion } from '../analysis/plan-suggestion.ts';
import { errorMessage } from '../domain/message.ts';
import type { SuggestRequestMessage, SuggestResponseMessage } from './suggest-protocol.ts';

/**
 * Answers one request through `post`: a progress message after every pick, then the result, or
 * the error's message (why a request cannot be met). Exported so
 * tests can run it without a worker.
 */
export function answerSuggestRequest(
  message: SuggestRequestMessage,
  post: (response: SuggestResponseMessage) => void,
): void {
  const { id } = message;
  const started = performance.now();
  try {
    const result = planSuggestion(message.context, message.request, {
      onProgress: (picked, count) => post({ id, kind: 'progress', picked, count }),
    });
    post({ id, kind: 'result', result, milliseconds: performance.now() - started });
  } catch (error) {
    post({ id, kind: 'error', text: errorMessage(error) });
  }
}

// Only inside a worker: tests import this module in Node, where there is no worker scope.
if ((globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== undefined) {
  self.onmessage = (event: MessageEvent<SuggestRequestMessage>) => {
    answerSuggestRequest(event.data, (response) => self.postMessage(response));
  };
}
