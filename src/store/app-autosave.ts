/**
 * The app's one autosave, the start-up order (default data, then the saved work on top) and the
 * page events that write pending changes before the page goes.
 */

import { DEFAULT_SERVICE_RADII } from '../domain/radius.ts';
import { NO_FORECAST_ASSUMPTIONS } from '../domain/seats.ts';
import { withOnDemandTexts } from '../i18n/load-catalogue.ts';
import {
  type FetchText,
  fetchFromOrigin,
  fetchPublishedManifest,
  type PublishedData,
} from '../io/fetch-published-manifest.ts';
import { Autosave } from './autosave.ts';
import { useAtlasStore } from './index.ts';
import { showLoadedData } from './publication-start.ts';
import { applySavedWork } from './saved-work.ts';

/** The autosave of this tab. */
export const appAutosave = new Autosave(useAtlasStore);

/**
 * Loads the default data set (district, seats and defaults); then, when the app is a published
 * atlas (`data/atlas-data.json` beside it), the publication over it in viewer mode — or the local
 * copy a link with `data=local` asks for — else this browser's saved work over it when there is
 * some; shows the app, clears undo history, then starts saving (not while viewing a publication).
 * @param fetchText how to ask the app's origin for the published data (tests pass their own)
 */
export async function startWithSavedWork(fetchText: FetchText | null = originFetch()): Promise<void> {
  const state = useAtlasStore.getState();
  // Asked for at once: the publication's manifest (a plain read) does not wait for the data set.
  const publishedReading = fetchText
    ? lookForPublication(fetchText)
    : Promise.resolve<PublishedData>({ kind: 'none' });
  await state.loadDefaultData({ keepLoading: true });
  if (useAtlasStore.getState().loadStatus === 'error') return;
  const published = await publishedReading;
  if (published.kind === 'refused') {
    // Never the embedded data in place of a publication that failed to open: say why instead.
    useAtlasStore.setState({ loadStatus: 'error', loadError: published.message });
    return;
  }
  const saved = await appAutosave.open();
  if (published.kind === 'published') {
    const { openPublishedAtlas } = await withOnDemandTexts(() => import('./open-publication.ts'));
    const copyOpened = openPublishedAtlas(useAtlasStore, published, saved);
    showLoadedData(useAtlasStore);
    if (!copyOpened) return;
  } else {
    if (saved) applySavedWork(useAtlasStore, saved);
    // Only now does the app show the data: the saved work, never the sample for a moment before it.
    showLoadedData(useAtlasStore);
  }
  appAutosave.start();
  if (typeof window !== 'undefined') saveWhenLeaving(appAutosave, window, document);
}

/**
 * The publication beside the app, if any. The manifest is asked for first; the readers of the
 * manifest and of the project (the project file's checks, the roster's row reader) load only when
 * it is there, so a start without a publication — nearly every start — never downloads them.
 */
async function lookForPublication(fetchText: FetchText): Promise<PublishedData> {
  const manifest = await fetchPublishedManifest(fetchText);
  if (manifest.status === 'absent') return { kind: 'none' };
  // With the on-demand texts: the readers' messages (a refused publication) are among them.
  const { readPublication } = await withOnDemandTexts(() => import('../io/read-published-data.ts'));
  return readPublication(manifest, fetchText);
}

/** The browser's fetch against the page's own address; none outside a browser. */
function originFetch(): FetchText | null {
  return typeof window === 'undefined' ? null : fetchFromOrigin(window.location.href);
}

/**
 * Writes pending changes when the page is hidden (a tab switched away, a phone locked: the page
 * may be discarded without another event) and when it is closed or reloaded (`pagehide`), and
 * asks before leaving while changes cannot be saved. Returns the function that stops listening.
 */
export function saveWhenLeaving(
  autosave: Pick<Autosave, 'flush' | 'shouldWarnBeforeLeaving'>,
  page: EventTarget,
  document: EventTarget & { readonly visibilityState: DocumentVisibilityState },
): () => void {
  const onPageHide = () => {
    autosave.flush();
  };
  const onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') autosave.flush();
  };
  const onBeforeUnload = (event: Event) => {
    if (!autosave.shouldWarnBeforeLeaving()) return;
    // preventDefault asks the browser to confirm; older browsers look at returnValue instead.
    event.preventDefault();
    (event as BeforeUnloadEvent).returnValue = true;
  };
  page.addEventListener('pagehide', onPageHide);
  page.addEventListener('beforeunload', onBeforeUnload);
  document.addEventListener('visibilitychange', onVisibilityChange);
  return () => {
    page.removeEventListener('pagehide', onPageHide);
    page.removeEventListener('beforeunload', onBeforeUnload);
    document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}

/**
 * Starts again from the embedded default data: an edit (undoable as one step) that the autosave
 * saves over the saved work like any other.
 */
export async function resetToDefaultData(
  autosave: Pick<Autosave, 'startedAgain'> = appAutosave,
): Promise<void> {
  const { loadDefaultDataset } = await import('../io/default-dataset.ts');
  const raw = loadDefaultDataset();
  const { roster } = raw;
  useAtlasStore.getState().replaceData({
    schools: roster.accepted.map((row) => row.record),
    townships: raw.townships,
    population: raw.population,
    ruleSet: raw.ruleSet,
    radii: DEFAULT_SERVICE_RADII,
    candidates: [],
    referenceLayers: raw.referenceLayers,
    seatForecast: NO_FORECAST_ASSUMPTIONS,
    roads: null,
    barriers: raw.barriers,
    consolidationPlan: null,
  });
  autosave.startedAgain();
  // The embedded data is no copy of a publication: the line saying so goes with it.
  useAtlasStore.setState((state) => ({
    restoredFrom: null,
    selection: null,
    dataset: state.dataset ? { ...state.dataset, copyOf: undefined } : null,
  }));
}
