/**
 * Opening a published atlas over the defaults: its project restored in viewer mode, or the local
 * copy a link asks for. A module of its own, loaded only when the app finds a publication beside
 * it (`startWithSavedWork`), so that the project's readers are not in the first load.
 */
import { planRestore } from '../io/project-backup.ts';
import type { AtlasStore } from './index.ts';
import { LOCAL_DATA_SET } from './publication-slice.ts';
import type { OpenedPublication } from './publication-start.ts';
import { applySavedWork, type SavedWork } from './saved-work.ts';

/**
 * Puts a publication's data into the store over the defaults just loaded (not an undo step),
 * in viewer mode. Parts the project leaves to the defaults (approximate boundaries, the model
 * population) keep the defaults, as when a backup is restored.
 */
export function showPublication(store: AtlasStore, published: OpenedPublication): void {
  const state = store.getState();
  const { townships, population, ruleSet, barriers, referenceLayers } = state;
  // The embedded defaults load first (startWithSavedWork): a project's nulls stand for them.
  if (!townships || !population || !ruleSet) throw new Error('showPublication needs the default data loaded');
  const restored = planRestore(published.project, {
    townships,
    population,
    ruleSet,
    barriers,
    referenceLayers,
  });
  if (!restored.ok) {
    // Never the embedded data in place of a publication that cannot be opened: say why instead.
    store.setState({
      loadStatus: 'error',
      loadError: restored.message,
      publication: published.manifest,
      viewer: true,
    });
    return;
  }
  const { plan } = restored;
  store.setState({
    ...plan.data,
    dataset: plan.dataset ?? state.dataset,
    publication: published.manifest,
    viewer: true,
    editing: false,
  });
}

/**
 * Decides what a published atlas opens on: the publication (viewer mode), or — when the link
 * says `data=local` and this browser keeps a local copy of a publication — that copy. Other
 * saved work at this address is left untouched and not shown. Returns whether the copy opened
 * (then the caller starts saving).
 */
export function openPublishedAtlas(
  store: AtlasStore,
  published: OpenedPublication,
  saved: SavedWork | null,
): boolean {
  showPublication(store, published);
  const copyOf = saved?.dataset?.copyOf ?? null;
  store.setState({ savedWork: saved ? { savedAt: saved.savedAt, copyOf } : null });
  if (saved && copyOf && store.getState().linkDataSet === LOCAL_DATA_SET) {
    applySavedWork(store, saved);
    store.setState({ viewer: false });
    return true;
  }
  return false;
}
