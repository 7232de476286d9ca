/**
 * The analysis worker: heavy coverage and rule work off the main thread, so the UI never freezes.
 * It keeps one analysis session for its life: the prepared population and each kind's
 * nearest-school search stay between requests, and an edit searches again only what it changed.
 */
import type { DistrictAnalysis } from '../analysis/analyze-district.ts';
import type { AnalysisPair } from '../analysis/run-analysis-pair.ts';
import type { AnalysisSession } from '../analysis/start-analysis-session.ts';
import { analyseRequest } from './analyse-request.ts';
import type { AnalysisRequest } from './analysis-protocol.ts';
import { answerRequests } from './answer-requests.ts';

const session: { current: AnalysisSession | null } = { current: null };
answerRequests<AnalysisRequest, AnalysisPair | DistrictAnalysis>(self, (request) =>
  analyseRequest(request, session),
);
