/**
 * Runs the analysis in a web worker whenever its inputs change: the roster, boundaries,
 * population, rules, radii, plan year, or the distance model (and its roads and barriers). Latest wins: an answer to an older request is dropped.
 */
import type { AnalysisPair } from '../analysis/run-analysis-pair.ts';
import type { AnalysisRequest } from '../workers/analysis-protocol.ts';
import { createAnalysisChannel } from './analysis-channel.ts';
import type { AtlasStore } from './index.ts';
import { distanceInput, selectDistance } from './travel-selectors.ts';
import { startWorkerRunner } from './worker-runner.ts';

/** Starts the runner; returns the stopper. `createWorker` is injectable for tests. */
export function startAnalysisRunner(
  store: AtlasStore,
  createWorker: () => Worker = () => {
    const start = (name: string) =>
      new Worker(new URL('../workers/analysis.worker.ts', import.meta.url), { type: 'module', name });
    // Two cores or more: 现状 and 规划完成后 side by side, one worker each; else one worker
    // answering both in turn (docs/PERFORMANCE.md, "The analysis on two cores").
    return createAnalysisChannel(
      (globalThis.navigator?.hardwareConcurrency ?? 1) >= 2
        ? [start('analysis-current'), start('analysis-planned')]
        : [start('analysis')],
    );
  },
): () => void {
  // The population and boundaries the worker was last sent (it keeps them): sent again only when
  // the store holds other ones — a province's million cells are not copied for every edit.
  let sent: { population: unknown; townships: unknown } = { population: null, townships: null };
  return startWorkerRunner<AnalysisRequest, AnalysisPair>(store, {
    inputsOf: (state) => [
      state.schools,
      state.townships,
      state.population,
      state.ruleSet,
      state.radii,
      state.scenario.year,
      selectDistance(state),
      state.roads,
      state.barriers,
    ],
    makeRequest(state, id) {
      const { schools, townships, population, ruleSet, radii, scenario, loadStatus } = state;
      if (loadStatus !== 'ready' || !townships || !population || !ruleSet) return null;
      const changed = {
        ...(sent.population === population ? {} : { population }),
        ...(sent.townships === townships ? {} : { townships }),
      };
      sent = { population, townships };
      return {
        id,
        input: { schools, ruleSet, radii, ...changed, ...distanceInput(state) },
        year: scenario.year,
      };
    },
    createWorker,
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
    // A new worker holds no population or boundaries: the next request carries them again.
    onWorkerLost: () => {
      sent = { population: null, townships: null };
    },
  });
}
