/** Keeps the view in the URL's hash and restores it from there, so a link reopens the same map. */

import { STRAIGHT_LINE } from '../domain/distance-model.ts';
import { message } from '../domain/message.ts';
import type { LinkSeatForecast } from '../io/seat-forecast-url.ts';
import { formatUrlView, parseUrlView } from '../io/url-state.ts';
import type { AtlasStore } from './index.ts';
import { currentDataSet, linkNoticeFor } from './publication-slice.ts';

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
    linkDataSet: view.dataSet,
    seatStage: view.seatStage,
    seatYear: view.seatYear,
    ...(hasLanguage ? { language: view.language } : {}),
  });
  takeLinkSeatForecast(store, view.seatForecast);
  // A link pasted into an open tab is checked at once; at start, once the data is loaded.
  const state = store.getState();
  if (state.loadStatus === 'ready') store.setState({ linkNotice: linkNoticeFor(state) });
}

/**
 * The forecast a link names replaces the forecast's assumptions once the data is shown (the
 * saved work, restored after this, would otherwise put its own back); what the link got wrong is
 * said in the 学位 view.
 */
function takeLinkSeatForecast(store: AtlasStore, link: LinkSeatForecast | undefined): void {
  const note = link && link.ignored.length > 0 ? message('seatLinkIgnored', { part: link.ignored }) : null;
  store.setState({ seatLinkNote: note });
  const assumptions = link?.assumptions;
  if (!assumptions) return;
  if (store.getState().loadStatus === 'ready') {
    store.setState({ seatForecast: assumptions });
    return;
  }
  const stop = store.subscribe(
    (state) => state.loadStatus,
    (status) => {
      if (status !== 'ready') return;
      stop();
      store.setState({ seatForecast: assumptions });
    },
  );
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
      // Once the data is loaded, every link says which data set it shows.
      dataSet: state.loadStatus === 'ready' ? currentDataSet(state) : state.linkDataSet,
      seatStage: state.seatStage,
      seatYear: state.seatYear,
      seatForecast: { assumptions: state.seatForecast, ignored: [] },
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
        state.loadStatus,
        state.viewer,
        state.seatStage,
        state.seatYear,
        state.seatForecast,
      ] as const,
    () => {
      window.clearTimeout(pending);
      pending = window.setTimeout(write, 150);
    },
    { equalityFn: (a, b) => a.every((item, index) => item === b[index]) },
  );
}
