/** Messages between the app and the search worker. */
import type { SearchItem } from '../analysis/search-index.ts';
import type { SearchResult } from '../analysis/search-places.ts';
import type { WorkerResponse } from './answer-requests.ts';

/** Build the index of these items (replacing any), or search the index built last. */
export type SearchRequest =
  | { id: number; kind: 'build'; items: SearchItem[] }
  | { id: number; kind: 'search'; query: string; limit: number };

/** The worker's answer: the result of a search, null for a build. */
export type SearchResponse = WorkerResponse<SearchResult | null>;
