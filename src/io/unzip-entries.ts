/**
 * Reads the files inside a .zip archive: the one zip reader of the atlas (zipped Shapefiles and
 * Excel workbooks both go through it). The central directory is walked first, so only the
 * entries the caller wants are inflated, and only when the sizes the archive declares fit the
 * limits; fflate's streaming inflate then counts what it produces and stops as soon as an
 * entry passes its declared size, so an archive that declares a small size and expands to
 * gigabytes is refused after its declared size plus one chunk, instead of filling the memory.
 */
import { Inflate } from 'fflate';
import { MessageError, message } from '../domain/message.ts';
import { isValidUtf8 } from './decode-text.ts';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/** Bit 11 of the general-purpose flags: the name is UTF-8. */
const UTF8_NAME_FLAG = 0x0800;
/**
 * Compressed bytes pushed into the inflater at a time. One push yields at most ~1,032 times
 * this (66 MB at worst, dropped at once when it passes the declared size); smaller chunks cost
 * more in calls than they save.
 */
const INFLATE_CHUNK = 64 * 1024;
/** The smallest push, so that a nearly full entry still moves on in few calls. */
const MINIMUM_CHUNK = 1024;
/** Deflate's largest expansion: a 258-byte match in about two bits. */
const MAXIMUM_DEFLATE_RATIO = 1032;
const MEGABYTE = 1024 * 1024;

/** How much an archive may expand to. */
export interface UnzipLimits {
  /** Largest inflated size of one entry, in bytes. */
  entryBytes: number;
  /** Largest inflated size of all the entries read together, in bytes. */
  totalBytes: number;
}

/**
 * The limits every zip the atlas reads is held to. A county's boundary Shapefile is a few
 * megabytes and a 100,000-row workbook's sheet about 60 MB of XML (see docs/PERFORMANCE.md), so
 * these leave room for a province while a zip bomb stops long before the tab runs out of memory.
 */
export const ZIP_LIMITS: UnzipLimits = { entryBytes: 200 * MEGABYTE, totalBytes: 256 * MEGABYTE };

/** Options of {@link unzipEntries}. */
export interface UnzipOptions {
  /** Which entries to inflate, by name (all files when absent). Others are never inflated. */
  wanted?: (name: string) => boolean;
  /** The limits (default {@link ZIP_LIMITS}). */
  limits?: UnzipLimits;
}

/** One file of the central directory. */
interface DirectoryEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  /** The inflated size the archive declares (it may lie). */
  declaredSize: number;
  localOffset: number;
}

/**
 * Entry names. Without the UTF-8 flag, zips made by Chinese Windows store names in GBK, so a
 * name that is not valid UTF-8 is read as GB18030.
 */
function entryName(bytes: Uint8Array, flags: number): string {
  const decoder = (flags & UTF8_NAME_FLAG) !== 0 || isValidUtf8(bytes) ? 'utf-8' : 'gb18030';
  return new TextDecoder(decoder).decode(bytes);
}

function megabytes(bytes: number): string {
  return (bytes / MEGABYTE).toFixed(1);
}

function entryTooLarge(name: string, bytes: number, limits: UnzipLimits): MessageError {
  return new MessageError(
    message('zipEntryTooLarge', {
      name,
      megabytes: megabytes(bytes),
      limit: Math.round(limits.entryBytes / MEGABYTE),
    }),
  );
}

function totalTooLarge(bytes: number, limits: UnzipLimits): MessageError {
  return new MessageError(
    message('zipTotalTooLarge', {
      megabytes: megabytes(bytes),
      limit: Math.round(limits.totalBytes / MEGABYTE),
    }),
  );
}

/** The central directory's file entries (directories left out). */
function readDirectory(bytes: Uint8Array): DirectoryEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  // The end record is at most 22 bytes + a 65535-byte comment from the end.
  for (let offset = bytes.byteLength - 22; offset >= Math.max(0, bytes.byteLength - 22 - 65535); offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw new MessageError(message('zipInvalid'));
  const entryCount = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (offset === 0xffffffff || entryCount === 0xffff) throw new MessageError(message('zipSixtyFour'));
  const entries: DirectoryEntry[] = [];
  for (let index = 0; index < entryCount; index++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) {
      throw new MessageError(message('zipDirectoryBroken'));
    }
    const flags = view.getUint16(offset + 8, true);
    const nameLength = view.getUint16(offset + 28, true);
    const name = entryName(bytes.subarray(offset + 46, offset + 46 + nameLength), flags);
    const entry: DirectoryEntry = {
      name,
      flags,
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      declaredSize: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    };
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    if (!name.endsWith('/')) entries.push(entry);
  }
  return entries;
}

/** The entry's compressed bytes, after checking its local header. */
function compressedData(bytes: Uint8Array, entry: DirectoryEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { name, localOffset } = entry;
  if ((entry.flags & 0x0001) !== 0) throw new MessageError(message('zipEncrypted', { name }));
  if (localOffset + 30 > bytes.byteLength || view.getUint32(localOffset, true) !== LOCAL_FILE_HEADER) {
    throw new MessageError(message('zipHeaderBroken'));
  }
  const dataStart =
    localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
  if (dataStart + entry.compressedSize > bytes.byteLength)
    throw new MessageError(message('zipEntryTruncated', { name }));
  return bytes.subarray(dataStart, dataStart + entry.compressedSize);
}

/**
 * Inflates raw deflate data into a buffer of the declared size, stopping as soon as the output
 * would pass it: the streaming inflater hands over one chunk at a time, so a lying archive
 * costs the declared size plus one chunk, never what it would expand to.
 * @param keep false to count the output without keeping it
 * @returns the bytes (or their count), or null when the data holds more than declared
 */
function inflateWithin(data: Uint8Array, declaredSize: number, keep: boolean): Uint8Array | number | null {
  const output = new Uint8Array(keep ? declaredSize : 0);
  let length = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow || length + chunk.length > declaredSize) {
      overflow = true;
      return;
    }
    if (keep) output.set(chunk, length);
    length += chunk.length;
  });
  let start = 0;
  while (start < data.length && !overflow) {
    // Near the declared end, push only what could still fit: a liar then overshoots by little.
    const fitting = Math.ceil((declaredSize - length) / MAXIMUM_DEFLATE_RATIO);
    const end = Math.min(data.length, start + Math.max(MINIMUM_CHUNK, Math.min(INFLATE_CHUNK, fitting)));
    inflater.push(data.subarray(start, end), end === data.length);
    start = end;
  }
  if (data.length === 0) inflater.push(data, true);
  if (overflow) return null;
  if (!keep) return length;
  return length === declaredSize ? output : output.slice(0, length);
}

/**
 * Walks the wanted entries within the limits, inflating each (kept or only counted).
 * @throws MessageError as {@link unzipEntries} says
 */
async function walkEntries(
  bytes: Uint8Array,
  options: UnzipOptions,
  keep: boolean,
): Promise<Map<string, Uint8Array | number>> {
  const limits = options.limits ?? ZIP_LIMITS;
  const entries = readDirectory(bytes).filter((entry) => options.wanted?.(entry.name) ?? true);
  let declaredTotal = 0;
  for (const entry of entries) {
    const size = entry.method === 0 ? entry.compressedSize : entry.declaredSize;
    if (size > limits.entryBytes) throw entryTooLarge(entry.name, size, limits);
    declaredTotal += size;
  }
  if (declaredTotal > limits.totalBytes) throw totalTooLarge(declaredTotal, limits);
  const files = new Map<string, Uint8Array | number>();
  for (const entry of entries) {
    const data = compressedData(bytes, entry);
    if (entry.method !== 0 && entry.method !== 8) {
      throw new MessageError(message('zipMethodUnsupported', { name: entry.name, method: entry.method }));
    }
    let inflated: Uint8Array | number | null;
    if (entry.method === 0) inflated = keep ? data : data.length;
    else {
      try {
        // The declared size has passed the limits, and an honest entry inflates to exactly that
        // size: so stopping there stops a lying archive early, well within the limits.
        inflated = inflateWithin(data, entry.declaredSize, keep);
      } catch {
        throw new MessageError(message('zipEntryCorrupt', { name: entry.name }));
      }
    }
    if (inflated === null) {
      throw new MessageError(
        message('zipEntryLargerThanDeclared', { name: entry.name, declared: entry.declaredSize }),
      );
    }
    files.set(entry.name, inflated);
    // Let the page (or the worker's messages) breathe between entries.
    await Promise.resolve();
  }
  return files;
}

/**
 * The archive's wanted files by name. Declared sizes are checked against the limits before
 * anything is inflated, and the inflated sizes again while inflating, since a hostile archive
 * may declare less than it holds.
 * @throws MessageError when the bytes are not a zip archive this can read (ZIP64, encrypted
 * entries, compression other than stored/deflate, broken data), or the wanted entries would
 * expand past the limits; the message names the entry, its size and the limit
 * @example await unzipEntries(bytes, { wanted: (name) => name.endsWith('.shp') })
 */
export async function unzipEntries(
  bytes: Uint8Array,
  options: UnzipOptions = {},
): Promise<Map<string, Uint8Array>> {
  return (await walkEntries(bytes, options, true)) as Map<string, Uint8Array>;
}

/**
 * The inflated size of each wanted entry, checked against the limits exactly as
 * {@link unzipEntries} checks them, without keeping the bytes: for an archive a library will
 * unzip itself (an Excel workbook), so that the library only ever sees an archive whose
 * entries really fit.
 * @throws MessageError as {@link unzipEntries}
 */
export async function measureZipEntries(
  bytes: Uint8Array,
  options: UnzipOptions = {},
): Promise<Map<string, number>> {
  return (await walkEntries(bytes, options, false)) as Map<string, number>;
}
