/** The candidate-site worker: the what-if of every candidate, off the main thread. */
import { assessCandidates, type CandidateReport } from '../analysis/assess-candidates.ts';
import { answerRequests } from './answer-requests.ts';
import type { CandidateRequest } from './candidates-protocol.ts';

answerRequests<CandidateRequest, CandidateReport>(self, (request) =>
  assessCandidates(request.input, request.candidates),
);
