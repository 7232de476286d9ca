/**
 * A raster tile for the tests — TEST DATA, NOT A MAP: a 256 × 256 PNG of a pale ground with a
 * dark grid, so a screenshot shows at a glance that the tile service was drawn. Written with the
 * few lines a PNG needs (signature, IHDR, one deflated IDAT, IEND).
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  return value >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * An RGB PNG of `width` × `height` whose pixel at (x, y) is `colourAt(x, y)`.
 * @example encodeRgbPng(2, 2, () => [255, 255, 255]) // a white 2 × 2 PNG
 */
export function encodeRgbPng(
  width: number,
  height: number,
  colourAt: (x: number, y: number) => readonly [number, number, number],
): Buffer {
  const rows: number[] = [];
  for (let y = 0; y < height; y += 1) {
    rows.push(0); // filter: none
    for (let x = 0; x < width; x += 1) rows.push(...colourAt(x, y));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** The tile: pale ground `ground`, grid lines in `line` every 32 pixels (RGB triples). */
export function tilePng(
  ground: [number, number, number] = [236, 230, 214],
  line: [number, number, number] = [120, 96, 60],
): Buffer {
  return encodeRgbPng(256, 256, (x, y) => (x % 32 < 3 || y % 32 < 3 ? line : ground));
}
