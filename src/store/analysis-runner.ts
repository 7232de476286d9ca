/**
 * Runs the analysis in a web worker whenever its inputs change: the roster, boundaries,
 * population, rules, radii or plan year. Latest wins: an answer to an older request is dropped.
 */
import { shallow } from 'zustand/shallow';
import type { AnalysisRequest, AnalysisResponse } from '../workers/analysis-protocol.ts';
import type { AtlasState, AtlasStore } from './index.ts';

/** Coalesces a burst of edits (typing a threshold, dragging) into one run. */
const DEBOUNCE_MS = 120;

function inputsOf(state: AtlasState) {
  return [
    state.schools,
    state.townships,
    state.population,
    state.ruleSet,
    state.radii,
    state.scenario.year,
  ] as const;
}

/** Starts the runner; returns the stopper. `createWorker` is injectable for tests. */
export function startAnalysisRunner(
  store: AtlasStore,
  createWorker: () => Worker = () =>
    new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), {
      type: 'module',
      name: 'analysis',
    }),
): () => void {
  let worker: Worker | null = null;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = () => {
    const { schools, townships, population, ruleSet, radii, scenario, loadStatus } = store.getState();
    if (loadStatus !== 'ready' || !townships || !population || !ruleSet) return;
    if (!worker) {
      worker = createWorker();
      worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
        const response = event.data;
        if (response.id !== latest) return;
        if (response.ok) {
          store.setState({
            analysis: response.result,
            analysisStatus: 'ready',
            analysisError: null,
            analysisMilliseconds: response.milliseconds,
          });
        } else {
          store.setState({ analysisStatus: 'error', analysisError: response.error });
        }
      };
      worker.onerror = (event) => {
        store.setState({ analysisStatus: 'error', analysisError: event.message || '分析进程出错' });
      };
    }
    latest += 1;
    const request: AnalysisRequest = {
      id: latest,
      input: { schools, townships, population, ruleSet, radii },
      year: scenario.year,
    };
    store.setState({ analysisStatus: 'running' });
    worker.postMessage(request);
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };
  const unsubscribe = store.subscribe(inputsOf, schedule, { equalityFn: shallow, fireImmediately: true });
  return () => {
    clearTimeout(timer);
    unsubscribe();
    worker?.terminate();
  };
}
