/** Messages between the app and the analysis worker. */

import type { AnalysisInput, DistrictAnalysis } from '../analysis/analyze-district.ts';
import type { AnalysisPair } from '../analysis/run-analysis-pair.ts';
import type { Message } from '../domain/message.ts';
import type { ScenarioKind } from '../domain/scenario.ts';
import type { School } from '../domain/school.ts';
import type { AnalysisPatch } from './analysis-patch.ts';
import type { WorkerResponse } from './answer-requests.ts';
import type { ListSplice } from './list-changes.ts';

/**
 * A request: analyse the inputs in 现状 and in 规划完成后 (same year), and compare them; or, with
 * `scenario`, only that scenario (two workers then share the pair, one scenario each).
 *
 * The population and the boundaries — a province's million cells — are sent only when they
 * changed: a request without them means the ones the worker was last sent (it keeps them).
 */
export interface AnalysisRequest {
  id: number;
  input: Omit<AnalysisInput, 'scenario' | 'population' | 'townships'> &
    Partial<Pick<AnalysisInput, 'population' | 'townships'>>;
  /** The plan year both scenarios are cut at, or null for none. */
  year: number | null;
  scenario?: 'current' | 'planned';
}

/** The worker's answer to request `id`: the pair, or the one scenario asked for. */
export type AnalysisResponse = WorkerResponse<AnalysisPair | DistrictAnalysis>;

/**
 * The roster as the changes since the roster `base` this worker was last sent for the scenario
 * (null: against an empty roster, i.e. in full); `version` names the roster they make.
 */
export interface RosterChanges {
  base: number | null;
  version: number;
  changes: ListSplice<School>[];
}

/**
 * What the app's analysis channel posts to a worker: one scenario, the roster as changes, and the
 * answer wanted as a patch on answer `answerBase` of this scenario (null: in full).
 */
export interface ScenarioRequest {
  id: number;
  scenario: ScenarioKind;
  year: number | null;
  input: Omit<AnalysisRequest['input'], 'schools'>;
  roster: RosterChanges;
  answerBase: number | null;
}

/**
 * The worker's answer to a scenario request: the analysis as a patch; or its error, with
 * `outOfStep` when the roster's changes do not apply to the roster it keeps (send it in full).
 */
export type ScenarioResponse =
  | { id: number; scenario: ScenarioKind; ok: true; result: AnalysisPatch; milliseconds: number }
  | { id: number; scenario: ScenarioKind; ok: false; error: Message; outOfStep?: true };
