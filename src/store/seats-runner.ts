/**
 * Runs the seat analysis in a web worker whenever its inputs change: the roster, boundaries,
 * population, rules (class sizes, stage ages), radii, plan year, the forecast's assumptions and
 * the distance model (road time: the network and barriers).
 * Moving the forecast year or the stage only picks from the result: nothing is recomputed.
 */
import type { SeatScenarios, SeatsRequest } from '../workers/seats-protocol.ts';
import type { AtlasStore } from './index.ts';
import { distanceInput, selectDistance } from './travel-selectors.ts';
import { startWorkerRunner } from './worker-runner.ts';

/** Starts the runner; returns the stopper. `createWorker` is injectable for tests. */
export function startSeatsRunner(
  store: AtlasStore,
  createWorker: () => Worker = () =>
    new Worker(new URL('../workers/seats.worker.ts', import.meta.url), { type: 'module', name: 'seats' }),
): () => void {
  return startWorkerRunner<SeatsRequest, SeatScenarios>(store, {
    inputsOf: (state) => [
      state.schools,
      state.townships,
      state.population,
      state.ruleSet,
      state.radii,
      state.scenario.year,
      state.seatForecast,
      // Road time pairs places with schools through the road model.
      selectDistance(state),
      state.roads,
      state.barriers,
    ],
    makeRequest(state, id) {
      const { schools, townships, population, ruleSet, radii, scenario, loadStatus } = state;
      if (loadStatus !== 'ready' || !townships || !population || !ruleSet) return null;
      return {
        id,
        input: {
          schools,
          townships,
          population,
          ruleSet,
          radii,
          year: scenario.year,
          forecast: {
            birthChange: state.seatForecast.birthChange,
            births: state.seatForecast.births,
            townshipBirths: state.seatForecast.townshipBirths,
            migration: state.seatForecast.migration,
          },
          ...distanceInput(state),
        },
      };
    },
    createWorker,
    debounceMs: 120,
    onStart: (target) => target.setState({ seatsStatus: 'running' }),
    onResult: (target, seatAnalysis) =>
      target.setState({ seatAnalysis, seatsStatus: 'ready', seatsError: null }),
    onError: (target, message) => target.setState({ seatsStatus: 'error', seatsError: message }),
  });
}
