/**
 * Writing a published atlas's data: the project as a backup would hold it and the manifest naming
 * it (`publish-manifest.ts` holds the manifest's format and reader). Apart from the manifest's
 * format, which the app reads at every start, so that the project writer is not in the first load.
 */
import type { ProjectContents } from '../domain/project.ts';
import { serializeProject } from './project-file.ts';
import {
  fingerprint,
  localDay,
  MANIFEST_FILE,
  PUBLICATION_FORMAT,
  PUBLICATION_VERSION,
  PUBLISHED_DATA_FOLDER,
  type PublicationDetails,
  type PublicationManifest,
  type PublishedDataFiles,
  publishedProjectFile,
} from './publish-manifest.ts';

/**
 * The published data set: the project as a backup would hold it and the manifest naming it.
 * The project's save time is left out of the fingerprint, so only a change of data changes the id.
 * @example writePublishedData(contents, { title: '港南区学校布局一张图', unit: '港南区教育局' }).manifest.id // '2026-12-05-1a2b3c4d'
 */
export function writePublishedData(
  contents: ProjectContents,
  details: PublicationDetails,
  now: Date = new Date(),
): PublishedDataFiles {
  const projectText = serializeProject(contents, now);
  const updatedOn = localDay(now);
  const id = `${updatedOn}-${fingerprint(serializeProject(contents, new Date(0)))}`;
  const project = publishedProjectFile(id);
  const manifest: PublicationManifest = {
    format: PUBLICATION_FORMAT,
    version: PUBLICATION_VERSION,
    id,
    title: details.title,
    unit: details.unit,
    updatedOn,
    publishedAt: now.toISOString(),
    project,
    schoolCount: contents.roster.length,
  };
  return {
    manifest,
    files: [
      // The project first: whoever writes the files in this order never names a missing project.
      { path: `${PUBLISHED_DATA_FOLDER}/${project}`, text: projectText },
      { path: `${PUBLISHED_DATA_FOLDER}/${MANIFEST_FILE}`, text: `${JSON.stringify(manifest, null, 1)}\n` },
    ],
  };
}
