/**
 * Writes a .zip archive (the published atlas as one download). Small and dependency-free, the
 * counterpart of unzip-entries.ts: entries are deflated through the platform's
 * CompressionStream('deflate-raw') — browsers and Node 20 both have it — and names are stored as
 * UTF-8 with the flag that says so, which Windows' own unzip and 7-Zip honour.
 */
import { MessageError, message } from '../domain/message.ts';

/** A file to put into the archive: its path inside (with / between folders) and its bytes. */
export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

/** Sizes and offsets are 32-bit without ZIP64: the archive stays well below that. */
export const MAX_ZIP_BYTES = 0xffff_ffff - 1024 * 1024;
/** Entries are counted in 16 bits without ZIP64. */
export const MAX_ZIP_ENTRIES = 0xffff;

const UTF8_NAME_FLAG = 0x0800;
const DEFLATE = 8;
const STORED = 0;

let crcTable: Uint32Array | null = null;

/** The CRC-32 (IEEE) of the bytes, as the zip format asks for each entry. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let index = 0; index < 256; index++) {
      let value = index;
      for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
      crcTable[index] = value >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** DOS date and time of a moment (local time), as the zip headers keep them. */
function dosTime(time: Date): { date: number; time: number } {
  return {
    date: ((time.getFullYear() - 1980) << 9) | ((time.getMonth() + 1) << 5) | time.getDate(),
    time: (time.getHours() << 11) | (time.getMinutes() << 5) | Math.floor(time.getSeconds() / 2),
  };
}

/**
 * The archive's bytes. Each entry is deflated unless that makes it larger (images, already
 * compressed fonts), then stored.
 * @throws MessageError when the entries are too many or too large for a zip without ZIP64
 * @example const bytes = await writeZip([{ path: 'data/atlas-data.json', bytes: new TextEncoder().encode('{}') }]);
 */
export async function writeZip(
  entries: readonly ZipEntry[],
  modified: Date = new Date(),
): Promise<Uint8Array> {
  const total = entries.reduce((sum, entry) => sum + entry.bytes.byteLength, 0);
  if (entries.length > MAX_ZIP_ENTRIES || total > MAX_ZIP_BYTES) {
    throw new MessageError(
      message('publishZipTooLarge', { files: entries.length, megabytes: Math.ceil(total / 1024 / 1024) }),
    );
  }
  const encoder = new TextEncoder();
  const stamp = dosTime(modified);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.path);
    const deflated = await deflateRaw(entry.bytes);
    const useDeflate = deflated.byteLength < entry.bytes.byteLength;
    const data = useDeflate ? deflated : entry.bytes;
    const crc = crc32(entry.bytes);
    const local = new Uint8Array(30 + name.byteLength);
    const localView = new DataView(local.buffer);
    localView.setUint32(0, 0x04034b50, true);
    localView.setUint16(4, 20, true);
    localView.setUint16(6, UTF8_NAME_FLAG, true);
    localView.setUint16(8, useDeflate ? DEFLATE : STORED, true);
    localView.setUint16(10, stamp.time, true);
    localView.setUint16(12, stamp.date, true);
    localView.setUint32(14, crc, true);
    localView.setUint32(18, data.byteLength, true);
    localView.setUint32(22, entry.bytes.byteLength, true);
    localView.setUint16(26, name.byteLength, true);
    local.set(name, 30);
    const header = new Uint8Array(46 + name.byteLength);
    const headerView = new DataView(header.buffer);
    headerView.setUint32(0, 0x02014b50, true);
    headerView.setUint16(4, 20, true);
    headerView.setUint16(6, 20, true);
    headerView.setUint16(8, UTF8_NAME_FLAG, true);
    headerView.setUint16(10, useDeflate ? DEFLATE : STORED, true);
    headerView.setUint16(12, stamp.time, true);
    headerView.setUint16(14, stamp.date, true);
    headerView.setUint32(16, crc, true);
    headerView.setUint32(20, data.byteLength, true);
    headerView.setUint32(24, entry.bytes.byteLength, true);
    headerView.setUint16(28, name.byteLength, true);
    headerView.setUint32(42, offset, true);
    header.set(name, 46);
    parts.push(local, data);
    central.push(header);
    offset += local.byteLength + data.byteLength;
  }
  const centralSize = central.reduce((sum, part) => sum + part.byteLength, 0);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, entries.length, true);
  endView.setUint16(10, entries.length, true);
  endView.setUint32(12, centralSize, true);
  endView.setUint32(16, offset, true);
  const archive = new Uint8Array(offset + centralSize + end.byteLength);
  let position = 0;
  for (const part of [...parts, ...central, end]) {
    archive.set(part, position);
    position += part.byteLength;
  }
  return archive;
}
