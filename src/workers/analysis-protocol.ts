/** Messages between the app and the analysis worker. */

import type { AnalysisPair, AnalysisPairInput } from '../analysis/run-analysis-pair.ts';
import type { WorkerResponse } from './answer-requests.ts';

/** A request: analyse the inputs in 现状 and in 规划完成后 (same year), and compare them. */
export interface AnalysisRequest extends AnalysisPairInput {
  id: number;
}

/** The worker's answer to request `id`. */
export type AnalysisResponse = WorkerResponse<AnalysisPair>;
