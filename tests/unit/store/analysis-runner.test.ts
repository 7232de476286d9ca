import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { type AnalysisPair, runAnalysisPair } from '../../../src/analysis/run-analysis-pair.ts';
import { message } from '../../../src/domain/message.ts';
import type { PopulationData } from '../../../src/domain/population.ts';
import type { TownshipCollection } from '../../../src/domain/township.ts';
import { readRoster } from '../../../src/io/read-roster.ts';
import { requireRuleSet } from '../../../src/io/rule-set-file.ts';
import { createAnalysisChannel } from '../../../src/store/analysis-channel.ts';
import { startAnalysisRunner } from '../../../src/store/analysis-runner.ts';
import { createAtlasStore } from '../../../src/store/index.ts';
import { analyseRequest, type WorkerKeeps } from '../../../src/workers/analyse-request.ts';
import type {
  AnalysisRequest,
  AnalysisResponse,
  ScenarioRequest,
  ScenarioResponse,
} from '../../../src/workers/analysis-protocol.ts';
import { answerRequests } from '../../../src/workers/answer-requests.ts';
import { answerScenarioRequests, startScenarioKeeps } from '../../../src/workers/answer-scenario.ts';
import { FakeWorker, type FakeWorkerOptions } from '../fake-worker.ts';
import { zh } from '../messages.ts';

/**
 * The analysis worker's own body (`answerRequests` around `analyseRequest`, keeping its session
 * and the population and boundaries last sent) in a stand-in worker.
 */
function analysisWorker(options: FakeWorkerOptions = {}) {
  const keeps: WorkerKeeps = { current: null };
  return new FakeWorker<AnalysisRequest, AnalysisResponse>((request, reply) => {
    const scope = {
      onmessage: null as ((event: MessageEvent<AnalysisRequest>) => void) | null,
      postMessage: (response: unknown) => reply(response as AnalysisResponse),
    };
    answerRequests<AnalysisRequest, AnalysisPair>(
      scope,
      (asked) => analyseRequest(asked, keeps) as AnalysisPair,
    );
    scope.onmessage?.({ data: request } as MessageEvent<AnalysisRequest>);
  }, options);
}

/** The app's analysis worker body (`answerScenarioRequests`) in a stand-in worker. */
function scenarioWorker() {
  const keeps = startScenarioKeeps();
  return new FakeWorker<ScenarioRequest, ScenarioResponse>((request, reply) => {
    const scope = {
      onmessage: null as ((event: MessageEvent<ScenarioRequest>) => void) | null,
      postMessage: (response: unknown) => reply(response as ScenarioResponse),
    };
    answerScenarioRequests(scope, keeps);
    scope.onmessage?.({ data: request } as MessageEvent<ScenarioRequest>);
  });
}

/** The pair as plain data (gap columns as lists). */
function plain(pair: AnalysisPair | null | undefined): unknown {
  return JSON.parse(
    JSON.stringify(pair, (_key, value) =>
      ArrayBuffer.isView(value) ? Array.from(value as Float64Array) : value,
    ),
  );
}

/** Runs a test on fake timers, and always gives the real ones back. */
async function withFakeTimers(test: () => Promise<void>): Promise<void> {
  vi.useFakeTimers();
  try {
    await test();
  } finally {
    vi.useRealTimers();
  }
}

function loadedStore() {
  const store = createAtlasStore();
  store.setState({
    loadStatus: 'ready',
    schools: readRoster(
      readFileSync('geodata/schools.sample.csv', 'utf8'),
      'schools.sample.csv',
    ).accepted.map((row) => row.record),
    townships: JSON.parse(readFileSync('geodata/townships.geojson', 'utf8')) as TownshipCollection,
    population: JSON.parse(readFileSync('geodata/population.model.json', 'utf8')) as PopulationData,
    ruleSet: requireRuleSet(JSON.parse(readFileSync('geodata/rules/gangnan-2018-2020.json', 'utf8'))),
  });
  return store;
}

describe('startAnalysisRunner', () => {
  it('analyses both scenarios off the store and keeps only the latest answer', () =>
    withFakeTimers(async () => {
      const store = loadedStore();
      const worker = analysisWorker();
      const stop = startAnalysisRunner(store, () => worker.asWorker());
      try {
        await vi.advanceTimersByTimeAsync(500);
        expect(store.getState().analysisStatus).toBe('ready');
        const first = store.getState().analysis;
        expect(first?.current.scenario.kind).toBe('current');
        expect(first?.planned.scenario.kind).toBe('planned');

        // Two quick edits make one run (debounced), and its answer is the one kept.
        store.getState().setRadii({ ...store.getState().radii, primary: { urban: 500, rural: 6000 } });
        store.getState().setRadii({ ...store.getState().radii, primary: { urban: 500, rural: 8000 } });
        await vi.advanceTimersByTimeAsync(500);
        expect(worker.received).toHaveLength(2);
        expect(store.getState().analysis?.current.radii.primary.rural).toBe(8000);
        // The population and boundaries went with the first request only: the worker keeps them.
        expect(worker.received[0]?.input.population).toEqual(store.getState().population);
        expect(worker.received[0]?.input.townships).toEqual(store.getState().townships);
        expect(worker.received[1]?.input.population).toBeUndefined();
        expect(worker.received[1]?.input.townships).toBeUndefined();
        const { population, townships, ...others } = worker.received[1]?.input ?? {};
        const state = store.getState();
        expect(store.getState().analysis).toEqual(
          runAnalysisPair({
            input: { ...others, population: state.population, townships: state.townships } as Parameters<
              typeof runAnalysisPair
            >[0]['input'],
            year: null,
          }),
        );

        // New boundaries go with the next request, the population still stays.
        store.setState({ townships: structuredClone(state.townships) });
        await vi.advanceTimersByTimeAsync(500);
        expect(worker.received).toHaveLength(3);
        expect(worker.received[2]?.input.townships).toEqual(store.getState().townships);
        expect(worker.received[2]?.input.population).toBeUndefined();
      } finally {
        stop();
      }
    }));

  it('gives the right analysis through the channel after edits, undo and redo', () =>
    withFakeTimers(async () => {
      const store = loadedStore();
      const workers = [scenarioWorker(), scenarioWorker()];
      const stop = startAnalysisRunner(store, () =>
        createAnalysisChannel(workers.map((worker) => worker.asWorker())),
      );
      const expectFresh = () => {
        const state = store.getState();
        expect(state.analysisStatus).toBe('ready');
        const fresh = runAnalysisPair({
          input: {
            schools: state.schools,
            townships: state.townships as TownshipCollection,
            population: state.population as PopulationData,
            ruleSet: state.ruleSet as NonNullable<typeof state.ruleSet>,
            radii: state.radii,
          },
          year: null,
        });
        expect(plain(state.analysis)).toEqual(plain(fresh));
      };
      try {
        await vi.advanceTimersByTimeAsync(500);
        expectFresh();
        const [first, second] = store.getState().schools;
        if (!first || !second) throw new Error('expected schools');
        store.getState().moveSchool(first.code, first.lon + 0.03, first.lat);
        await vi.advanceTimersByTimeAsync(500);
        expectFresh();
        store.getState().deleteSchool(second.code);
        await vi.advanceTimersByTimeAsync(500);
        expectFresh();
        store.getState().addSchool({ ...second, code: 'added-1', lat: second.lat + 0.02 });
        await vi.advanceTimersByTimeAsync(500);
        expectFresh();
        store.temporal.getState().undo();
        await vi.advanceTimersByTimeAsync(500);
        expectFresh();
        store.temporal.getState().undo();
        await vi.advanceTimersByTimeAsync(500);
        expectFresh();
        store.temporal.getState().redo();
        await vi.advanceTimersByTimeAsync(500);
        expectFresh();
        // Restored work: every record new, the roster goes in full.
        store.setState({ schools: structuredClone(store.getState().schools) });
        await vi.advanceTimersByTimeAsync(500);
        expectFresh();
        const last = workers[0]?.received.at(-1);
        expect(last?.roster.base).toBeNull();
        expect(workers[0]?.received.slice(1, -1).every((each) => each.roster.base !== null)).toBe(true);
      } finally {
        stop();
      }
    }));

  it('sends one request at a time: edits made while the worker is busy make one more run, on the latest state', () =>
    withFakeTimers(async () => {
      const store = loadedStore();
      // A worker that answers only when told to.
      const worker = analysisWorker({ held: true });
      const stop = startAnalysisRunner(store, () => worker.asWorker());
      try {
        await vi.advanceTimersByTimeAsync(500);
        expect(worker.received).toHaveLength(1);
        for (const rural of [3000, 4000, 5000]) {
          store.getState().setRadii({ ...store.getState().radii, primary: { urban: 500, rural } });
          await vi.advanceTimersByTimeAsync(500);
        }
        expect(worker.received).toHaveLength(1);
        worker.answerNext();
        await vi.advanceTimersByTimeAsync(0);
        expect(worker.received).toHaveLength(2);
        expect(worker.received[1]?.input.radii.primary.rural).toBe(5000);
        worker.answerNext();
        await vi.advanceTimersByTimeAsync(0);
        expect(store.getState().analysis?.current.radii.primary.rural).toBe(5000);
        expect(store.getState().analysisStatus).toBe('ready');
      } finally {
        stop();
      }
    }));

  it('shows the worker’s refusal as a message, and a worker that cannot start as one too', () =>
    withFakeTimers(async () => {
      const refusing = new FakeWorker<AnalysisRequest, AnalysisResponse>((request, reply) =>
        reply({ id: request.id, ok: false, error: message('workerFailed') }),
      );
      const store = loadedStore();
      const stop = startAnalysisRunner(store, () => refusing.asWorker());
      try {
        await vi.advanceTimersByTimeAsync(500);
        expect(store.getState().analysisStatus).toBe('error');
        const error = store.getState().analysisError;
        expect(error && zh(error)).toBe('后台计算出错');
      } finally {
        stop();
      }
    }));

  it('starts a new worker after one failed, and sends it the population and boundaries again', () =>
    withFakeTimers(async () => {
      const store = loadedStore();
      const workers = [analysisWorker(), analysisWorker()];
      let started = 0;
      const stop = startAnalysisRunner(store, () => {
        const worker = workers[started++];
        if (!worker) throw new Error('more workers than expected');
        return worker.asWorker();
      });
      try {
        await vi.advanceTimersByTimeAsync(500);
        const [failed, fresh] = workers;
        expect(failed?.received[0]?.input.population).toEqual(store.getState().population);
        // An uncaught error in the worker (a crash): what it kept cannot be trusted.
        failed?.onerror?.({ message: 'out of memory', preventDefault: () => undefined } as ErrorEvent);
        expect(failed?.terminated).toBe(true);
        expect(store.getState().analysisStatus).toBe('error');

        store.getState().setRadii({ ...store.getState().radii, primary: { urban: 500, rural: 6000 } });
        await vi.advanceTimersByTimeAsync(500);
        expect(started).toBe(2);
        expect(failed?.received).toHaveLength(1);
        expect(fresh?.received[0]?.input.population).toEqual(store.getState().population);
        expect(fresh?.received[0]?.input.townships).toEqual(store.getState().townships);
        expect(store.getState().analysisStatus).toBe('ready');
        expect(store.getState().analysis?.current.radii.primary.rural).toBe(6000);
      } finally {
        stop();
      }
    }));

  it('runs when the data, loaded and held back while saved work is restored, is shown', () =>
    withFakeTimers(async () => {
      // The start-up: the defaults arrive still 'loading', the restore takes longer than the
      // runner's pause, then the same data is shown as 'ready' without any input changing.
      const store = loadedStore();
      store.setState({ loadStatus: 'loading' });
      const worker = analysisWorker();
      const stop = startAnalysisRunner(store, () => worker.asWorker());
      try {
        await vi.advanceTimersByTimeAsync(500);
        expect(worker.received).toHaveLength(0);
        store.setState({ loadStatus: 'ready' });
        await vi.advanceTimersByTimeAsync(500);
        expect(worker.received).toHaveLength(1);
        expect(store.getState().analysisStatus).toBe('ready');
      } finally {
        stop();
      }
    }));

  it('does nothing until the data is loaded', () =>
    withFakeTimers(async () => {
      const store = createAtlasStore();
      const worker = analysisWorker();
      const stop = startAnalysisRunner(store, () => worker.asWorker());
      try {
        await vi.advanceTimersByTimeAsync(500);
        expect(worker.received).toHaveLength(0);
        expect(store.getState().analysis).toBeNull();
      } finally {
        stop();
      }
    }));
});
