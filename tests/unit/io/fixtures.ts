/** Test helpers: the committed import fixtures and small builders of files in memory. */
import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import type { Feature, Polygon } from 'geojson';

/** The bytes of a file in tests/unit/fixtures/io/. */
export function readFixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../fixtures/io/${name}`, import.meta.url)));
}

/** The path of a fixture file, for the CLI. */
export function fixturePath(name: string): string {
  return new URL(`../fixtures/io/${name}`, import.meta.url).pathname;
}

/** UTF-8 bytes of a text. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** One file for {@link buildZip}. */
export interface ZipEntry {
  /** The name, or its raw bytes (e.g. GBK, as Chinese Windows writes them). */
  name: string | Uint8Array;
  data: Uint8Array;
  deflate?: boolean;
  /** Raw deflate data to store as the entry instead of deflating `data` (a hand-made stream). */
  compressed?: Uint8Array;
  /** The inflated size to declare, when it should differ from `data`'s (an archive that lies). */
  declaredSize?: number;
}

/** A zip archive (stored or deflated entries, with CRC-32), as zip tools write them. */
export function buildZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? new TextEncoder().encode(entry.name) : entry.name;
    const utf8Flag = typeof entry.name === 'string' ? 0x0800 : 0;
    const stored =
      entry.compressed ?? (entry.deflate ? new Uint8Array(deflateRawSync(entry.data)) : entry.data);
    const method = entry.deflate || entry.compressed ? 8 : 0;
    const declared = entry.declaredSize ?? entry.data.byteLength;
    const crc = crc32(entry.data);
    const local = new Uint8Array(30 + name.byteLength + stored.byteLength);
    const localView = new DataView(local.buffer);
    localView.setUint32(0, 0x04034b50, true);
    localView.setUint16(4, 20, true);
    localView.setUint16(6, utf8Flag, true);
    localView.setUint16(8, method, true);
    localView.setUint32(14, crc, true);
    localView.setUint32(18, stored.byteLength, true);
    localView.setUint32(22, declared, true);
    localView.setUint16(26, name.byteLength, true);
    local.set(name, 30);
    local.set(stored, 30 + name.byteLength);
    const central = new Uint8Array(46 + name.byteLength);
    const centralView = new DataView(central.buffer);
    centralView.setUint32(0, 0x02014b50, true);
    centralView.setUint16(4, 20, true);
    centralView.setUint16(6, 20, true);
    centralView.setUint16(8, utf8Flag, true);
    centralView.setUint16(10, method, true);
    centralView.setUint32(16, crc, true);
    centralView.setUint32(20, stored.byteLength, true);
    centralView.setUint32(24, declared, true);
    centralView.setUint16(28, name.byteLength, true);
    centralView.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.byteLength;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.byteLength, 0);
  const end = new Uint8Array(22);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, 0x06054b50, true);
  endView.setUint16(8, entries.length, true);
  endView.setUint16(10, entries.length, true);
  endView.setUint32(12, centralSize, true);
  endView.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const result = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.byteLength;
  }
  return result;
}

/** A polygon feature for {@link buildShp}: rings of [x, y], outer ring first; null = a null shape. */
export type ShapeRings = number[][][] | null;

/**
 * A .shp file of polygons (shape type 5; outer rings must be clockwise, as the format requires),
 * or with shape type 3 of polylines (each "ring" a part of the line).
 */
export function buildShp(shapes: readonly ShapeRings[], shapeType: 3 | 5 = 5): Uint8Array {
  const all = shapes.flatMap((rings) => (rings ?? []).flat());
  const box = [
    Math.min(...all.map((point) => point[0] ?? 0)),
    Math.min(...all.map((point) => point[1] ?? 0)),
    Math.max(...all.map((point) => point[0] ?? 0)),
    Math.max(...all.map((point) => point[1] ?? 0)),
  ];
  const records = shapes.map((rings, index) => {
    if (!rings) {
      const record = new Uint8Array(12);
      const view = new DataView(record.buffer);
      view.setInt32(0, index + 1);
      view.setInt32(4, 2);
      return record;
    }
    const points = rings.flat();
    const contentLength = 44 + 4 * rings.length + 16 * points.length;
    const record = new Uint8Array(8 + contentLength);
    const view = new DataView(record.buffer);
    view.setInt32(0, index + 1);
    view.setInt32(4, contentLength / 2);
    view.setInt32(8, shapeType, true);
    const xs = points.map((point) => point[0] ?? 0);
    const ys = points.map((point) => point[1] ?? 0);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((value, position) => {
      view.setFloat64(12 + position * 8, value, true);
    });
    view.setInt32(44, rings.length, true);
    view.setInt32(48, points.length, true);
    let start = 0;
    rings.forEach((ring, position) => {
      view.setInt32(52 + position * 4, start, true);
      start += ring.length;
    });
    const pointsOffset = 52 + rings.length * 4;
    points.forEach((point, position) => {
      view.setFloat64(pointsOffset + position * 16, point[0] ?? 0, true);
      view.setFloat64(pointsOffset + position * 16 + 8, point[1] ?? 0, true);
    });
    return record;
  });
  const header = new Uint8Array(100);
  const view = new DataView(header.buffer);
  const length = 100 + records.reduce((sum, record) => sum + record.byteLength, 0);
  view.setInt32(0, 9994);
  view.setInt32(24, length / 2);
  view.setInt32(28, 1000, true);
  view.setInt32(32, shapeType, true);
  box.forEach((value, position) => {
    view.setFloat64(36 + position * 8, value, true);
  });
  return concat([header, ...records]);
}

/** A .dbf field: its name (or raw name bytes), type C (text) or N (number) and width. */
export interface DbfField {
  name: string | Uint8Array;
  type: 'C' | 'N';
  length: number;
}

/**
 * A dBase III table. Text values may be raw bytes (e.g. GBK); strings are written as UTF-8.
 * @param languageDriver byte 29 (0x4D = GBK 936); 0 when unknown
 */
export function buildDbf(
  fields: readonly DbfField[],
  records: readonly (string | Uint8Array)[][],
  languageDriver = 0,
): Uint8Array {
  const encode = (value: string | Uint8Array) =>
    typeof value === 'string' ? new TextEncoder().encode(value) : value;
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((sum, field) => sum + field.length, 0);
  const bytes = new Uint8Array(headerLength + recordLength * records.length + 1);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x03;
  bytes.set([124, 1, 1], 1);
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  bytes[29] = languageDriver;
  fields.forEach((field, index) => {
    const offset = 32 + index * 32;
    bytes.set(encode(field.name).subarray(0, 10), offset);
    bytes[offset + 11] = field.type.charCodeAt(0);
    bytes[offset + 16] = field.length;
  });
  bytes[headerLength - 1] = 0x0d;
  records.forEach((record, index) => {
    let offset = headerLength + index * recordLength;
    bytes[offset] = 0x20;
    offset += 1;
    fields.forEach((field, column) => {
      const value = encode(record[column] ?? '').subarray(0, field.length);
      const cell = new Uint8Array(field.length).fill(0x20);
      if (field.type === 'N') cell.set(value, field.length - value.byteLength);
      else cell.set(value, 0);
      bytes.set(cell, offset);
      offset += field.length;
    });
  });
  bytes[bytes.byteLength - 1] = 0x1a;
  return bytes;
}

/** GBK bytes of a few fixed strings (from Python: '桥圩镇'.encode('gbk')). */
export const GBK = {
  桥圩镇: new Uint8Array([0xc7, 0xc5, 0xdb, 0xd7, 0xd5, 0xf2]),
  木格镇: new Uint8Array([0xc4, 0xbe, 0xb8, 0xf1, 0xd5, 0xf2]),
  乡镇名: new Uint8Array([0xcf, 0xe7, 0xd5, 0xf2, 0xc3, 0xfb]),
  乡镇界: new Uint8Array([0xcf, 0xe7, 0xd5, 0xf2, 0xbd, 0xe7]),
};

let gb18030Table: Map<string, number[]> | null = null;

/**
 * The GBK (GB18030 two-byte) bytes of a text, as Chinese Windows saves 「ANSI」 files. Node has
 * no GBK encoder, so the table is the inverse of its decoder over every two-byte code.
 * @throws Error for a character outside the two-byte range (emoji and rare characters)
 */
export function encodeGb18030(text: string): Uint8Array {
  if (!gb18030Table) {
    const pairs: number[] = [];
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
    }
    const decoded = new TextDecoder('gb18030').decode(new Uint8Array(pairs));
    gb18030Table = new Map();
    [...decoded].forEach((character, index) => {
      if (!gb18030Table?.has(character))
        gb18030Table?.set(character, [pairs[index * 2] ?? 0, pairs[index * 2 + 1] ?? 0]);
    });
  }
  const bytes: number[] = [];
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gb18030Table.get(character);
      if (!pair) throw new Error(`no two-byte GBK code for ${character}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

/** UTF-16LE bytes with the byte-order mark, as Excel's 「Unicode 文本」 saves them. */
export function utf16WithByteOrderMark(text: string): Uint8Array {
  const body = new Uint8Array(Buffer.from(text, 'utf16le'));
  const bytes = new Uint8Array(body.byteLength + 2);
  bytes.set([0xff, 0xfe], 0);
  bytes.set(body, 2);
  return bytes;
}

/**
 * A 400 m square around (109.6, 23.1): a district small enough that the GCJ-02 offset (≈ 540 m)
 * moves points out of it.
 */
export const SMALL_DISTRICT: Feature<Polygon> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [109.598, 23.098],
        [109.602, 23.098],
        [109.602, 23.102],
        [109.598, 23.102],
        [109.598, 23.098],
      ],
    ],
  },
};
