/**
 * Reading a roster in the import worker: the main-thread fallback (vitest has no Worker), the
 * progress reports, cancellation, and the worker path through a stand-in that runs the
 * worker's own handler and clones every message as postMessage would.
 */
import { describe, expect, it, vi } from 'vitest';
import { type RosterImportResult, readRosterBytes } from '../../../src/io/read-roster-bytes.ts';
import { answerImportRequest } from '../../../src/workers/import.worker.ts';
import { readRosterBytesInWorker } from '../../../src/workers/import-in-worker.ts';
import type { ImportRequest, ImportResponse } from '../../../src/workers/import-protocol.ts';
import { FakeWorker, type FakeWorkerOptions } from '../fake-worker.ts';
import { utf8 } from './fixtures.ts';

/** A roster of `rows` schools, every tenth one rejected (unknown kind), one title row on top. */
function rosterBytes(rows: number): Uint8Array {
  const lines = ['港南区学校名录', '学校代码,学校名称,学校类型,经度,纬度,办学性质'];
  for (let index = 0; index < rows; index++) {
    const kind = index % 10 === 9 ? '大学' : '小学';
    lines.push(`${String(index).padStart(10, '0')},第${index}小学,${kind},109.${index % 997},23.1,公办`);
  }
  return utf8(`${lines.join('\r\n')}\r\n`);
}

/** Records every progress report. */
function progressLog() {
  const calls: [number, number][] = [];
  return { calls, onProgress: (done: number, total: number) => calls.push([done, total]) };
}

function expectWellFormedProgress(calls: readonly [number, number][], total: number): void {
  expect(calls[0]).toEqual([0, total]);
  expect(calls.at(-1)).toEqual([total, total]);
  expect(calls.length).toBeLessThanOrEqual(102);
  for (const [index, [done, reportedTotal]] of calls.entries()) {
    expect(reportedTotal).toBe(total);
    if (index > 0) expect(done).toBeGreaterThan(calls[index - 1]?.[0] ?? -1);
  }
}

/** Every object in the value is a plain object, an array or a null-prototype record. */
function expectPlainData(value: unknown, path = 'result'): void {
  if (typeof value === 'function') throw new Error(`${path} is a function`);
  if (typeof value !== 'object' || value === null) return;
  const prototype = Object.getPrototypeOf(value);
  expect([Object.prototype, Array.prototype, null], path).toContain(prototype);
  for (const [key, child] of Object.entries(value)) expectPlainData(child, `${path}.${key}`);
}

/** The import worker's own handler in a stand-in worker. */
function importWorker(options: FakeWorkerOptions = {}) {
  return new FakeWorker<ImportRequest, ImportResponse>(answerImportRequest, options);
}

describe('readRosterBytes progress', () => {
  it('reports 0 after parsing, then at most about 100 times, ending with all rows', async () => {
    const { calls, onProgress } = progressLog();
    const result = await readRosterBytes(rosterBytes(5000), '名录.csv', { onProgress });
    expect(result.accepted.length + result.rejected.length).toBe(5000);
    expectWellFormedProgress(calls, 5000);
  });

  it('reports nothing for a file that cannot be read', async () => {
    const { calls, onProgress } = progressLog();
    await readRosterBytes(new Uint8Array(), '名录.csv', { onProgress });
    expect(calls).toEqual([]);
  });
});

describe('readRosterBytesInWorker', () => {
  it('falls back to the main thread where there is no Worker, with the same result and progress', async () => {
    expect(typeof Worker).toBe('undefined');
    const bytes = rosterBytes(1200);
    const { calls, onProgress } = progressLog();
    const result = await readRosterBytesInWorker(bytes, '名录.csv', { coords: 'wgs84' }, onProgress);
    expect(result).toEqual(await readRosterBytes(bytes, '名录.csv', { coords: 'wgs84' }));
    expect(result.headerRow).toBe(2);
    expectWellFormedProgress(calls, 1200);
  });

  it('gives a result that survives structured cloning unchanged', async () => {
    const result = await readRosterBytesInWorker(rosterBytes(50), '名录.csv');
    expectPlainData(result);
    expect(structuredClone(result)).toEqual(result);
  });

  it('rejects with an AbortError when aborted before it starts or while it runs', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      readRosterBytesInWorker(rosterBytes(10), '名录.csv', { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
    const running = new AbortController();
    await expect(
      readRosterBytesInWorker(rosterBytes(500), '名录.csv', { signal: running.signal }, () =>
        running.abort(),
      ),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('runs in a worker: progress messages, then the same result as the main thread', async () => {
    const bytes = rosterBytes(800);
    const worker = importWorker();
    const { calls, onProgress } = progressLog();
    const result: RosterImportResult = await readRosterBytesInWorker(
      bytes,
      '名录.csv',
      { createWorker: () => worker },
      onProgress,
    );
    expect(result).toEqual(await readRosterBytes(bytes, '名录.csv'));
    expectWellFormedProgress(calls, 800);
    // The rows' original cells have no prototype again, as on the main thread.
    expect(Object.getPrototypeOf(result.rejected[0]?.original)).toBeNull();
    // A copy was transferred: the caller's bytes are still there.
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker when aborted', async () => {
    const worker = importWorker();
    const controller = new AbortController();
    const onProgress = vi.fn(() => controller.abort());
    await expect(
      readRosterBytesInWorker(
        rosterBytes(300),
        '名录.csv',
        { createWorker: () => worker, signal: controller.signal },
        onProgress,
      ),
    ).rejects.toMatchObject({ name: 'AbortError' });
    expect(onProgress).toHaveBeenCalledTimes(1);
    expect(worker.terminated).toBe(true);
  });

  it('reads on the main thread when the worker cannot start', async () => {
    const bytes = rosterBytes(20);
    const result = await readRosterBytesInWorker(bytes, '名录.csv', {
      createWorker: () => importWorker({ failToStart: true }),
    });
    expect(result.accepted).toHaveLength(18);
  });
});
