/**
 * The analysis worker's side of the app's channel: each request is one scenario, its roster the
 * changes since the roster the worker keeps for that scenario, and the answer a patch on the
 * analysis the worker last sent for it — so that an edit of one school among 30,000 copies a few
 * records each way instead of the whole roster in and every township and flag out.
 */
import type { DistrictAnalysis } from '../analysis/analyze-district.ts';
import { errorMessage, MessageError, message } from '../domain/message.ts';
import { packPopulation } from '../domain/point-columns.ts';
import type { ScenarioKind } from '../domain/scenario.ts';
import type { School } from '../domain/school.ts';
import { analyseRequest, type WorkerKeeps } from './analyse-request.ts';
import { type AnalysisPatch, makeAnalysisPatch, patchBuffers } from './analysis-patch.ts';
import type { ScenarioRequest, ScenarioResponse } from './analysis-protocol.ts';
import { applySplices } from './list-changes.ts';

/** What a worker keeps between scenario requests: besides its session, per scenario the roster and the last answer. */
export interface ScenarioKeeps extends WorkerKeeps {
  rosters: Partial<Record<ScenarioKind, { version: number; schools: readonly School[] }>>;
  sent: Partial<Record<ScenarioKind, { version: number; analysis: DistrictAnalysis }>>;
  /** Answers made so far: each answer's version. */
  answers: number;
}

/** Nothing kept yet. */
export function startScenarioKeeps(): ScenarioKeeps {
  return { current: null, rosters: {}, sent: {}, answers: 0 };
}

/** The roster's changes do not apply to the roster kept: the app must send it in full. */
export class RosterOutOfStep extends MessageError {
  constructor() {
    super(message('workerFailed'));
  }
}

/**
 * The roster a request makes of the one kept for its scenario (kept in its place), or
 * `RosterOutOfStep` when the request's changes are not on that roster.
 */
function rosterOf(request: ScenarioRequest, keeps: ScenarioKeeps): readonly School[] {
  const { base, version, changes } = request.roster;
  const kept = keeps.rosters[request.scenario];
  delete keeps.rosters[request.scenario];
  if (base !== null && kept?.version !== base) throw new RosterOutOfStep();
  let schools: School[];
  try {
    schools = applySplices(base === null ? [] : (kept?.schools ?? []), changes);
  } catch {
    throw new RosterOutOfStep();
  }
  keeps.rosters[request.scenario] = { version, schools };
  return schools;
}

/**
 * The patch answering a scenario request (also run in tests through a stand-in worker).
 * @example const keeps = startScenarioKeeps(); answerScenario(request, keeps).changedTownships
 */
export function answerScenario(request: ScenarioRequest, keeps: ScenarioKeeps): AnalysisPatch {
  // Kept first: a request out of step still brings them (it is posted again without them).
  if (request.input.population) keeps.population = packPopulation(request.input.population);
  if (request.input.townships) keeps.townships = request.input.townships;
  const schools = rosterOf(request, keeps);
  const sent = keeps.sent[request.scenario];
  const patchOn = sent && sent.version === request.answerBase ? sent : null;
  // The gap columns of earlier answers left with them: an answer in full gathers them again.
  if (!patchOn) keeps.current?.forgetDerived();
  const analysis = analyseRequest(
    {
      id: request.id,
      year: request.year,
      scenario: request.scenario,
      // The population as kept (packed), not the objects sent.
      input: { ...request.input, population: undefined, schools },
    },
    keeps,
  ) as DistrictAnalysis;
  keeps.answers++;
  const patch = makeAnalysisPatch(
    patchOn?.analysis ?? null,
    patchOn?.version ?? null,
    analysis,
    keeps.answers,
  );
  keeps.sent[request.scenario] = { version: keeps.answers, analysis };
  return patch;
}

/**
 * The body of the analysis worker: answers each scenario request with its patch, timed, the gap
 * points copied (the worker keeps them), the road-time hidden gaps' buffers transferred; or with its error.
 * @example answerScenarioRequests(self, startScenarioKeeps())
 */
export function answerScenarioRequests(
  scope: {
    onmessage: ((event: MessageEvent<ScenarioRequest>) => void) | null;
    postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
  },
  keeps: ScenarioKeeps,
): void {
  scope.onmessage = (event) => {
    const { id, scenario } = event.data;
    const started = performance.now();
    let response: ScenarioResponse;
    let transfer: Transferable[] = [];
    try {
      const result = answerScenario(event.data, keeps);
      transfer = patchBuffers(result);
      response = { id, scenario, ok: true, result, milliseconds: performance.now() - started };
    } catch (error) {
      response = {
        id,
        scenario,
        ok: false,
        error: errorMessage(error),
        ...(error instanceof RosterOutOfStep ? { outOfStep: true as const } : {}),
      };
    }
    scope.postMessage(response, { transfer });
  };
}
