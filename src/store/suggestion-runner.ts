/**
 * Runs a site suggestion in its worker for the 选址 screen, reporting progress to the store;
 * one run at a time, cancellable. The result stays in the store until the next run.
 */
import { reasonOf } from '../analysis/optimise/unmet-request-error.ts';
import type { SuggestionRequest } from '../analysis/plan-suggestion.ts';
import { message } from '../domain/message.ts';
import {
  type OptimiserRun,
  prepareSuggestionWorker,
  releaseSuggestionWorker,
  type SuggestionRun,
  startEstimate,
  startSuggestion,
} from '../workers/suggest-in-worker.ts';
import type { AtlasStore } from './index.ts';
import type { SuggestionState } from './planning-slice.ts';
import { distanceInput, selectDistance } from './travel-selectors.ts';

let running: SuggestionRun | null = null;

/**
 * Starts a suggestion on the store's data (a running one is cancelled first).
 * @example runSuggestion(useAtlasStore, { kind: 'primary', count: 4, … })
 */
export async function runSuggestion(store: AtlasStore, request: SuggestionRequest): Promise<void> {
  running?.cancel();
  const state = store.getState();
  const { schools, townships, population, ruleSet, radii } = state;
  if (!townships || !population || !ruleSet) return;
  const set = (change: Partial<ReturnType<AtlasStore['getState']>['suggestion']>) =>
    store.setState((state) => ({ suggestion: { ...state.suggestion, ...change } }));
  set({
    status: 'running',
    progress: { picked: 0, count: request.count },
    error: null,
    result: null,
    request,
    basis: basisOf(state, request.scenario),
    estimate: store.getState().suggestion.estimate,
  });
  // The distance in use (直线距离 / 道路时间) decides what a candidate covers.
  const run = startSuggestion(
    { schools, townships, population, ruleSet, radii, ...distanceInput(state) },
    request,
    (picked, count) => {
      if (running === run) set({ progress: { picked, count } });
    },
  );
  running = run;
  try {
    const result = await run.result;
    if (running === run) set({ status: 'done', result, progress: null });
  } catch (error) {
    if (running !== run) return;
    if (error instanceof DOMException && error.name === 'AbortError') {
      set({ status: 'cancelled', progress: null });
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      set({
        status: 'error',
        error: reasonOf(error) ?? message('optimiseFailed', { detail }),
        progress: null,
      });
    }
  } finally {
    if (running === run) running = null;
  }
}

/** The store's parts the lattice of a suggestion's lists depends on. */
const LATTICE_BASIS = ['population', 'townships', 'radii', 'schools', 'analysisKind', 'scenario'] as const;

/**
 * Asks the suggestion worker to prepare the lattice of the coverage lists for the screen's kind
 * and scenario at the kind's radii (the form's defaults), in the background; not by road time,
 * where the lists go through the road model.
 */
function prepareForScreen(store: AtlasStore): void {
  const state = store.getState();
  const { schools, townships, population, ruleSet, radii, analysisKind, scenario } = state;
  if (!townships || !population || !ruleSet || selectDistance(state).model === 'road') return;
  prepareSuggestionWorker(
    { schools, townships, population, ruleSet, radii, ...distanceInput(state) },
    { kind: analysisKind, radius: null, scenario },
  );
}

/**
 * The 选址 screen opens: the suggestion worker prepares the lattice of the coverage lists now, and
 * again whenever the population, boundaries, radii, schools, kind, scenario or distance model
 * change while the screen is open, so that the user's first request finds it ready. The function
 * returned is called when the screen is left: the worker waiting for its next task is then
 * terminated, and the population and lattices it kept with it (a task still running finishes first).
 * @example useEffect(() => openSuggestionScreen(useAtlasStore), [])
 */
export function openSuggestionScreen(store: AtlasStore): () => void {
  prepareForScreen(store);
  const unsubscribe = store.subscribe((state, previous) => {
    const changed =
      LATTICE_BASIS.some((key) => state[key] !== previous[key]) ||
      selectDistance(state).model !== selectDistance(previous).model;
    if (changed) prepareForScreen(store);
  });
  return () => {
    unsubscribe();
    releaseSuggestionWorker();
  };
}

/** Stops the running suggestion, if any. */
export function cancelSuggestion(): void {
  running?.cancel();
}

/** What a suggestion depends on: the data, the scenario and the distance model with its roads. */
function basisOf(state: ReturnType<AtlasStore['getState']>, scenario: unknown): unknown[] {
  const { schools, townships, population, ruleSet, radii } = state;
  return [
    schools,
    townships,
    population,
    ruleSet,
    radii,
    scenario,
    selectDistance(state),
    state.roads,
    state.barriers,
  ];
}

/**
 * Whether the data changed since the suggestion ran (roster, boundaries, population, rules, radii,
 * scenario, or the distance model and its roads), so its result may no longer hold.
 */
export function isSuggestionStale(state: ReturnType<AtlasStore['getState']>): boolean {
  const { basis } = state.suggestion;
  if (!basis) return false;
  const now = basisOf(state, state.scenario);
  return now.some((value, index) => value !== basis[index]);
}

let estimating: OptimiserRun<unknown> | null = null;

/**
 * Estimates how long the exact method would take on a request (a running estimate is cancelled
 * first); the answer lands in `suggestion.estimate` under `key`, which the form derives from its
 * request so it can tell whether the estimate is still its own.
 * @example requestExactEstimate(useAtlasStore, request, JSON.stringify(request))
 */
export async function requestExactEstimate(
  store: AtlasStore,
  request: SuggestionRequest,
  key: string,
): Promise<void> {
  estimating?.cancel();
  const { schools, townships, population, ruleSet, radii } = store.getState();
  if (!townships || !population || !ruleSet) return;
  const setEstimate = (estimate: SuggestionState['estimate']) =>
    store.setState((state) => ({ suggestion: { ...state.suggestion, estimate } }));
  setEstimate({ key, value: null, error: null });
  const run = startEstimate({ schools, townships, population, ruleSet, radii }, request);
  estimating = run;
  try {
    const value = await run.result;
    if (estimating === run) setEstimate({ key, value, error: null });
  } catch (error) {
    if (estimating !== run || (error instanceof DOMException && error.name === 'AbortError')) return;
    const detail = error instanceof Error ? error.message : String(error);
    setEstimate({ key, value: null, error: reasonOf(error) ?? message('optimiseFailed', { detail }) });
  } finally {
    if (estimating === run) estimating = null;
  }
}
