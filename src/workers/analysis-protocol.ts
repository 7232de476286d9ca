/** Messages between the app and the analysis worker. */

import type { AnalysisInput, DistrictAnalysis } from '../analysis/analyze-district.ts';
import type { AnalysisPair } from '../analysis/run-analysis-pair.ts';
import type { WorkerResponse } from './answer-requests.ts';

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
