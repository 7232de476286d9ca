/**
 * Assesses the candidate sites in a web worker whenever they, the data or the scenario change,
 * and while one is dragged, at the pointer's point. Latest wins; with no candidates nothing runs and the report is cleared.
 */
import type { CandidateReport } from '../analysis/assess-candidates.ts';
import type { CandidateRequest } from '../workers/candidates-protocol.ts';
import type { AtlasStore } from './index.ts';
import { selectPlacedCandidates } from './selectors.ts';
import { distanceInput, selectDistance } from './travel-selectors.ts';
import { startWorkerRunner } from './worker-runner.ts';

/** Starts the runner; returns the stopper. `createWorker` is injectable for tests. */
export function startCandidateRunner(
  store: AtlasStore,
  createWorker: () => Worker = () =>
    new Worker(new URL('../workers/candidates.worker.ts', import.meta.url), {
      type: 'module',
      name: 'candidates',
    }),
): () => void {
  return startWorkerRunner<CandidateRequest, CandidateReport>(store, {
    inputsOf: (state) => [
      state.candidates,
      state.draggedCandidate,
      state.schools,
      state.townships,
      state.population,
      state.ruleSet,
      state.radii,
      state.scenario,
      selectDistance(state),
      state.roads,
      state.barriers,
    ],
    makeRequest(state, id) {
      const { schools, townships, population, ruleSet, radii, scenario, candidates, loadStatus } = state;
      if (loadStatus !== 'ready' || !townships || !population || !ruleSet) return null;
      if (candidates.length === 0) {
        if (state.candidateReport !== null)
          store.setState({ candidateReport: null, candidateStatus: 'idle' });
        return null;
      }
      const placed = selectPlacedCandidates(state);
      return {
        id,
        input: { schools, townships, population, ruleSet, radii, scenario, ...distanceInput(state) },
        candidates: placed,
      };
    },
    createWorker,
    debounceMs: 60,
    onStart: (target) => target.setState({ candidateStatus: 'running' }),
    onResult: (target, candidateReport) =>
      target.setState({ candidateReport, candidateStatus: 'ready', candidateError: null }),
    onError: (target, message) => target.setState({ candidateStatus: 'error', candidateError: message }),
  });
}
