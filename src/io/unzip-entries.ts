/**
 * Reads the files inside a .zip archive (a zipped Shapefile). Small and dependency-free: the
 * central directory is read by hand and deflated entries go through the platform's
 * DecompressionStream('deflate-raw'), which browsers and Node 20 both have.
 */
import { MessageError, message } from '../domain/message.ts';
import { isValidUtf8 } from './decode-text.ts';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
/** Bit 11 of the general-purpose flags: the name is UTF-8. */
const UTF8_NAME_FLAG = 0x0800;

/**
 * Entry names. Without the UTF-8 flag, zips made by Chinese Windows store names in GBK, so a
 * name that is not valid UTF-8 is read as GB18030.
 */
function entryName(bytes: Uint8Array, flags: number): string {
  const decoder = (flags & UTF8_NAME_FLAG) !== 0 || isValidUtf8(bytes) ? 'utf-8' : 'gb18030';
  return new TextDecoder(decoder).decode(bytes);
}

async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The archive's files by name (directories left out).
 * @throws MessageError when the bytes are not a zip archive this can read
 * (ZIP64, encrypted entries, or compression other than stored/deflate)
 */
export async function unzipEntries(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
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
  const files = new Map<string, Uint8Array>();
  for (let index = 0; index < entryCount; index++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) {
      throw new MessageError(message('zipDirectoryBroken'));
    }
    const flags = view.getUint16(offset + 8, true);
    const method = view.getUint16(offset + 10, true);
    const compressedSize = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const localOffset = view.getUint32(offset + 42, true);
    const name = entryName(bytes.subarray(offset + 46, offset + 46 + nameLength), flags);
    offset += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if ((flags & 0x0001) !== 0) throw new MessageError(message('zipEncrypted', { name }));
    if (localOffset + 30 > bytes.byteLength || view.getUint32(localOffset, true) !== LOCAL_FILE_HEADER) {
      throw new MessageError(message('zipHeaderBroken'));
    }
    const dataStart =
      localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataStart + compressedSize > bytes.byteLength)
      throw new MessageError(message('zipEntryTruncated', { name }));
    const data = bytes.subarray(dataStart, dataStart + compressedSize);
    if (method === 0) files.set(name, data);
    else if (method === 8) files.set(name, await inflateRaw(data));
    else throw new MessageError(message('zipMethodUnsupported', { name, method }));
  }
  return files;
}
