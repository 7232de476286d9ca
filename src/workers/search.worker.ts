/**
 * The search worker: builds the search index (the pinyin dictionary and every name's forms take
 * seconds on a province-sized list) and answers each keystroke's search off the main thread, so
 * typing never waits for either.
 */
import { toSyllables } from '../analysis/pinyin-forms.ts';
import { buildSearchIndex, type SearchIndex } from '../analysis/search-index.ts';
import { type SearchResult, searchPlaces } from '../analysis/search-places.ts';
import { answerRequests } from './answer-requests.ts';
import type { SearchRequest } from './search-protocol.ts';

let index: SearchIndex | null = null;

/** Builds or searches; requests are answered in order, so a search after a build sees it. */
export function answerSearch(request: SearchRequest): SearchResult | null {
  if (request.kind === 'build') {
    index = buildSearchIndex(request.items, toSyllables);
    return null;
  }
  // Every hit is listed too: the box counts the schools its filters hide.
  return index ? searchPlaces(index, request.query, { limit: request.limit, keepAll: true }) : null;
}

// Only inside a worker: tests import this module in Node, where there is no worker scope.
if ((globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== undefined) {
  answerRequests<SearchRequest, SearchResult | null>(self, answerSearch);
}
