/**
 * Writes a published atlas into a folder, and publishes again over it without a reader ever
 * seeing half of it. Every file is written beside its place and renamed into it (one rename is
 * atomic); the app's assets carry their content in their names, so new ones never overwrite old
 * ones a reader is still loading; the project is named by its publication and written before the
 * manifest; and the manifest, renamed into place last, switches readers from the whole old data
 * set to the whole new one. Before anything changes, the previous publication is copied whole to
 * a dated folder beside it (`<folder>-<its 数据更新于 date>`).
 */
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MessageError, message } from '../../src/domain/message.ts';
import {
  MANIFEST_FILE,
  PUBLISHED_DATA_FOLDER,
  type PublicationManifest,
  type PublishedDataFiles,
  readPublicationManifest,
} from '../../src/io/publish-manifest.ts';
import { listFiles } from '../app-file-list.ts';

/** What publishing into a folder did. */
export interface FolderPublished {
  /** Where the previous publication was kept, or null when the folder was new. */
  previous: string | null;
  /** How many files were written. */
  files: number;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes a file beside its place and renames it in, so a reader sees the old file or the new one. */
async function replaceFile(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.writing-${process.pid}`;
  await writeFile(temporary, content);
  await rename(temporary, path);
}

/** The manifest of the publication in `folder`, or null when it holds none. */
async function readExistingManifest(folder: string): Promise<PublicationManifest | null> {
  const path = join(folder, PUBLISHED_DATA_FOLDER, MANIFEST_FILE);
  if (!(await exists(path))) return null;
  const read = readPublicationManifest(await readFile(path, 'utf8'), path);
  return read.ok ? read.manifest : null;
}

/** A folder name beside `folder` for the previous publication: `<folder>-<date>`, then -2, -3 … */
async function datedCopyName(folder: string, day: string): Promise<string> {
  const base = `${folder}-${day}`;
  let candidate = base;
  for (let number = 2; await exists(candidate); number++) candidate = `${base}-${number}`;
  return candidate;
}

/**
 * Publishes into `folder`: the built app from `appFolder` (its own `data/`, if any, left out),
 * the published data and the extra files.
 * @throws MessageError when `folder` exists and holds something other than a publication
 */
export async function writePublicationFolder(
  folder: string,
  appFolder: string,
  data: PublishedDataFiles,
  extras: readonly { path: string; text: string }[],
): Promise<FolderPublished> {
  let previous: string | null = null;
  if (await exists(folder)) {
    const entries = (await stat(folder)).isDirectory() ? await readdir(folder) : null;
    const existing = entries && entries.length > 0 ? await readExistingManifest(folder) : null;
    // Never write over a folder of other files: only an empty folder or a publication.
    if (entries === null || (entries.length > 0 && existing === null)) {
      throw new MessageError(message('publishCliNotPublication', { folder }));
    }
    if (existing) {
      previous = await datedCopyName(folder, existing.updatedOn);
      // Copied under a working name first, so a half copy never looks like a kept publication.
      const working = join(dirname(previous), `.${basename(previous)}.copying-${process.pid}`);
      await cp(folder, working, { recursive: true });
      await rename(working, previous);
    }
  }
  await mkdir(join(folder, PUBLISHED_DATA_FOLDER), { recursive: true });
  const appFiles = listFiles(appFolder).filter((file) => !file.startsWith(`${PUBLISHED_DATA_FOLDER}/`));
  // index.html last among the app's files: it names the assets, which are then already there.
  appFiles.sort((a, b) => Number(a === 'index.html') - Number(b === 'index.html'));
  for (const file of appFiles) {
    await replaceFile(join(folder, file), await readFile(join(appFolder, file)));
  }
  for (const extra of extras) await replaceFile(join(folder, extra.path), extra.text);
  // data.files lists the project before the manifest: the manifest's rename is the switch.
  for (const file of data.files) await replaceFile(join(folder, file.path), file.text);
  // Old projects go, except the one the previous manifest named: a reader who read that manifest
  // a moment ago still fetches it.
  const keep = new Set([data.manifest.project, MANIFEST_FILE]);
  const previousManifest = previous ? await readExistingManifest(previous) : null;
  if (previousManifest) keep.add(previousManifest.project);
  for (const name of await readdir(join(folder, PUBLISHED_DATA_FOLDER))) {
    if (!keep.has(name)) await rm(join(folder, PUBLISHED_DATA_FOLDER, name), { force: true });
  }
  return { previous, files: appFiles.length + extras.length + data.files.length };
}
