/** The common shape of the app's request/answer workers. */
import { errorMessage, type Message } from '../domain/message.ts';

/** The worker's answer to request `id`. */
export type WorkerResponse<Result> =
  | { id: number; ok: true; result: Result; milliseconds: number }
  | { id: number; ok: false; error: Message };

/**
 * The body of a worker that answers each request with `compute(request)`, timed, or its error;
 * the buffers `transferOf` names in a result are transferred, not copied.
 * @example answerRequests(self, (request) => runAnalysisPair(request))
 */
export function answerRequests<Request extends { id: number }, Result>(
  scope: {
    onmessage: ((event: MessageEvent<Request>) => void) | null;
    postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
  },
  compute: (request: Request) => Result,
  transferOf?: (result: Result) => Transferable[],
): void {
  scope.onmessage = (event) => {
    const { id } = event.data;
    const started = performance.now();
    let response: WorkerResponse<Result>;
    let transfer: Transferable[] = [];
    try {
      const result = compute(event.data);
      transfer = transferOf?.(result) ?? [];
      response = { id, ok: true, result, milliseconds: performance.now() - started };
    } catch (error) {
      response = { id, ok: false, error: errorMessage(error) };
    }
    scope.postMessage(response, { transfer });
  };
}
