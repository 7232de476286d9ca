/**
 * A published atlas in the store: its data in place of the embedded defaults, viewer mode, and
 * the planner's way out of it — a local copy that lives in this browser's autosave and says
 * which publication it was copied from.
 */
import type { Project } from '../domain/project.ts';
import { planRestore } from '../io/project-backup.ts';
import type { PublicationManifest } from '../io/publish-manifest.ts';
import { type Autosave, applySavedWork, type SavedWork } from './autosave.ts';
import type { AtlasStore } from './index.ts';
import { LOCAL_DATA_SET, linkNoticeFor, referenceOf } from './publication-slice.ts';

/** A publication as read from the app's origin. */
export interface OpenedPublication {
  manifest: PublicationManifest;
  project: Project;
}

/**
 * Puts a publication's data into the store over the defaults just loaded (not an undo step),
 * in viewer mode. Parts the project leaves to the defaults (approximate boundaries, the model
 * population) keep the defaults, as when a backup is restored.
 */
export function showPublication(store: AtlasStore, published: OpenedPublication): void {
  const state = store.getState();
  const { townships, population, ruleSet, barriers } = state;
  // The embedded defaults load first (startWithSavedWork): a project's nulls stand for them.
  if (!townships || !population || !ruleSet) throw new Error('showPublication needs the default data loaded');
  const restored = planRestore(published.project, { townships, population, ruleSet, barriers });
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

/** Shows the app once its data is in place, and says so when the link was made on other data. */
export function showLoadedData(store: AtlasStore): void {
  if (store.getState().loadStatus === 'error') return;
  store.setState({ loadStatus: 'ready' });
  store.setState({ linkNotice: linkNoticeFor(store.getState()) });
  store.temporal.getState().clear();
}

/**
 * "在此基础上编辑": the publication on screen becomes a local copy — editable, kept in this
 * browser's autosave (over the saved work there, which the user has agreed to replace), marked
 * as a copy of this publication. The published folder itself never changes.
 */
export async function editLocalCopy(
  store: AtlasStore,
  autosave: Pick<Autosave, 'start' | 'save'>,
): Promise<void> {
  const { viewer, publication, dataset } = store.getState();
  if (!viewer || !publication) return;
  store.setState({
    viewer: false,
    dataset: {
      districtName: dataset?.districtName ?? '',
      districtCode: dataset?.districtCode ?? '',
      rosterFile: dataset?.rosterFile ?? '',
      copyOf: referenceOf(publication),
    },
    linkNotice: null,
    savedWork: null,
  });
  store.temporal.getState().clear();
  autosave.start();
  // Written at once, not at the first change: a reload with data=local finds the copy.
  await autosave.save(true);
}

/** Goes on with the local copy this browser keeps, leaving viewer mode. */
export async function continueLocalCopy(
  store: AtlasStore,
  autosave: Pick<Autosave, 'open' | 'start'>,
): Promise<void> {
  const saved = await autosave.open();
  if (!saved) return;
  applySavedWork(store, saved);
  store.setState({ viewer: false, linkNotice: null, savedWork: null });
  autosave.start();
}
