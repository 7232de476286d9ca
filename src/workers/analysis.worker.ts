/** The analysis worker: heavy coverage and rule work off the main thread, so the UI never freezes. */
import type { AnalysisPair } from '../analysis/run-analysis-pair.ts';
import { runAnalysisPair } from '../analysis/run-analysis-pair.ts';
import type { AnalysisRequest } from './analysis-protocol.ts';
import { answerRequests } from './answer-requests.ts';

answerRequests<AnalysisRequest, AnalysisPair>(self, runAnalysisPair);
