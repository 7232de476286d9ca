/** What the analysis worker computes for a request: the pair, or the one scenario asked for. */
import { analyzeDistrict, type DistrictAnalysis } from '../analysis/analyze-district.ts';
import { type AnalysisPair, runAnalysisPair } from '../analysis/run-analysis-pair.ts';
import type { AnalysisRequest } from './analysis-protocol.ts';

/**
 * The analysis worker's answer to a request (also run in tests through a stand-in worker).
 * @example analyseRequest({ id: 1, input, year: null, scenario: 'planned' }) // a DistrictAnalysis
 */
export function analyseRequest(request: AnalysisRequest): AnalysisPair | DistrictAnalysis {
  return request.scenario
    ? analyzeDistrict({ ...request.input, scenario: { kind: request.scenario, year: request.year } })
    : runAnalysisPair(request);
}
