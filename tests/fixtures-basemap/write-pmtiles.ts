/**
 * A small PMTiles v3 writer for the tests: the 127-byte header, one uncompressed root directory,
 * the JSON metadata and the tiles. Enough for a few hundred tiles; a real extract comes from the
 * `pmtiles` command-line tool.
 */
import { zxyToTileId } from 'pmtiles';

/** One tile to write. */
export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

/** What the archive holds and says about itself. */
export interface ArchiveContents {
  /** 1 = MVT, 2 = PNG, 3 = JPEG, 4 = WebP. */
  tileType: number;
  tiles: ArchiveTile[];
  /** [west, south, east, north]. */
  bounds: [number, number, number, number];
  metadata: Record<string, unknown>;
}

function varints(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const value of values) {
    let rest = value;
    while (rest > 0x7f) {
      out.push((rest & 0x7f) | 0x80);
      rest = Math.floor(rest / 128);
    }
    out.push(rest);
  }
  return out;
}

/**
 * The archive's bytes.
 * @example writePmtiles({ tileType: 1, tiles: [{ z: 0, x: 0, y: 0, data }], bounds: [-180, -85, 180, 85], metadata: {} })
 */
export function writePmtiles(contents: ArchiveContents): Uint8Array<ArrayBuffer> {
  const entries = contents.tiles
    .map((tile) => ({ id: zxyToTileId(tile.z, tile.x, tile.y), data: tile.data }))
    .sort((a, b) => a.id - b.id);
  let offset = 0;
  const placed = entries.map((entry) => {
    const at = offset;
    offset += entry.data.byteLength;
    return { ...entry, offset: at };
  });
  const directory = Uint8Array.from([
    ...varints([placed.length]),
    ...varints(placed.map((entry, index) => entry.id - (placed[index - 1]?.id ?? 0))),
    ...varints(placed.map(() => 1)),
    ...varints(placed.map((entry) => entry.data.byteLength)),
    // Each tile follows the one before: written as 0, "right after the previous".
    ...varints(placed.map((entry, index) => (index === 0 ? entry.offset + 1 : 0))),
  ]);
  const metadata = new TextEncoder().encode(JSON.stringify(contents.metadata));
  const tileData = offset;
  const header = new Uint8Array(127);
  const view = new DataView(header.buffer);
  header.set(new TextEncoder().encode('PMTiles'), 0);
  header[7] = 3;
  const setU64 = (at: number, value: number) => view.setBigUint64(at, BigInt(value), true);
  setU64(8, 127);
  setU64(16, directory.byteLength);
  setU64(24, 127 + directory.byteLength);
  setU64(32, metadata.byteLength);
  setU64(40, 127 + directory.byteLength + metadata.byteLength);
  setU64(48, 0);
  setU64(56, 127 + directory.byteLength + metadata.byteLength);
  setU64(64, tileData);
  setU64(72, placed.length);
  setU64(80, placed.length);
  setU64(88, placed.length);
  header[96] = 1;
  header[97] = 1;
  header[98] = 1;
  header[99] = contents.tileType;
  const zooms = contents.tiles.map((tile) => tile.z);
  header[100] = Math.min(...zooms);
  header[101] = Math.max(...zooms);
  const [west, south, east, north] = contents.bounds;
  view.setInt32(102, Math.round(west * 1e7), true);
  view.setInt32(106, Math.round(south * 1e7), true);
  view.setInt32(110, Math.round(east * 1e7), true);
  view.setInt32(114, Math.round(north * 1e7), true);
  header[118] = Math.min(...zooms);
  view.setInt32(119, Math.round(((west + east) / 2) * 1e7), true);
  view.setInt32(123, Math.round(((south + north) / 2) * 1e7), true);
  const archive = new Uint8Array(127 + directory.byteLength + metadata.byteLength + tileData);
  archive.set(header, 0);
  archive.set(directory, 127);
  archive.set(metadata, 127 + directory.byteLength);
  let at = 127 + directory.byteLength + metadata.byteLength;
  for (const entry of placed) {
    archive.set(entry.data, at);
    at += entry.data.byteLength;
  }
  return archive;
}
