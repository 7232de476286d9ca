/**
 * The analysis worker: heavy coverage and rule work off the main thread, so the UI never freezes.
 * It keeps one analysis session for its life, and the population and boundaries last sent: the
 * prepared population and each kind's nearest-school search stay between requests, and an edit
 * searches again only what it changed. The gap points go back as typed arrays, transferred.
 */
import type { DistrictAnalysis } from '../analysis/analyze-district.ts';
import type { AnalysisPair } from '../analysis/run-analysis-pair.ts';
import { analyseRequest, analysisBuffers, type WorkerKeeps } from './analyse-request.ts';
import type { AnalysisRequest } from './analysis-protocol.ts';
import { answerRequests } from './answer-requests.ts';

const keeps: WorkerKeeps = { current: null };
answerRequests<AnalysisRequest, AnalysisPair | DistrictAnalysis>(
  self,
  (request) => analyseRequest(request, keeps),
  (result) => {
    // The buffers leave with the answer: the session must not hand them out again.
    keeps.current?.forgetDerived();
    return analysisBuffers(result);
  },
);
