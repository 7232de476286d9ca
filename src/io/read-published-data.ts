/**
 * Opening a published atlas's data: the manifest, then the project it names, both from the app's
 * own origin. No manifest means no publication (the app runs on its embedded data); a manifest
 * that is there but cannot be read, or names a project that cannot be opened, is an error to
 * show — never a reason to show other data as if it were the publication.
 */
import { type Message, message } from '../domain/message.ts';
import type { Project } from '../domain/project.ts';
import { parseProject } from './project-file.ts';
import {
  MANIFEST_FILE,
  PUBLISHED_DATA_FOLDER,
  type PublicationManifest,
  readPublicationManifest,
} from './publish-manifest.ts';

/** A published project larger than this is refused before it is read (a county's data is a few MB). */
export const MAX_PUBLISHED_PROJECT_BYTES = 256 * 1024 * 1024;

/** What asking the origin for a file gave. */
export type FetchedText =
  | { status: 'found'; text: string }
  | { status: 'absent' }
  /** The file is there but could not be read (a server error, a network failure); `problem` says why. */
  | { status: 'failed'; problem: string }
  /** The server says the file is this large; it has not been read. */
  | { status: 'too-large'; bytes: number };

/** Asks the app's origin for a file, by its path relative to the app. */
export type FetchText = (path: string, limitBytes: number) => Promise<FetchedText>;

/** The result of looking for published data. */
export type PublishedData =
  | { kind: 'none' }
  | { kind: 'published'; manifest: PublicationManifest; project: Project }
  | { kind: 'refused'; message: Message };

/** The manifest itself is a few hundred bytes; anything near this is not one. */
const MAX_MANIFEST_BYTES = 64 * 1024;

/**
 * Looks for the published data beside the app and opens it. Never throws.
 * @example const published = await readPublishedData(fetchFromOrigin); if (published.kind === 'published') show(published.project);
 */
export async function readPublishedData(fetchText: FetchText): Promise<PublishedData> {
  const manifestPath = `${PUBLISHED_DATA_FOLDER}/${MANIFEST_FILE}`;
  let fetched: FetchedText;
  try {
    fetched = await fetchText(manifestPath, MAX_MANIFEST_BYTES);
  } catch (error) {
    fetched = { status: 'failed', problem: String(error) };
  }
  if (fetched.status === 'absent') return { kind: 'none' };
  if (fetched.status === 'failed') {
    return {
      kind: 'refused',
      message: message('publishFileUnreadable', { file: manifestPath, problem: fetched.problem }),
    };
  }
  if (fetched.status === 'too-large') {
    return { kind: 'refused', message: message('publishManifestNotManifest', { file: manifestPath }) };
  }
  const manifestRead = readPublicationManifest(fetched.text, manifestPath);
  if (!manifestRead.ok) return { kind: 'refused', message: manifestRead.message };
  const { manifest } = manifestRead;
  const projectPath = `${PUBLISHED_DATA_FOLDER}/${manifest.project}`;
  let projectFetched: FetchedText;
  try {
    projectFetched = await fetchText(projectPath, MAX_PUBLISHED_PROJECT_BYTES);
  } catch (error) {
    projectFetched = { status: 'failed', problem: String(error) };
  }
  if (projectFetched.status === 'absent') {
    return { kind: 'refused', message: message('publishProjectMissing', { file: projectPath }) };
  }
  if (projectFetched.status === 'failed') {
    return {
      kind: 'refused',
      message: message('publishFileUnreadable', { file: projectPath, problem: projectFetched.problem }),
    };
  }
  if (projectFetched.status === 'too-large') {
    return {
      kind: 'refused',
      message: message('publishProjectTooLarge', {
        file: projectPath,
        megabytes: Math.ceil(projectFetched.bytes / 1024 / 1024),
        limit: MAX_PUBLISHED_PROJECT_BYTES / 1024 / 1024,
      }),
    };
  }
  const opened = parseProject(projectFetched.text, projectPath);
  if (!opened.ok) return { kind: 'refused', message: opened.message };
  return { kind: 'published', manifest, project: opened.project };
}

/**
 * A {@link FetchText} over the browser's fetch, relative to `base` (the page's address). A
 * missing file is a 404 (or, from some servers, 403/410); a size above the limit, as the server
 * states it, is refused before the body is read.
 */
export function fetchFromOrigin(base: string, fetchFunction: typeof fetch = fetch): FetchText {
  return async (path, limitBytes) => {
    let response: Response;
    try {
      // no-cache: a republished folder is seen at the next start, not a day later.
      response = await fetchFunction(new URL(path, base).toString(), { cache: 'no-cache' });
    } catch (error) {
      return { status: 'failed', problem: String(error) };
    }
    if (response.status === 404 || response.status === 403 || response.status === 410) {
      return { status: 'absent' };
    }
    if (!response.ok) return { status: 'failed', problem: `HTTP ${response.status}` };
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > limitBytes) return { status: 'too-large', bytes: length };
    // A server that answers every path with index.html (a single-page fallback) has no data here.
    if ((response.headers.get('content-type') ?? '').includes('text/html')) return { status: 'absent' };
    const text = await response.text();
    if (text.length > limitBytes) return { status: 'too-large', bytes: text.length };
    return { status: 'found', text };
  };
}
