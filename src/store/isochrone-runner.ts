/**
 * Bands the district by road time to the nearest school of the chosen kind, in a web worker,
 * while road time is chosen and the isochrone layer is shown on 分析 or 选址. Latest wins; the
 * cells are cleared when road time or the layer is switched off.
 */
import { servesKind } from '../domain/radius.ts';
import { schoolsInScenario } from '../domain/scenario.ts';
import { DEFAULT_TRAVEL_SETTINGS } from '../domain/travel-settings.ts';
import type { IsochroneCells, IsochroneRequest } from '../workers/isochrones-protocol.ts';
import type { AtlasStore } from './index.ts';
import { selectDistance } from './travel-selectors.ts';
import { startWorkerRunner } from './worker-runner.ts';

/** The cells' size on the ground, metres. */
export const ISOCHRONE_CELL_METRES = 250;

/** Starts the runner; returns the stopper. `createWorker` is injectable for tests. */
export function startIsochroneRunner(
  store: AtlasStore,
  createWorker: () => Worker = () =>
    new Worker(new URL('../workers/isochrones.worker.ts', import.meta.url), {
      type: 'module',
      name: 'isochrones',
    }),
): () => void {
  return startWorkerRunner<IsochroneRequest, IsochroneCells>(store, {
    inputsOf: (state) => [
      selectDistance(state),
      state.roads,
      state.barriers,
      state.ruleSet,
      state.schools,
      state.scenario,
      state.analysisKind,
      state.district,
      state.view,
      state.analysisLayers.isochrones,
    ],
    makeRequest(state, id) {
      const distance = selectDistance(state);
      const shown =
        (state.view === 'analysis' || state.view === 'planning') && state.analysisLayers.isochrones;
      const area = state.district?.features[0]?.geometry;
      if (distance.model !== 'road' || !state.roads || !shown || !area) {
        if (state.isochrones !== null) store.setState({ isochrones: null });
        return null;
      }
      const sites = schoolsInScenario(state.schools, state.scenario)
        .filter((school) => servesKind(school.type, state.analysisKind))
        .map((school) => ({ lon: school.lon, lat: school.lat }));
      return {
        id,
        roads: state.roads,
        barriers: state.barriers,
        travel: state.ruleSet?.travel ?? DEFAULT_TRAVEL_SETTINGS,
        mode: distance.mode,
        sites,
        area,
        cellMetres: ISOCHRONE_CELL_METRES,
      };
    },
    createWorker,
    debounceMs: 150,
    onStart: () => {},
    onResult: (target, isochrones) => target.setState({ isochrones }),
    onError: (target) => target.setState({ isochrones: null }),
  });
}
