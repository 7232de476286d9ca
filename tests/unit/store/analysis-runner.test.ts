import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { PopulationData } from '../../../src/domain/population.ts';
import { parseRuleSet } from '../../../src/domain/rules.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { readRoster } from '../../../src/io/read-roster.ts';
import { startAnalysisRunner } from '../../../src/store/analysis-runner.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import type { AnalysisRequest, AnalysisResponse } from '../../../src/workers/analysis-protocol.ts';
import { runAnalysisPair } from '../../../src/workers/run-analysis-pair.ts';

/** A stand-in for the worker that answers on the next macrotask, as a real one would. */
function fakeWorker(requests: AnalysisRequest[]) {
  const worker = {
    onmessage: null as ((event: MessageEvent<AnalysisResponse>) => void) | null,
    onerror: null,
    postMessage(request: AnalysisRequest) {
      requests.push(request);
      setTimeout(() => {
        const response: AnalysisResponse = {
          id: request.id,
          ok: true,
          result: runAnalysisPair(request),
          milliseconds: 1,
        };
        worker.onmessage?.({ data: response } as MessageEvent<AnalysisResponse>);
      }, 0);
    },
    terminate() {},
  };
  return worker as unknown as Worker;
}

function loadedStore() {
  const store = createAtlasStore();
  const parsed = parseRuleSet(JSON.parse(readFileSync('geodata/rules/gangnan-2018-2020.json', 'utf8')));
  if (!parsed.ok) throw new Error(parsed.errors.join());
  store.setState({
    loadStatus: 'ready',
    schools: readRoster(
      readFileSync('geodata/schools.sample.csv', 'utf8'),
      'schools.sample.csv',
    ).accepted.map((row) => row.record),
    townships: JSON.parse(readFileSync('geodata/townships.geojson', 'utf8')) as TownshipCollection,
    population: JSON.parse(readFileSync('geodata/population.model.json', 'utf8')) as PopulationData,
    ruleSet: parsed.ruleSet,
  });
  return store;
}

describe('startAnalysisRunner', () => {
  it('runs once the store says ready, however long restoring the saved work took after the data came', async () => {
    vi.useFakeTimers();
    const store = loadedStore();
    store.setState({ loadStatus: 'loading' });
    const requests: AnalysisRequest[] = [];
    const stop = startAnalysisRunner(store, () => fakeWorker(requests));
    // The saved work takes longer to open than the runner waits.
    await vi.advanceTimersByTimeAsync(2000);
    expect(requests).toHaveLength(0);
    store.setState({ loadStatus: 'ready' });
    await vi.advanceTimersByTimeAsync(500);
    expect(requests).toHaveLength(1);
    expect(store.getState().analysisStatus).toBe('ready');
    stop();
    vi.useRealTimers();
  });

  it('analyses both scenarios off the store and keeps only the latest answer', async () => {
    vi.useFakeTimers();
    const store = loadedStore();
    const requests: AnalysisRequest[] = [];
    const stop = startAnalysisRunner(store, () => fakeWorker(requests));
    await vi.advanceTimersByTimeAsync(500);
    expect(store.getState().analysisStatus).toBe('ready');
    const first = store.getState().analysis;
    expect(first?.current.scenario.kind).toBe('current');
    expect(first?.planned.scenario.kind).toBe('planned');

    // Two quick edits make one run (debounced), and its answer is the one kept.
    store.getState().setRadii({ ...store.getState().radii, primary: { urban: 500, rural: 6000 } });
    store.getState().setRadii({ ...store.getState().radii, primary: { urban: 500, rural: 8000 } });
    await vi.advanceTimersByTimeAsync(500);
    expect(requests).toHaveLength(2);
    expect(store.getState().analysis?.current.radii.primary.rural).toBe(8000);
    stop();
    vi.useRealTimers();
  });

  it('sends one request at a time: edits made while the worker is busy make one more run, on the latest state', async () => {
    vi.useFakeTimers();
    const store = loadedStore();
    const requests: AnalysisRequest[] = [];
    let answer: (() => void) | null = null;
    // A worker that answers only when told to.
    const slowWorker = {
      onmessage: null as ((event: MessageEvent<AnalysisResponse>) => void) | null,
      onerror: null,
      postMessage(request: AnalysisRequest) {
        requests.push(request);
        answer = () => {
          const response: AnalysisResponse = {
            id: request.id,
            ok: true,
            result: runAnalysisPair(request),
            milliseconds: 1,
          };
          slowWorker.onmessage?.({ data: response } as MessageEvent<AnalysisResponse>);
        };
      },
      terminate() {},
    };
    const stop = startAnalysisRunner(store, () => slowWorker as unknown as Worker);
    await vi.advanceTimersByTimeAsync(500);
    expect(requests).toHaveLength(1);
    for (const rural of [3000, 4000, 5000]) {
      store.getState().setRadii({ ...store.getState().radii, primary: { urban: 500, rural } });
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(requests).toHaveLength(1);
    (answer as (() => void) | null)?.();
    expect(requests).toHaveLength(2);
    expect(requests[1]?.input.radii.primary.rural).toBe(5000);
    (answer as (() => void) | null)?.();
    expect(store.getState().analysis?.current.radii.primary.rural).toBe(5000);
    expect(store.getState().analysisStatus).toBe('ready');
    stop();
    vi.useRealTimers();
  });

  it('does nothing until the data is loaded', async () => {
    vi.useFakeTimers();
    const store = createAtlasStore();
    const requests: AnalysisRequest[] = [];
    const stop = startAnalysisRunner(store, () => fakeWorker(requests));
    await vi.advanceTimersByTimeAsync(500);
    expect(requests).toHaveLength(0);
    expect(store.getState().analysis).toBeNull();
    stop();
    vi.useRealTimers();
  });
});
