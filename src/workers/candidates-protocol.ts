/** Messages between the app and the candidate-site worker. */
import type { AnalysisInput } from '../analysis/analyze-district.ts';
import type { CandidateReport } from '../analysis/assess-candidates.ts';
import type { CandidateSite } from '../domain/candidate.ts';

/** A request: assess the candidates against the scenario of the input. */
export interface CandidateRequest {
  id: number;
  input: AnalysisInput;
  candidates: CandidateSite[];
}

export type { CandidateReport };
