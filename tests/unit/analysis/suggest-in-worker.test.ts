/**
 * Running a suggestion in the suggestion worker: the main-thread fallback (vitest has no
 * Worker), and the worker path through a stand-in that runs the worker's own handler and clones
 * every message as postMessage would; progress, errors and cancellation.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { planSuggestion } from '../../../src/analysis/plan-suggestion.ts';
import { answerSuggestRequest, createSuggestWorkerKeeps } from '../../../src/workers/suggest.worker.ts';
import {
  createSuggestWorkerPool,
  prepareSuggestionWorker,
  releaseSuggestionWorker,
  startSuggestion,
} from '../../../src/workers/suggest-in-worker.ts';
import type { SuggestRequestMessage, SuggestResponseMessage } from '../../../src/workers/suggest-protocol.ts';
import { FakeWorker, type FakeWorkerOptions } from '../fake-worker.ts';
import { rejectedMessage } from '../messages.ts';
import { listed, squares } from './suggestion-fixtures.ts';

/** The suggestion worker's own handler in a stand-in worker, with what it keeps between requests. */
function suggestWorker(options: FakeWorkerOptions = {}) {
  const keeps = createSuggestWorkerKeeps();
  return new FakeWorker<SuggestRequestMessage, SuggestResponseMessage>(
    (message, reply) => answerSuggestRequest(message, reply, keeps),
    options,
  );
}

/** Suggestion workers made on demand, each recorded, and a pool of their own. */
function recordedWorkers() {
  const workers: FakeWorker<SuggestRequestMessage, SuggestResponseMessage>[] = [];
  const createWorker = () => {
    const worker = suggestWorker();
    workers.push(worker);
    return worker;
  };
  return { workers, createWorker, pool: createSuggestWorkerPool() };
}

/** Only 甲镇's school: two picks (乙城区, then 东村) add population. */
const context = { ...squares, schools: squares.schools.slice(0, 1) };
const request = { ...listed, requireRuleId: null, radius: 10_000 };

describe('startSuggestion', () => {
  // Each test starts its own worker: none left waiting from the one before.
  afterEach(() => releaseSuggestionWorker());

  it('runs on the main thread without a Worker and gives what planSuggestion gives', async () => {
    const progress: [number, number][] = [];
    const run = startSuggestion(context, request, (picked, count) => progress.push([picked, count]));
    const result = await run.result;
    expect(result).toEqual(await planSuggestion(context, request));
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('runs in the worker, reporting every pick, with the same result', async () => {
    const worker = suggestWorker();
    const progress: number[] = [];
    const pool = createSuggestWorkerPool();
    const run = startSuggestion(context, request, (picked) => progress.push(picked), {
      createWorker: () => worker,
      pool,
    });
    expect(await run.result).toEqual(await planSuggestion(context, request));
    expect(progress).toEqual([1, 2]);
    // It waits for the next task, until the screen is left.
    expect(worker.terminated).toBe(false);
    releaseSuggestionWorker(pool);
    expect(worker.terminated).toBe(true);
  });

  it('keeps the worker for the next task, sending the population only when it changed', async () => {
    const keeps: ReturnType<typeof createSuggestWorkerKeeps>[] = [];
    const workers: FakeWorker<SuggestRequestMessage, SuggestResponseMessage>[] = [];
    const createWorker = () => {
      const kept = createSuggestWorkerKeeps();
      const worker = new FakeWorker<SuggestRequestMessage, SuggestResponseMessage>((message, reply) =>
        answerSuggestRequest(message, reply, kept),
      );
      keeps.push(kept);
      workers.push(worker);
      return worker;
    };
    const pool = createSuggestWorkerPool();
    const options = { createWorker, pool };
    const fresh = await planSuggestion(context, request);
    expect(await startSuggestion(context, request, undefined, options).result).toEqual(fresh);
    const three = { ...request, count: 3 };
    expect(await startSuggestion(context, three, undefined, options).result).toEqual(
      await planSuggestion(context, three),
    );
    const changed = { ...context, population: { ...context.population, label: '另一份' } };
    expect(await startSuggestion(changed, request, undefined, options).result).toEqual(
      await planSuggestion(changed, request),
    );
    expect(workers).toHaveLength(1);
    const sent = (workers[0]?.received ?? []).map((message) => message.context.population?.label ?? null);
    expect(sent).toEqual(['两方块', null, '另一份']);
    expect(keeps[0]?.latticeCache.hits).toBeGreaterThan(0);
    // A cancelled task's worker is terminated: the next task starts a new one, sent the population.
    const cancelled = startSuggestion(context, request, () => cancelled.cancel(), options);
    await expect(cancelled.result).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]?.terminated).toBe(true);
    expect(pool.idle).toBeNull();
    expect(await startSuggestion(context, request, undefined, options).result).toEqual(fresh);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.received[0]?.context.population?.label).toBe('两方块');
    releaseSuggestionWorker(pool);
  });

  it('ends the worker of a task still running when the screen is left, once it answers', async () => {
    const worker = suggestWorker({ held: true });
    const pool = createSuggestWorkerPool();
    const run = startSuggestion(context, request, undefined, { createWorker: () => worker, pool });
    // The screen is left while the task runs: the task still gives its result …
    releaseSuggestionWorker(pool);
    expect(worker.terminated).toBe(false);
    worker.answerNext();
    expect(await run.result).toEqual(await planSuggestion(context, request));
    // … and its worker does not stay waiting for a next task that the screen will not ask for.
    expect(worker.terminated).toBe(true);
    expect(pool.idle).toBeNull();
    // Back on the screen, a new task is kept again after it answers.
    const next = suggestWorker();
    expect(
      await startSuggestion(context, request, undefined, { createWorker: () => next, pool }).result,
    ).toEqual(await planSuggestion(context, request));
    expect(pool.idle?.worker).toBe(next);
    releaseSuggestionWorker(pool);
  });

  it('rejects with the message of the error the search throws, from the worker and on the main thread', async () => {
    const impossible = { ...request, kind: 'high' as const, radius: null };
    const run = startSuggestion(context, impossible, undefined, {
      createWorker: () => suggestWorker(),
    });
    expect(await rejectedMessage(run.result)).toMatch(/高中按全区服务/);
    releaseSuggestionWorker();
    const onMainThread = startSuggestion(context, impossible);
    expect(await rejectedMessage(onMainThread.result)).toMatch(/高中按全区服务/);
  });

  it('rejects with an AbortError when cancelled, and stops the worker', async () => {
    const worker = suggestWorker();
    const progress: number[] = [];
    const run = startSuggestion(
      squares,
      request,
      (picked) => {
        progress.push(picked);
        run.cancel();
      },
      { createWorker: () => worker },
    );
    await expect(run.result).rejects.toMatchObject({ name: 'AbortError' });
    expect(worker.terminated).toBe(true);
    expect(progress).toEqual([1]);
  });

  it('on the main thread, a cancel right after the start leaves no pick reported', async () => {
    // Fake timers let the test run the main thread's scheduled start itself, instead of sleeping
    // and hoping it has come and gone.
    vi.useFakeTimers();
    try {
      const reported: number[] = [];
      const onMainThread = startSuggestion(context, request, (picked) => reported.push(picked));
      onMainThread.cancel();
      await expect(onMainThread.result).rejects.toMatchObject({ name: 'AbortError' });
      expect(vi.getTimerCount()).toBe(1);
      await vi.runAllTimersAsync();
      expect(vi.getTimerCount()).toBe(0);
      expect(reported).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('prepares the lattice in the worker kept for the screen: the first task goes there and prepares nothing', async () => {
    const { workers, createWorker, pool } = recordedWorkers();
    const basis = { kind: 'primary' as const, radius: 10_000, scenario: request.scenario };
    prepareSuggestionWorker(context, basis, { createWorker, pool });
    expect(pool.idle?.worker).toBe(workers[0]);
    // Asked at once, before the preparation had its turn: the task waits for it in the same worker.
    const result = await startSuggestion(context, request, undefined, { createWorker, pool }).result;
    expect(result).toEqual(await planSuggestion(context, request));
    expect(workers).toHaveLength(1);
    const received = workers[0]?.received ?? [];
    expect(received.map((message) => [message.task, message.context.population?.label ?? null])).toEqual([
      ['prepare', '两方块'],
      ['suggest', null],
    ]);
    // Both lattices (the standing school's and the candidates') prepared once, by the preparation.
    expect(pool.report).toEqual({ preparations: 1, dropped: 0, hits: 2, misses: 2 });
    releaseSuggestionWorker(pool);
  });

  it('prepares a new worker in the background when a cancelled task took the prepared one with it', async () => {
    const { workers, createWorker, pool } = recordedWorkers();
    const options = { createWorker, pool };
    prepareSuggestionWorker(
      context,
      { kind: 'primary', radius: 10_000, scenario: request.scenario },
      options,
    );
    const cancelled = startSuggestion(context, request, () => cancelled.cancel(), options);
    await expect(cancelled.result).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers[0]?.terminated).toBe(true);
    expect(pool.idle?.worker).toBe(workers[1]);
    expect(workers[1]?.received.map((message) => [message.task, message.context.population?.label])).toEqual([
      ['prepare', '两方块'],
    ]);
    expect(await startSuggestion(context, request, undefined, options).result).toEqual(
      await planSuggestion(context, request),
    );
    expect(workers).toHaveLength(2);
    expect(pool.report).toMatchObject({ preparations: 1, hits: 2, misses: 2 });
    // Once the screen is left, a cancel leaves no worker behind.
    releaseSuggestionWorker(pool);
    const last = startSuggestion(context, request, () => last.cancel(), options);
    releaseSuggestionWorker(pool);
    await expect(last.result).rejects.toMatchObject({ name: 'AbortError' });
    expect(pool.idle).toBeNull();
    expect(workers.every((worker) => worker.terminated)).toBe(true);
  });

  it('keeps a preparation asked while a task runs for that worker, once it answers', async () => {
    const worker = suggestWorker({ held: true });
    let made = 0;
    const createWorker = () => {
      made++;
      return worker;
    };
    const pool = createSuggestWorkerPool();
    const run = startSuggestion(context, request, undefined, { createWorker, pool });
    const basis = { kind: 'primary' as const, radius: 5000, scenario: request.scenario };
    prepareSuggestionWorker(context, basis, { createWorker, pool });
    prepareSuggestionWorker(context, { ...basis, radius: 10_000 }, { createWorker, pool });
    expect(made).toBe(1);
    expect(worker.received.map((message) => message.task)).toEqual(['suggest']);
    worker.answerNext();
    await run.result;
    // Only the latest, and without the population the worker already has.
    expect(worker.received.map((message) => [message.task, message.request])).toEqual([
      ['suggest', request],
      ['prepare', { ...basis, radius: 10_000 }],
    ]);
    expect(worker.received[1]?.context.population).toBeUndefined();
    expect(pool.waiting).toBeNull();
    releaseSuggestionWorker(pool);
    expect(worker.terminated).toBe(true);
  });

  it('falls back to the main thread when the worker cannot start', async () => {
    const run = startSuggestion(context, request, undefined, {
      createWorker: () => suggestWorker({ failToStart: true }),
    });
    expect((await run.result).picks).toHaveLength(2);
  });
});
