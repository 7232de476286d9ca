/** Messages between the app and the seat-analysis worker. */
import type { SeatScenarioInput, SeatScenarios } from '../analysis/seats/analyse-seat-scenarios.ts';
import type { WorkerResponse } from './answer-requests.ts';

/** A request: forecast seats for both scenarios with these inputs and assumptions. */
export interface SeatsRequest {
  id: number;
  input: SeatScenarioInput;
}

/** The worker's answer to request `id`. */
export type SeatsResponse = WorkerResponse<SeatScenarios>;

export type { SeatScenarios };
