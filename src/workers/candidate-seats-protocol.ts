/** Messages between the app and the candidate-seats worker. */
import type { CandidateSeatReport } from '../analysis/seats/assess-candidate-seats.ts';
import type { SeatAnalysisInput } from '../analysis/seats/prepare-seat-analysis.ts';
import type { CandidateSite } from '../domain/candidate.ts';

/** A request: the children each candidate would newly seat, in the input's scenario. */
export interface CandidateSeatsRequest {
  id: number;
  input: SeatAnalysisInput;
  candidates: CandidateSite[];
}

export type { CandidateSeatReport };
