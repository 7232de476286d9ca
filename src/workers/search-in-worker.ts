/**
 * The search box's search: the index built and searched in the search worker, or on the main
 * thread where there is no `Worker` (tests in Node) or it fails to start. Answers come back in
 * the order asked; the box keeps only the latest.
 */
import type { SearchItem } from '../analysis/search-index.ts';
import type { SearchResult } from '../analysis/search-places.ts';
import type { SearchRequest, SearchResponse } from './search-protocol.ts';

/** What of a Worker is used here, so tests can pass a stand-in. */
export interface SearchWorkerLike {
  postMessage(message: SearchRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<SearchResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

function createSearchWorker(): SearchWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./search.worker.ts', import.meta.url), {
      type: 'module',
      name: 'search',
    }) as SearchWorkerLike;
  } catch {
    return null;
  }
}

/** A place search over one set of items at a time. */
export interface PlaceSearch {
  /** Builds the index of these items (the next searches use it). */
  build(items: SearchItem[]): Promise<void>;
  /** The hits of a query, every hit listed too; null before any build. */
  search(query: string, limit: number): Promise<SearchResult | null>;
  /** Stops the worker. */
  close(): void;
}

/**
 * Starts a place search.
 * @param createWorker makes the worker; null searches on the main thread (tests pass their own)
 * @example const search = startPlaceSearch(); await search.build(items); const result = await search.search('wtzx', 8);
 */
export function startPlaceSearch(
  createWorker: () => SearchWorkerLike | null = createSearchWorker,
): PlaceSearch {
  let worker = createWorker();
  let nextId = 1;
  const waiting = new Map<
    number,
    { resolve: (result: SearchResult | null) => void; request: SearchRequest }
  >();
  const requests: SearchRequest[] = [];
  let local: Promise<(request: SearchRequest) => SearchResult | null> | null = null;

  const onMainThread = (request: SearchRequest) => {
    local ??= import('./search.worker.ts').then((module) => module.answerSearch);
    return local.then((answer) => answer(request));
  };

  const fallBack = () => {
    // The worker failed to start or broke: the builds and searches still waiting run here.
    worker?.terminate();
    worker = null;
    const pending = [...waiting.values()];
    waiting.clear();
    const lastBuild = requests.filter((request) => request.kind === 'build').at(-1);
    void (async () => {
      if (lastBuild) await onMainThread(lastBuild);
      for (const { resolve, request } of pending) {
        resolve(request.kind === 'build' ? null : await onMainThread(request));
      }
    })();
  };

  if (worker) {
    worker.onmessage = (event) => {
      const answer = event.data;
      const entry = waiting.get(answer.id);
      if (!entry) return;
      waiting.delete(answer.id);
      entry.resolve(answer.ok ? answer.result : null);
    };
    worker.onerror = () => fallBack();
  }

  const ask = (request: SearchRequest): Promise<SearchResult | null> => {
    if (request.kind === 'build') {
      requests.length = 0;
      requests.push(request);
    }
    if (!worker) return onMainThread(request);
    return new Promise((resolve) => {
      waiting.set(request.id, { resolve, request });
      worker?.postMessage(request);
    });
  };

  return {
    build: (items) => ask({ id: nextId++, kind: 'build', items }).then(() => undefined),
    search: (query, limit) => ask({ id: nextId++, kind: 'search', query, limit }),
    close: () => {
      worker?.terminate();
      worker = null;
    },
  };
}
