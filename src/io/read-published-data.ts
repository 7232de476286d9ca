/**
 * Opening a published atlas's data: the manifest, then the project it names, both from the app's
 * own origin. No manifest means no publication (the app runs on its embedded data); a manifest
 * that is there but cannot be read, or names a project that cannot be opened, is an error to
 * show — never a reason to show other data as if it were the publication.
 */
import { message } from '../domain/message.ts';
import {
  type FetchedText,
  type FetchText,
  fetchPublishedManifest,
  PUBLISHED_MANIFEST_PATH,
  type PublishedData,
} from './fetch-published-manifest.ts';
import { parseProject } from './project-file.ts';
import { PUBLISHED_DATA_FOLDER, readPublicationManifest } from './publish-manifest.ts';

export {
  type FetchedText,
  type FetchText,
  fetchFromOrigin,
  type PublishedData,
} from './fetch-published-manifest.ts';

/** A published project larger than this is refused before it is read (a county's data is a few MB). */
export const MAX_PUBLISHED_PROJECT_BYTES = 256 * 1024 * 1024;

/**
 * Looks for the published data beside the app and opens it. Never throws.
 * @example const published = await readPublishedData(fetchFromOrigin); if (published.kind === 'published') show(published.project);
 */
export async function readPublishedData(fetchText: FetchText): Promise<PublishedData> {
  return readPublication(await fetchPublishedManifest(fetchText), fetchText);
}

/**
 * Opens the publication whose manifest was asked for (`fetchPublishedManifest`): the manifest's
 * checks, then the project it names. Never throws.
 */
export async function readPublication(fetched: FetchedText, fetchText: FetchText): Promise<PublishedData> {
  const manifestPath = PUBLISHED_MANIFEST_PATH;
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
