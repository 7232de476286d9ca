/**
 * The first step of opening a published atlas: asking the app's origin for the manifest
 * (`data/atlas-data.json`). Kept apart from the manifest's and the project's readers
 * (`read-published-data.ts`), which the app loads only when the manifest is there: most starts
 * find none and need no reader.
 */
import type { Message } from '../domain/message.ts';
import type { Project } from '../domain/project.ts';
import { MANIFEST_FILE, PUBLISHED_DATA_FOLDER, type PublicationManifest } from './publish-manifest.ts';

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

/** The manifest's path, relative to the app. */
export const PUBLISHED_MANIFEST_PATH = `${PUBLISHED_DATA_FOLDER}/${MANIFEST_FILE}`;

/** Asks the origin for the publication's manifest. Never throws: a failure is an answer. */
export async function fetchPublishedManifest(fetchText: FetchText): Promise<FetchedText> {
  try {
    return await fetchText(PUBLISHED_MANIFEST_PATH, MAX_MANIFEST_BYTES);
  } catch (error) {
    return { status: 'failed', problem: String(error) };
  }
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
