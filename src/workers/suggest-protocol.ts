/** Messages between the 选址 screen and the suggestion worker: suggestions, exact estimates, consolidations. */
import type { ExactEstimate } from '../analysis/optimise/estimate-suggestion.ts';
import type {
  ConsolidationContext,
  ConsolidationRequest,
  ConsolidationResult,
} from '../analysis/optimise/plan-consolidation.ts';
import type { LatticeBasis } from '../analysis/optimise/prepare-suggestion-lattice.ts';
import type { SuggestionContext, SuggestionRequest, SuggestionResult } from '../analysis/plan-suggestion.ts';
import type { Message } from '../domain/message.ts';
import type { PopulationData } from '../domain/population.ts';

/** What the worker is asked to do, and what each task answers with. */
export interface OptimiserTasks {
  suggest: { context: SuggestionContext; request: SuggestionRequest; result: SuggestionResult };
  estimate: { context: SuggestionContext; request: SuggestionRequest; result: ExactEstimate };
  consolidate: { context: ConsolidationContext; request: ConsolidationRequest; result: ConsolidationResult };
}

/** A task's name. */
export type OptimiserTask = keyof OptimiserTasks;

/**
 * A task's data as sent: the population — a province's million cells — only when it changed; a
 * request without it means the one the worker was last sent (it keeps it, and with it the
 * lattices of the coverage lists).
 */
export type SentContext<Context> = Omit<Context, 'population'> & { population?: PopulationData };

/** A request: run this task on this data. */
export type OptimiserTaskMessage = {
  [Task in OptimiserTask]: {
    id: number;
    task: Task;
    context: SentContext<OptimiserTasks[Task]['context']>;
    request: OptimiserTasks[Task]['request'];
  };
}[OptimiserTask];

/**
 * Prepare, in the background, the coverage lists' lattice of this data for requests of this
 * basis (when the 选址 screen opens, and when its data change while it is open). Answered with
 * `prepared`; a request that arrives first runs it before itself; one superseded by a later
 * preparation, or whose population was since replaced, is dropped.
 */
export interface PrepareMessage {
  id: number;
  task: 'prepare';
  context: SentContext<SuggestionContext>;
  request: LatticeBasis;
}

/** What the suggestion worker is sent. */
export type SuggestRequestMessage = OptimiserTaskMessage | PrepareMessage;

/**
 * What the worker did with its lattices since it started (it reports them with every answer):
 * preparations run ahead of requests and dropped, and the lattices its lists took from the cache
 * (hits) or prepared themselves (misses, the preparations' own included).
 */
export interface LatticeReport {
  preparations: number;
  dropped: number;
  hits: number;
  misses: number;
}

/**
 * The worker's answers to request `id`: progress after every pick, then one result or one error
 * (what to tell the user: why the request cannot be met).
 */
export type SuggestResponseMessage =
  | { id: number; kind: 'progress'; picked: number; count: number }
  | {
      id: number;
      kind: 'result';
      result: OptimiserTasks[OptimiserTask]['result'];
      milliseconds: number;
      lattice: LatticeReport;
    }
  | { id: number; kind: 'error'; text: Message }
  | { id: number; kind: 'prepared'; ran: boolean; lattice: LatticeReport };
