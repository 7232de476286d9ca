/**
 * The publication slice: whether the app shows a published atlas (read only, for everyone who
 * opens the bureau's address), a planner's local copy of one, or this browser's own data; which
 * data set the opened link was made on; and the plain notice when the two differ.
 */
import type { StateCreator } from 'zustand';
import { type Message, MessageError, message } from '../domain/message.ts';
import { isSampleRoster } from '../domain/school.ts';
import { type PublicationManifest, publicationDay } from '../io/publish-manifest.ts';
import type { AtlasState } from './index.ts';

/** What a local copy remembers of the publication it was made from. */
export interface PublicationReference {
  id: string;
  title: string;
  unit: string;
  updatedOn: string;
}

/** The data-set id of this browser's own data in a link (`data=local`). */
export const LOCAL_DATA_SET = 'local';

/** A local copy saved in this browser, which the viewer offers to go on with. */
export interface SavedCopy {
  savedAt: string;
  copyOf: PublicationReference | null;
}

/** The slice's state and its one action. */
export interface PublicationSlice {
  /** The publication served beside the app (read from `data/atlas-data.json`), or null. */
  publication: PublicationManifest | null;
  /** Viewer mode: the published data is shown and every data change is refused. */
  viewer: boolean;
  /** The data set the opened link was made on (`data=` in the URL), or null when it says none. */
  linkDataSet: string | null;
  /** "此链接基于 … 的数据，当前显示的是 …" when the link's data set is not the one shown. */
  linkNotice: Message | null;
  /** Saved work in this browser that "在此基础上编辑" would replace, or null. */
  savedWork: SavedCopy | null;
  dismissLinkNotice(): void;
}

/** Creates the publication slice: no publication until the start-up finds one. */
export const createPublicationSlice: StateCreator<AtlasState, [], [], PublicationSlice> = (set) => ({
  publication: null,
  viewer: false,
  linkDataSet: null,
  linkNotice: null,
  savedWork: null,
  dismissLinkNotice() {
    set({ linkNotice: null });
  },
});

/** The reference a copy keeps of a publication. */
export function referenceOf(manifest: PublicationManifest): PublicationReference {
  return { id: manifest.id, title: manifest.title, unit: manifest.unit, updatedOn: manifest.updatedOn };
}

/** The id of the data set on screen, as a link carries it: the publication's id, or `local`. */
export function currentDataSet(state: Pick<AtlasState, 'viewer' | 'publication'>): string {
  return state.viewer && state.publication ? state.publication.id : LOCAL_DATA_SET;
}

/** The day a publication id names (its first ten characters). */
function dayOf(id: string): string {
  return id.slice(0, 10);
}

/** A data set a link names, in words. */
function describeLinkDataSet(id: string): Message {
  return id === LOCAL_DATA_SET
    ? message('dataSetLocalElsewhere')
    : message('dataSetPublished', { date: publicationDay(dayOf(id)) });
}

/** The data set on screen, in words. */
function describeShownDataSet(
  state: Pick<AtlasState, 'viewer' | 'publication' | 'dataset' | 'schools'>,
): Message {
  if (state.viewer && state.publication) {
    return message('dataSetPublishedBy', {
      date: publicationDay(state.publication.updatedOn),
      unit: state.publication.unit,
    });
  }
  const copyOf = state.dataset?.copyOf;
  if (copyOf) return message('dataSetCopy', { date: publicationDay(copyOf.updatedOn) });
  if (isSampleRoster(state.schools)) return message('dataSetSample');
  return message('dataSetLocalHere');
}

/**
 * The notice for a link opened on other data than it was made on, or null when they agree or
 * the link names no data set. Two browsers' local data cannot be told apart, so `local` against
 * `local` says nothing.
 */
export function linkNoticeFor(
  state: Pick<AtlasState, 'viewer' | 'publication' | 'dataset' | 'schools' | 'linkDataSet'>,
): Message | null {
  const link = state.linkDataSet;
  if (link === null || link === currentDataSet(state)) return null;
  return message('linkDataSetDiffers', {
    link: describeLinkDataSet(link),
    current: describeShownDataSet(state),
  });
}

/**
 * Refuses a data change while a publication is shown: the controls are hidden, and this keeps
 * any other way in (a shortcut, a script) from changing what everyone else sees as published.
 * @throws MessageError in viewer mode
 */
export function refuseInViewer(state: Pick<AtlasState, 'viewer'>): void {
  if (state.viewer) throw new MessageError(message('publishViewerReadOnly'));
}

/** The refusal as a message for actions that return one, or null outside viewer mode. */
export function viewerRefusal(state: Pick<AtlasState, 'viewer'>): Message | null {
  return state.viewer ? message('publishViewerReadOnly') : null;
}

/**
 * The publication date's message, for the top bar's line: the start imports it from here rather
 * than through io's face, whose module graph (every reader's) would count as start code in the
 * catalogue's parts.
 */
export { publicationDay };
