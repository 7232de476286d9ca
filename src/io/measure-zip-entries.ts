/**
 * What a .zip archive would take once unpacked, read from its central directory before anything
 * is inflated, so a reader can refuse an archive that would not fit in memory.
 */

/** Entries and their sizes once unpacked; null when the bytes have no readable central directory. */
export interface ZipEntrySizes {
  entries: number;
  /** Sum of the uncompressed sizes, bytes. */
  inflatedBytes: number;
}

/**
 * Reads the sizes from the central directory (ZIP64 archives say 0xFFFFFFFF: counted as
 * unknown, i.e. too large).
 * @example measureZipEntries(bytes)?.inflatedBytes // 12_345_678
 */
export function measureZipEntries(bytes: Uint8Array): ZipEntrySizes | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let offset = bytes.byteLength - 22; offset >= Math.max(0, bytes.byteLength - 22 - 65535); offset--) {
    if (view.getUint32(offset, true) === 0x06054b50) {
      end = offset;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  let inflatedBytes = 0;
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > bytes.byteLength || view.getUint32(offset, true) !== 0x02014b50) return null;
    const size = view.getUint32(offset + 24, true);
    inflatedBytes += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    offset +=
      46 +
      view.getUint16(offset + 28, true) +
      view.getUint16(offset + 30, true) +
      view.getUint16(offset + 32, true);
  }
  return { entries, inflatedBytes };
}
