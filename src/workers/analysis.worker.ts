/** The analysis worker: heavy coverage and rule work off the main thread, so the UI never freezes. */
import type { AnalysisPair, AnalysisRequest } from './analysis-protocol.ts';
import { answerRequests } from './answer-requests.ts';
import { runAnalysisPair } from './run-analysis-pair.ts';

answerRequests<AnalysisRequest, AnalysisPair>(self, runAnalysisPair);
