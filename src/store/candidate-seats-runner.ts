/**
 * Counts the children each candidate site would newly give a seat, in a web worker, whenever the
 * candidates (their seats), the data or the scenario change; a dragged candidate is counted at the
 * pointer. With no candidates nothing runs and the figures are cleared.
 */
import { seatSettingsOf } from '../domain/seats.ts';
import type { CandidateSeatReport, CandidateSeatsRequest } from '../workers/candidate-seats-protocol.ts';
import type { AtlasStore } from './index.ts';
import { selectPlacedCandidates } from './selectors.ts';
import { distanceInput, selectDistance } from './travel-selectors.ts';
import { startWorkerRunner } from './worker-runner.ts';

/** Starts the runner; returns the stopper. `createWorker` is injectable for tests. */
export function startCandidateSeatsRunner(
  store: AtlasStore,
  createWorker: () => Worker = () =>
    new Worker(new URL('../workers/candidate-seats.worker.ts', import.meta.url), {
      type: 'module',
      name: 'candidate-seats',
    }),
): () => void {
  return startWorkerRunner<CandidateSeatsRequest, CandidateSeatReport>(store, {
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
        if (state.candidateSeats !== null) store.setState({ candidateSeats: null });
        return null;
      }
      const placed = selectPlacedCandidates(state);
      return {
        id,
        input: {
          schools,
          townships,
          population,
          settings: seatSettingsOf(ruleSet.settings),
          radii,
          scenario,
          ...distanceInput(state),
          ...(ruleSet.travel ? { travel: ruleSet.travel } : {}),
        },
        candidates: placed,
      };
    },
    createWorker,
    debounceMs: 60,
    onStart: () => undefined,
    onResult: (target, candidateSeats) => target.setState({ candidateSeats }),
    onError: (target) => target.setState({ candidateSeats: null }),
  });
}
