/**
 * Runs a consolidation (撤并) in the suggestion worker for the 撤并 panel: one run at a time,
 * cancellable; its proposal becomes the plan in force as one undoable step, so 撤销 takes it back.
 */
import type { ConsolidationRequest } from '../analysis/optimise/plan-consolidation.ts';
import { reasonOf } from '../analysis/optimise/unmet-request-error.ts';
import { message } from '../domain/message.ts';
import { type OptimiserRun, startConsolidation } from '../workers/suggest-in-worker.ts';
import type { AtlasStore } from './index.ts';
import { distanceInput } from './travel-selectors.ts';

let running: OptimiserRun<unknown> | null = null;

/**
 * Starts a consolidation on the store's data (a running one is cancelled first).
 * @example runConsolidation(useAtlasStore, { kind: 'primary', types: ['教学点'], … })
 */
export async function runConsolidation(store: AtlasStore, request: ConsolidationRequest): Promise<void> {
  running?.cancel();
  const state = store.getState();
  const { schools, townships, population, ruleSet, radii } = state;
  if (!townships || !population || !ruleSet) return;
  store.setState({ consolidationRun: { status: 'running', error: null } });
  // The distance in use (直线距离 / 道路时间) decides what a school covers.
  const run = startConsolidation(
    { schools, townships, population, ruleSet, radii, ...distanceInput(state) },
    request,
  );
  running = run;
  try {
    const result = await run.result;
    if (running !== run) return;
    store.setState({ consolidationRun: { status: 'done', error: null } });
    store.getState().setConsolidationPlan({ request, result });
  } catch (error) {
    if (running !== run) return;
    if (error instanceof DOMException && error.name === 'AbortError') {
      store.setState({ consolidationRun: { status: 'cancelled', error: null } });
      return;
    }
    const detail = error instanceof Error ? error.message : String(error);
    store.setState({
      consolidationRun: { status: 'error', error: reasonOf(error) ?? message('optimiseFailed', { detail }) },
    });
  } finally {
    if (running === run) running = null;
  }
}

/** Stops the running consolidation, if any. */
export function cancelConsolidation(): void {
  running?.cancel();
}

/**
 * Whether the proposal no longer fits the data: a school it closes or sends pupils to is gone or
 * has moved, or the scenario differs.
 */
export function isConsolidationStale(state: ReturnType<AtlasStore['getState']>): boolean {
  const plan = state.consolidationPlan;
  if (!plan) return false;
  const byCode = new Map(state.schools.map((school) => [school.code, school]));
  const same = (code: string, lon: number, lat: number) => {
    const school = byCode.get(code);
    return school !== undefined && school.lon === lon && school.lat === lat;
  };
  const scenario = plan.request.scenario;
  if (scenario.kind !== state.scenario.kind || scenario.year !== state.scenario.year) return true;
  return plan.result.closed.some(
    (closed) =>
      !same(closed.code, closed.lon, closed.lat) ||
      (closed.receiving !== null && !same(closed.receiving.code, closed.receiving.lon, closed.receiving.lat)),
  );
}
