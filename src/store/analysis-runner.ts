/**
 * Runs the analysis in a web worker whenever its inputs change: the roster, boundaries,
 * population, rules, radii or plan year. Latest wins: an answer to an older request is dropped.
 */
import type { AnalysisPair } from '../analysis/run-analysis-pair.ts';
import type { AnalysisRequest } from '../workers/analysis-protocol.ts';
import type { AtlasState, AtlasStore } from './index.ts';
import { createSplitAnalysisWorker } from './split-analysis-worker.ts';
import { startWorkerRunner } from './worker-runner.ts';

/**
 * Population points from which the two scenarios run on two workers (docs/PERFORMANCE.md, the
 * analysis on two cores: on the county two workers are slower than one).
 */
export const SPLIT_FROM_POINTS = 200_000;

/** Starts the runner; returns the stopper. `createWorker` is injectable for tests. */
export function startAnalysisRunner(
  store: AtlasStore,
  createWorker: (state: AtlasState) => Worker = (state) => {
    const start = (name: string) =>
      new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), { type: 'module', name });
    // Two cores or more and a province's worth of points: 现状 and 规划完成后 side by side, one
    // worker each. A county's analysis is over before the inputs are copied to a second worker.
    const large = (state.population?.points.length ?? 0) >= SPLIT_FROM_POINTS;
    return large && (globalThis.navigator?.hardwareConcurrency ?? 1) >= 2
      ? createSplitAnalysisWorker((scenario) => start(`analysis-${scenario}`))
      : start('analysis');
  },
): () => void {
  return startWorkerRunner<AnalysisRequest, AnalysisPair>(store, {
    inputsOf: (state) => [
      state.schools,
      state.townships,
      state.population,
      state.ruleSet,
      state.radii,
      state.scenario.year,
    ],
    makeRequest(state, id) {
      const { schools, townships, population, ruleSet, radii, scenario, loadStatus } = state;
      if (loadStatus !== 'ready' || !townships || !population || !ruleSet) return null;
      return { id, input: { schools, townships, population, ruleSet, radii }, year: scenario.year };
    },
    // Made at the first run, on the data then shown (the embedded county, a restored project).
    createWorker: () => createWorker(store.getState()),
    // Coalesces a burst of edits (typing a threshold, dragging) into one run.
    debounceMs: 120,
    onStart: (target) => target.setState({ analysisStatus: 'running' }),
    onResult: (target, analysis, milliseconds) =>
      target.setState({
        analysis,
        analysisStatus: 'ready',
        analysisError: null,
        analysisMilliseconds: milliseconds,
      }),
    onError: (target, message) => target.setState({ analysisStatus: 'error', analysisError: message }),
  });
}
