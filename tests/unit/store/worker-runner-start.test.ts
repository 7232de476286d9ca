/**
 * Every worker runner starts when the data is shown: at start-up the data arrives held back
 * ('loading') while saved work is restored, then turns 'ready' with no other input changing.
 */
import { describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from '../../../src/store/index.ts';
import { startWorkerRunner } from '../../../src/store/worker-runner.ts';
import type { WorkerResponse } from '../../../src/workers/answer-requests.ts';
import { FakeWorker } from '../fake-worker.ts';

describe('startWorkerRunner at start-up', () => {
  it('runs once the held-back data is shown, though its own inputs leave the load status out', async () => {
    vi.useFakeTimers();
    const store = createAtlasStore();
    store.setState({ loadStatus: 'loading' });
    const worker = new FakeWorker<{ id: number }, WorkerResponse<number>>((request, reply) =>
      reply({ id: request.id, ok: true, result: 1, milliseconds: 0 }),
    );
    const results: number[] = [];
    const stop = startWorkerRunner<{ id: number }, number>(store, {
      // Like the seats runner: the data, not the load status.
      inputsOf: (state) => [state.schools],
      makeRequest: (state, id) => (state.loadStatus === 'ready' ? { id } : null),
      createWorker: () => worker.asWorker(),
      debounceMs: 120,
      onStart: () => undefined,
      onResult: (_store, result) => results.push(result),
      onError: () => undefined,
    });
    try {
      // The restore outlasts the runner's pause: nothing to run on yet.
      await vi.advanceTimersByTimeAsync(500);
      expect(worker.received).toHaveLength(0);
      store.setState({ loadStatus: 'ready' });
      await vi.advanceTimersByTimeAsync(500);
      expect(worker.received).toHaveLength(1);
      expect(results).toEqual([1]);
    } finally {
      stop();
      vi.useRealTimers();
    }
  });
});
