/**
 * Both scenarios at once on the machine's two cores: a stand-in for the analysis worker that
 * hands 现状 to one worker and 规划完成后 to another, and answers when both have, with the
 * comparison made here (it is small beside either analysis). To the runner it is one worker.
 */
import type { DistrictAnalysis } from '../analysis/analyze-district.ts';
import { compareAnalyses } from '../analysis/compare-analyses.ts';
import type { AnalysisPair } from '../analysis/run-analysis-pair.ts';
import type { AnalysisRequest } from '../workers/analysis-protocol.ts';
import type { WorkerResponse } from '../workers/answer-requests.ts';

/** The members of a Worker the runner uses. */
type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

/**
 * A worker-like pair: `postMessage(request)` posts the request to both workers, one scenario
 * each; `onmessage` receives `WorkerResponse<AnalysisPair>` once both answered request `id`
 * (the first error when either failed). With `navigator.hardwareConcurrency` below 2, the
 * runner should use one worker instead (see `startAnalysisRunner`).
 * @example startAnalysisRunner(store, () => createSplitAnalysisWorker(() => new Worker(url, { type: 'module' })))
 */
export function createSplitAnalysisWorker(
  createScenarioWorker: (scenario: 'current' | 'planned') => Worker,
): Worker {
  const workers = {
    current: createScenarioWorker('current'),
    planned: createScenarioWorker('planned'),
  };
  let answers: {
    id: number;
    current?: WorkerResponse<DistrictAnalysis>;
    planned?: WorkerResponse<DistrictAnalysis>;
  } = { id: -1 };
  const pair: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(request: AnalysisRequest) {
      answers = { id: request.id };
      workers.current.postMessage({ ...request, scenario: 'current' });
      workers.planned.postMessage({ ...request, scenario: 'planned' });
    },
    terminate() {
      workers.current.terminate();
      workers.planned.terminate();
    },
  };
  const answered =
    (scenario: 'current' | 'planned') => (event: MessageEvent<WorkerResponse<DistrictAnalysis>>) => {
      const response = event.data;
      if (response.id !== answers.id) return;
      answers[scenario] = response;
      const { current, planned } = answers;
      if (!current || !planned) return;
      let combined: WorkerResponse<AnalysisPair>;
      if (!current.ok) combined = current;
      else if (!planned.ok) combined = planned;
      else
        combined = {
          id: response.id,
          ok: true,
          result: {
            current: current.result,
            planned: planned.result,
            comparison: compareAnalyses(current.result, planned.result),
          },
          // Wall time of the pair: the slower of the two, as they ran side by side.
          milliseconds: Math.max(current.milliseconds, planned.milliseconds),
        };
      pair.onmessage?.(new MessageEvent('message', { data: combined }));
    };
  workers.current.onmessage = answered('current');
  workers.planned.onmessage = answered('planned');
  workers.current.onerror = (event) => pair.onerror?.(event);
  workers.planned.onerror = (event) => pair.onerror?.(event);
  return pair as unknown as Worker;
}
