/** Messages between the app and the analysis worker. */

import type { AnalysisInput, DistrictAnalysis } from '../analysis/analyze-district.ts';
import type { AnalysisComparison } from '../analysis/compare-analyses.ts';
import type { WorkerResponse } from './answer-requests.ts';

/** A request: analyse the inputs in 现状 and in 规划完成后 (same year), and compare them. */
export interface AnalysisRequest {
  id: number;
  input: Omit<AnalysisInput, 'scenario'>;
  /** The plan year both scenarios are cut at, or null for none. */
  year: number | null;
}

/** Both analyses and their comparison. */
export interface AnalysisPair {
  current: DistrictAnalysis;
  planned: DistrictAnalysis;
  comparison: AnalysisComparison;
}

/** The worker's answer to request `id`. */
export type AnalysisResponse = WorkerResponse<AnalysisPair>;
