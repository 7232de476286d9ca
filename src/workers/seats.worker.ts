/** The seat-analysis worker: allocations and the ten-year forecast off the main thread. */
import { analyseSeatScenarios, type SeatScenarios } from '../analysis/seats/analyse-seat-scenarios.ts';
import { answerRequests } from './answer-requests.ts';
import type { SeatsRequest } from './seats-protocol.ts';

answerRequests<SeatsRequest, SeatScenarios>(self, (request) => analyseSeatScenarios(request.input));
