/** Keeps the view in the URL's hash and restores it from there, so a link reopens the same map. */
import { STRAIGHT_LINE } from '../domain/distance-model.ts';
import { formatUrlView, parseUrlView } from '../io/url-state.ts';
import type { AtlasStore } from './index.ts';

/** Applies the view in the current URL to the store (call before the map is created). */
export function restoreViewFromUrl(store: AtlasStore, hash: string): void {
  const view = parseUrlView(hash);
  const hasLanguage = /(^|[#&])lang=/.test(hash);
  store.setState({
    filters: view.filters,
    selection: view.selection,
    camera: view.camera,
    scenario: view.scenario,
    view: view.view,
    analysisKind: view.analysisKind,
    planningTab: view.planningTab,
    presentation: view.presentation,
    distance: view.distance ?? STRAIGHT_LINE,
    seatStage: view.seatStage,
    seatYear: view.seatYear,
    ...(hasLanguage ? { language: view.language } : {}),
  });
}

/** Writes the view to the URL whenever it changes; returns the unsubscriber. */
export function keepViewInUrl(store: AtlasStore, location: Location, history: History): () => void {
  let pending: number | undefined;
  const write = () => {
    pending = undefined;
    const state = store.getState();
    const hash = formatUrlView({
      camera: state.camera,
      filters: state.filters,
      selection: state.selection,
      language: state.language,
      scenario: state.scenario,
      view: state.view,
      analysisKind: state.analysisKind,
      planningTab: state.planningTab,
      presentation: state.presentation,
      distance: state.distance,
      seatStage: state.seatStage,
      seatYear: state.seatYear,
    });
    if (hash !== location.hash) history.replaceState(history.state, '', hash);
  };
  return store.subscribe(
    (state) =>
      [
        state.camera,
        state.filters,
        state.selection,
        state.language,
        state.scenario,
        state.view,
        state.analysisKind,
        state.planningTab,
        state.presentation,
        state.distance,
        state.seatStage,
        state.seatYear,
      ] as const,
    () => {
      window.clearTimeout(pending);
      pending = window.setTimeout(write, 150);
    },
    { equalityFn: (a, b) => a.every((item, index) => item === b[index]) },
  );
}
