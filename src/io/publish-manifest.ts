/**
 * The published atlas's data: a folder `data/` beside the built app holding a small manifest
 * (`atlas-data.json`: which publication this is, when its data was last updated, by which unit)
 * and the project itself (`project-<id>.json`, the same format as a project backup). The app asks its
 * own origin for the manifest at start; when there is none it runs as before, on the embedded
 * data and this browser's saved work.
 */
import { type Message, type MessageValue, message } from '../domain/message.ts';

/** The `format` marker that tells a publication's manifest from any other JSON. */
export const PUBLICATION_FORMAT = 'school-layout-atlas-publication';

/** The manifest's layout version this app writes and reads. */
export const PUBLICATION_VERSION = 1;

/** The folder beside index.html that holds the published data. */
export const PUBLISHED_DATA_FOLDER = 'data';

/** The manifest's file name inside {@link PUBLISHED_DATA_FOLDER}. */
export const MANIFEST_FILE = 'atlas-data.json';

/**
 * The project's file name inside {@link PUBLISHED_DATA_FOLDER}: named by the publication, so a
 * new publication's project is written beside the old one and the manifest, replaced last in one
 * rename, switches readers from one whole data set to the other.
 */
export function publishedProjectFile(id: string): string {
  return `project-${id}.json`;
}

/** A publication's id: the day its data was updated and a fingerprint of the data. */
const PUBLICATION_ID = /^\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/;

/** The manifest of a published atlas. */
export interface PublicationManifest {
  format: typeof PUBLICATION_FORMAT;
  version: number;
  /** `YYYY-MM-DD-xxxxxxxx`: the day of {@link updatedOn} and a fingerprint of the project. */
  id: string;
  /** The title the publication was given (e.g. 港南区学校布局一张图). */
  title: string;
  /** The publishing unit (e.g. 港南区教育局). */
  unit: string;
  /** 数据更新于: the day the data was published, `YYYY-MM-DD` in the publisher's time zone. */
  updatedOn: string;
  /** When it was published, ISO 8601. */
  publishedAt: string;
  /** The project file beside the manifest. */
  project: string;
  /** How many schools the project holds, for a reader who looks at the manifest alone. */
  schoolCount: number;
}

/** What the publisher says about the publication. */
export interface PublicationDetails {
  title: string;
  unit: string;
}

/** A published data set as files, relative to the published folder. */
export interface PublishedDataFiles {
  manifest: PublicationManifest;
  files: { path: string; text: string }[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The local calendar day of a time, `YYYY-MM-DD`.
 * @example localDay(new Date(2026, 11, 5)) // '2026-12-05'
 */
export function localDay(time: Date): string {
  return [time.getFullYear(), time.getMonth() + 1, time.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
}

/**
 * A `YYYY-MM-DD` day as the one message every publication date is written with: 2026年12月5日
 * in Chinese, the ISO 2026-12-05 in English (a day/month order would be read two ways).
 * @example translateMessage('zh-CN', publicationDay('2026-12-05')) // '2026年12月5日'
 */
export function publicationDay(date: string): Message {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return message('publishDay', { date, year, month, day });
}

/**
 * A 32-bit FNV-1a fingerprint of a text, as 8 hex digits: it tells two publications' data apart,
 * and the same data published twice on a day keeps its id (links made on it stay valid).
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Whether a text is a publication id as `writePublishedData` makes them. */
export function isPublicationId(text: string): boolean {
  return PUBLICATION_ID.test(text);
}

/**
 * Reads a manifest's text. Never throws; a manifest from a newer app is refused with a message
 * that says to update the app, rather than half-read.
 * @param file the file's name or address, for messages
 */
export function readPublicationManifest(
  text: string,
  file: MessageValue = MANIFEST_FILE,
): { ok: true; manifest: PublicationManifest } | { ok: false; message: Message } {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: message('publishManifestNotJson', { file }) };
  }
  if (!isRecord(document) || document.format !== PUBLICATION_FORMAT) {
    return { ok: false, message: message('publishManifestNotManifest', { file }) };
  }
  const version = document.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: message('publishManifestNotManifest', { file }) };
  }
  if (version > PUBLICATION_VERSION) {
    return {
      ok: false,
      message: message('publishManifestTooNew', { file, version, current: PUBLICATION_VERSION }),
    };
  }
  const field = (name: string) => (typeof document[name] === 'string' ? (document[name] as string) : '');
  const id = field('id');
  const updatedOn = field('updatedOn');
  const project = field('project');
  if (!isPublicationId(id) || !/^\d{4}-\d{2}-\d{2}$/.test(updatedOn)) {
    return { ok: false, message: message('publishManifestFieldMissing', { file, field: 'id / updatedOn' }) };
  }
  // The project is a plain file name beside the manifest: never a path out of the data folder.
  if (!/^[\w.-]+\.json$/.test(project)) {
    return { ok: false, message: message('publishManifestFieldMissing', { file, field: 'project' }) };
  }
  return {
    ok: true,
    manifest: {
      format: PUBLICATION_FORMAT,
      version,
      id,
      title: field('title'),
      unit: field('unit'),
      updatedOn,
      publishedAt: field('publishedAt'),
      project,
      schoolCount: typeof document.schoolCount === 'number' ? document.schoolCount : 0,
    },
  };
}
