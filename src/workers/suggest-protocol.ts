/** Messages between the 选址 screen and the suggestion worker. */
import type { SuggestionContext, SuggestionRequest, SuggestionResult } from '../analysis/plan-suggestion.ts';
import type { Message } from '../domain/message.ts';

/** A request: suggest sites for this request on this data. */
export interface SuggestRequestMessage {
  id: number;
  context: SuggestionContext;
  request: SuggestionRequest;
}

/**
 * The worker's answers to request `id`: progress after every pick, then one result or one error
 * (what to tell the user: why the request cannot be met).
 */
export type SuggestResponseMessage =
  | { id: number; kind: 'progress'; picked: number; count: number }
  | { id: number; kind: 'result'; result: SuggestionResult; milliseconds: number }
  | { id: number; kind: 'error'; text: Message };
