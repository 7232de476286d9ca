/**
 * The search box's search through its worker protocol: a build, then searches answered in order
 * with every hit listed; on the main thread when there is no worker, and when the worker breaks.
 */
import { describe, expect, it } from 'vitest';
import type { SearchItem } from '../../../src/analysis/search-index.ts';
import { answerSearch } from '../../../src/workers/search.worker.ts';
import { type SearchWorkerLike, startPlaceSearch } from '../../../src/workers/search-in-worker.ts';
import type { SearchRequest, SearchResponse } from '../../../src/workers/search-protocol.ts';

const ITEMS: SearchItem[] = [
  { group: 'township', name: '瓦塘镇', code: '450803107' },
  { group: 'school', name: '瓦塘镇中心小学', code: '4508030001' },
  { group: 'school', name: '瓦塘镇第二小学', code: '4508030002' },
  { group: 'village', name: '瓦塘村委会', code: '' },
];

/** A stand-in worker answering with the worker's own function, later (as a real one does). */
function fakeWorker(log: SearchRequest[], broken = false): SearchWorkerLike {
  const worker: SearchWorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage(request) {
      log.push(request);
      setTimeout(() => {
        if (broken) {
          worker.onerror?.({} as ErrorEvent);
          return;
        }
        const response: SearchResponse = {
          id: request.id,
          ok: true,
          result: answerSearch(request),
          milliseconds: 0,
        };
        worker.onmessage?.(new MessageEvent('message', { data: response }));
      }, 1);
    },
    terminate() {},
  };
  return worker;
}

describe('the place search', () => {
  it('builds in the worker and answers searches there, every school hit listed', async () => {
    const log: SearchRequest[] = [];
    const search = startPlaceSearch(() => fakeWorker(log));
    await search.build(ITEMS);
    const result = await search.search('wtzx', 1);
    expect(log.map((request) => request.kind)).toEqual(['build', 'search']);
    expect(result?.school.hits.map((hit) => ITEMS[hit.item]?.name)).toEqual(['瓦塘镇中心小学']);
    expect(result?.school.total).toBe(1);
    const all = await search.search('瓦塘', 1);
    expect(all?.school.hits).toHaveLength(1);
    expect(all?.school.all?.sort()).toEqual([1, 2]);
  });

  it('searches on the main thread without a worker, and when the worker breaks', async () => {
    const local = startPlaceSearch(() => null);
    await local.build(ITEMS);
    expect((await local.search('450803000', 5))?.school.total).toBe(2);
    const broken = startPlaceSearch(() => fakeWorker([], true));
    const building = broken.build(ITEMS);
    const searching = broken.search('瓦塘镇', 5);
    await building;
    expect((await searching)?.township.hits.map((hit) => hit.item)).toEqual([0]);
  });
});
