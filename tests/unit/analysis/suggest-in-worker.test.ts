/**
 * Running a suggestion in the suggestion worker: the main-thread fallback (vitest has no
 * Worker), and the worker path through a stand-in that runs the worker's own handler and clones
 * every message as postMessage would; progress, errors and cancellation.
 */
import { describe, expect, it } from 'vitest';
import { reasonOf, UnmetRequestError } from '../../../src/analysis/optimise/unmet-request-error.ts';
import { planSuggestion } from '../../../src/analysis/plan-suggestion.ts';
import type { Message } from '../../../src/domain/message.ts';
import { translateMessage } from '../../../src/i18n/index.ts';
import { answerSuggestRequest } from '../../../src/workers/suggest.worker.ts';
import { type SuggestWorkerLike, startSuggestion } from '../../../src/workers/suggest-in-worker.ts';
import type { SuggestRequestMessage, SuggestResponseMessage } from '../../../src/workers/suggest-protocol.ts';
import { listed, squares } from './suggestion-fixtures.ts';

/** A stand-in worker that runs the real handler a moment later, one message per macrotask. */
class FakeSuggestWorker implements SuggestWorkerLike {
  onmessage: ((event: MessageEvent<SuggestResponseMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(private readonly failToStart = false) {}
  postMessage(message: SuggestRequestMessage): void {
    const request = structuredClone(message);
    setTimeout(async () => {
      if (this.failToStart) {
        this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
        return;
      }
      const responses: SuggestResponseMessage[] = [];
      await answerSuggestRequest(request, (response) => responses.push(structuredClone(response)));
      // Delivered one by one, as a worker's messages arrive.
      const deliver = () => {
        const response = responses.shift();
        if (!response || this.terminated) return;
        this.onmessage?.({ data: response } as MessageEvent<SuggestResponseMessage>);
        setTimeout(deliver, 0);
      };
      deliver();
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** Only 甲镇's school: two picks (乙城区, then 东村) add population. */
const context = { ...squares, schools: squares.schools.slice(0, 1) };
const request = { ...listed, requireRuleId: null, radius: 10_000 };

describe('startSuggestion', () => {
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
    const worker = new FakeSuggestWorker();
    const progress: number[] = [];
    const run = startSuggestion(context, request, (picked) => progress.push(picked), {
      createWorker: () => worker,
    });
    expect(await run.result).toEqual(await planSuggestion(context, request));
    expect(progress).toEqual([1, 2]);
    expect(worker.terminated).toBe(true);
  });

  it('rejects with the refusal the search throws, its reason intact', async () => {
    const run = startSuggestion(context, { ...request, kind: 'high', radius: null }, undefined, {
      createWorker: () => new FakeSuggestWorker(),
    });
    await expect(run.result).rejects.toThrow(UnmetRequestError);
    const reason = await run.result.catch(reasonOf);
    expect(translateMessage('zh-CN', reason as Message)).toMatch(/高中按全区服务/);
  });

  it('rejects with an AbortError when cancelled, and stops the worker', async () => {
    const worker = new FakeSuggestWorker();
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
    const reported: number[] = [];
    const onMainThread = startSuggestion(context, request, (picked) => reported.push(picked));
    onMainThread.cancel();
    await expect(onMainThread.result).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(reported).toEqual([]);
  });

  it('falls back to the main thread when the worker cannot start', async () => {
    const run = startSuggestion(context, request, undefined, {
      createWorker: () => new FakeSuggestWorker(true),
    });
    expect((await run.result).picks).toHaveLength(2);
  });
});
