/**
 * The app's side of the analysis workers: to the runner one worker that takes an
 * `AnalysisRequest` and answers with the pair (现状, 规划完成后 and their comparison). Behind it,
 * one worker per scenario on two cores or more (they run side by side), else one worker that
 * answers both in turn. What crosses to a worker is the roster's changes since the roster that
 * worker keeps, and what comes back is a patch on the analysis it last sent (`AnalysisPatch`):
 * the channel keeps the last roster and analysis of each scenario to make and apply them, and
 * compares the scenarios again only in the townships whose records changed.
 */
import type { DistrictAnalysis } from '../analysis/analyze-district.ts';
import { compareAnalyses, type KeptComparisons } from '../analysis/compare-analyses.ts';
import type { AnalysisPair } from '../analysis/run-analysis-pair.ts';
import { errorMessage } from '../domain/message.ts';
import type { ScenarioKind } from '../domain/scenario.ts';
import type { School } from '../domain/school.ts';
import { applyAnalysisPatch } from '../workers/analysis-patch.ts';
import type { AnalysisRequest, ScenarioRequest, ScenarioResponse } from '../workers/analysis-protocol.ts';
import type { WorkerResponse } from '../workers/answer-requests.ts';
import { diffList, insertedCount } from '../workers/list-changes.ts';

/** The members of a Worker the runner uses. */
type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

const SCENARIOS: readonly ScenarioKind[] = ['current', 'planned'];

/** What the channel knows a scenario's worker keeps. */
interface ScenarioState {
  worker: Worker;
  /** The roster last posted (the worker applied it, or will, before anything posted later). */
  roster: { version: number; schools: readonly School[] } | null;
  /** The last analysis received, and its version. */
  answer: { version: number; analysis: DistrictAnalysis } | null;
  /** The last request posted, to post again with the roster in full when the worker is out of step. */
  posted: ScenarioRequest | null;
}

/**
 * The channel over one worker (both scenarios in turn) or two (one scenario each): `workers[0]`
 * takes 现状, the last one 规划完成后. Posting a request posts one scenario request to each;
 * `onmessage` receives `WorkerResponse<AnalysisPair>` once both answered request `id` (the first
 * error when either failed); answers to earlier requests still update what the channel keeps.
 * @example startAnalysisRunner(store, () => createAnalysisChannel([new Worker(url, { type: 'module' })]))
 */
export function createAnalysisChannel(workers: readonly Worker[]): Worker {
  const first = workers[0];
  if (!first) throw new RangeError('the analysis channel needs a worker');
  const last = workers[workers.length - 1] as Worker;
  const states: Record<ScenarioKind, ScenarioState> = {
    current: { worker: first, roster: null, answer: null, posted: null },
    planned: { worker: last, roster: null, answer: null, posted: null },
  };
  let versions = 0;
  let waiting: { id: number; current?: DistrictAnalysis; planned?: DistrictAnalysis; done: boolean } = {
    id: -1,
    done: true,
  };
  const milliseconds: Record<ScenarioKind, number> = { current: 0, planned: 0 };
  const comparisons: KeptComparisons = new WeakMap();

  /** Posts a scenario's request: the roster as the changes since the one last posted (`kept`), or in full. */
  const post = (
    scenario: ScenarioKind,
    request: Omit<ScenarioRequest, 'roster' | 'answerBase'>,
    schools: readonly School[],
  ) => {
    const state = states[scenario];
    const kept = state.roster;
    let changes = diffList(kept?.schools ?? [], schools);
    let base = kept?.version ?? null;
    if (kept && insertedCount(changes) > schools.length / 2) {
      changes = diffList([], schools);
      base = null;
    }
    versions++;
    state.roster = { version: versions, schools };
    state.posted = {
      ...request,
      roster: { base, version: versions, changes },
      answerBase: state.answer?.version ?? null,
    };
    state.worker.postMessage(state.posted);
  };

  const forget = () => {
    for (const scenario of SCENARIOS) {
      states[scenario].roster = null;
      states[scenario].answer = null;
    }
  };

  const answer = (response: WorkerResponse<AnalysisPair>) => {
    waiting.done = true;
    channel.onmessage?.(new MessageEvent('message', { data: response }));
  };

  const channel: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(request: AnalysisRequest) {
      waiting = { id: request.id, done: false };
      const { schools, ...input } = request.input;
      const { population: _population, townships: _townships, ...rest } = input;
      for (const scenario of SCENARIOS) {
        // One worker for both: the population and boundaries cross once, with the first.
        const again = scenario === 'planned' && first === last;
        post(
          scenario,
          { id: request.id, scenario, year: request.year, input: again ? rest : input },
          schools,
        );
      }
    },
    terminate() {
      for (const worker of new Set(workers)) worker.terminate();
    },
  };

  const received = (response: ScenarioResponse) => {
    const state = states[response.scenario];
    if (!response.ok && response.outOfStep) {
      // The worker lost the roster (or never had it): the same request again, the roster in full.
      const { posted } = state;
      const schools = state.roster?.schools;
      state.roster = null;
      if (posted && schools && posted.id === response.id) {
        const { roster: _roster, answerBase: _answerBase, ...request } = posted;
        post(response.scenario, request, schools);
        return;
      }
    }
    if (response.ok) {
      milliseconds[response.scenario] = response.milliseconds;
      try {
        state.answer = {
          version: response.result.version,
          analysis: applyAnalysisPatch(state.answer?.analysis ?? null, response.result),
        };
      } catch (error) {
        // A patch on an analysis the channel does not hold: the next answers come in full.
        forget();
        if (response.id === waiting.id && !waiting.done)
          answer({ id: response.id, ok: false, error: errorMessage(error) });
        return;
      }
    }
    if (response.id !== waiting.id || waiting.done) return;
    if (!response.ok) {
      answer({ id: response.id, ok: false, error: response.error });
      return;
    }
    waiting[response.scenario] = state.answer?.analysis;
    const { current, planned } = waiting;
    if (!current || !planned) return;
    answer({
      id: response.id,
      ok: true,
      result: { current, planned, comparison: compareAnalyses(current, planned, comparisons) },
      // Wall time of the pair: the slower of the two when they ran side by side, else both.
      milliseconds:
        first === last
          ? milliseconds.current + milliseconds.planned
          : Math.max(milliseconds.current, milliseconds.planned),
    });
  };
  for (const worker of new Set(workers)) {
    worker.onmessage = (event: MessageEvent<ScenarioResponse>) => received(event.data);
    worker.onerror = (event) => {
      forget();
      channel.onerror?.(event);
    };
  }
  return channel as unknown as Worker;
}
