/**
 * A published atlas in the store: its data in place of the embedded defaults, viewer mode, and
 * the planner's way out of it — a local copy that lives in this browser's autosave and says
 * which publication it was copied from.
 */
import type { Project } from '../domain/project.ts';
import type { PublicationManifest } from '../io/publish-manifest.ts';
import type { Autosave } from './autosave.ts';
import type { AtlasStore } from './index.ts';
import { linkNoticeFor, referenceOf } from './publication-slice.ts';
import { applySavedWork } from './saved-work.ts';

/** A publication as read from the app's origin. */
export interface OpenedPublication {
  manifest: PublicationManifest;
  project: Project;
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
  // Written at once, not at the first change: a reload with data=local finds the copy. Over the
  // saved work the user was shown; one another tab saved since is a conflict, asked about.
  await autosave.save();
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
