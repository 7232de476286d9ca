/** Messages between the app and the analysis worker. */

import type { DistrictAnalysis } from '../analysis/analyze-district.ts';
import type { AnalysisPair, AnalysisPairInput } from '../analysis/run-analysis-pair.ts';
import type { WorkerResponse } from './answer-requests.ts';

/**
 * A request: analyse the inputs in 现状 and in 规划完成后 (same year), and compare them; or, with
 * `scenario`, only that scenario (two workers then share the pair, one scenario each).
 */
export interface AnalysisRequest extends AnalysisPairInput {
  id: number;
  scenario?: 'current' | 'planned';
}

/** The worker's answer to request `id`: the pair, or the one scenario asked for. */
export type AnalysisResponse = WorkerResponse<AnalysisPair | DistrictAnalysis>;
