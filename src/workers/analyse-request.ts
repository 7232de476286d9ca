/** What the analysis worker computes for a request: the pair, or the one scenario asked for. */
import { analyzeDistrict, type DistrictAnalysis } from '../analysis/analyze-district.ts';
import { type AnalysisPair, runAnalysisPair } from '../analysis/run-analysis-pair.ts';
import { type AnalysisSession, startAnalysisSession } from '../analysis/start-analysis-session.ts';
import type { AnalysisRequest } from './analysis-protocol.ts';

/**
 * The analysis worker's answer to a request (also run in tests through a stand-in worker). The
 * worker passes the session it keeps, so an edit costs what it changes; a request that fails
 * leaves the session emptied rather than half updated.
 * @example const session = startAnalysisSession(); analyseRequest({ id: 1, input, year: null, scenario: 'planned' }, session)
 */
export function analyseRequest(
  request: AnalysisRequest,
  session?: { current: AnalysisSession | null },
): AnalysisPair | DistrictAnalysis {
  if (session && !session.current) session.current = startAnalysisSession();
  const kept = session?.current ?? undefined;
  try {
    return request.scenario
      ? analyzeDistrict({ ...request.input, scenario: { kind: request.scenario, year: request.year } }, kept)
      : runAnalysisPair(request, kept);
  } catch (error) {
    if (session) session.current = null;
    throw error;
  }
}
