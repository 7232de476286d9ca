/** The analysis worker: heavy coverage and rule work off the main thread, so the UI never freezes. */
import type { DistrictAnalysis } from '../analysis/analyze-district.ts';
import type { AnalysisPair } from '../analysis/run-analysis-pair.ts';
import { analyseRequest } from './analyse-request.ts';
import type { AnalysisRequest } from './analysis-protocol.ts';
import { answerRequests } from './answer-requests.ts';

answerRequests<AnalysisRequest, AnalysisPair | DistrictAnalysis>(self, analyseRequest);
