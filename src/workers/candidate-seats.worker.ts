/** The candidate-seats worker: children newly given a seat by each candidate, off the main thread. */
import { assessCandidateSeats, type CandidateSeatReport } from '../analysis/seats/assess-candidate-seats.ts';
import { answerRequests } from './answer-requests.ts';
import type { CandidateSeatsRequest } from './candidate-seats-protocol.ts';

answerRequests<CandidateSeatsRequest, CandidateSeatReport>(self, (request) =>
  assessCandidateSeats(request.input, request.candidates),
);
