/**
 * Reads a Shapefile's attribute table (.dbf, dBase III) with control over the text encoding:
 * the .cpg file when there is one, else the language-driver byte, else strict UTF-8, else
 * GB18030 — Chinese attribute tables are very often GBK without saying so.
 */
import { MessageError, message } from '../domain/message.ts';
import { isValidUtf8 } from './decode-text.ts';

/** One attribute value: text, number, boolean, a date as YYYY-MM-DD, or null when blank. */
export type AttributeValue = string | number | boolean | null;

/** How the table's text encoding was decided. */
export type AttributeEncodingSource = 'override' | 'cpg' | 'language-driver' | 'detected';

/** A read attribute table. */
export interface AttributeTable {
  /** Field names in table order. */
  fields: string[];
  /** One record per shape, in file order (deleted records included, to keep the shapes aligned). */
  records: Record<string, AttributeValue>[];
  /** The encoding used, e.g. utf-8 or gb18030. */
  encoding: string;
  encodingSource: AttributeEncodingSource;
}

/**
 * The WHATWG encoding for a .cpg text (e.g. UTF-8, GBK, 936, ANSI 936, CP936), or null when
 * not recognised.
 * @example encodingFromCodePage('ANSI 936') // 'gb18030'
 */
export function encodingFromCodePage(codePage: string): string | null {
  const text = codePage.trim().toLowerCase();
  if (text === '') return null;
  if (/utf-?8|65001/.test(text)) return 'utf-8';
  if (/936|gbk|gb2312|gb18030|54936/.test(text)) return 'gb18030';
  if (/950|big5/.test(text)) return 'big5';
  const number = /(\d{3,5})/.exec(text)?.[1];
  for (const label of [text, number ? `windows-${number}` : '']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).encoding;
    } catch {
      // Not a label this platform knows; try the next form.
    }
  }
  return null;
}

/** dBase language-driver ids that mean a Chinese code page (0x4D GBK 936; 0x7A PRC GBK). */
const CHINESE_LANGUAGE_DRIVERS = new Set([0x4d, 0x7a]);

interface FieldDescriptor {
  nameBytes: Uint8Array;
  type: string;
  length: number;
}

function trimNulls(bytes: Uint8Array): Uint8Array {
  const end = bytes.indexOf(0);
  return end < 0 ? bytes : bytes.subarray(0, end);
}

function readNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '' || /^\*+$/.test(trimmed)) return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
}

function readValue(type: string, bytes: Uint8Array, decoder: TextDecoder): AttributeValue {
  const text = decoder.decode(bytes).replace(/\0/g, '');
  switch (type) {
    case 'N':
    case 'F':
      return readNumber(text);
    case 'L': {
      const flag = text.trim().toUpperCase();
      if (flag === 'Y' || flag === 'T') return true;
      if (flag === 'N' || flag === 'F') return false;
      return null;
    }
    case 'D': {
      const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text.trim());
      return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
    }
    default: {
      const trimmed = text.trim();
      return trimmed === '' ? null : trimmed;
    }
  }
}

/**
 * Reads a .dbf file.
 * @param codePage the .cpg file's text, if any
 * @param encoding an override from the user (WHATWG label)
 * @throws MessageError when the bytes are not a dBase table
 */
export function readDbf(bytes: Uint8Array, codePage?: string, encoding?: string): AttributeTable {
  if (bytes.byteLength < 32) throw new MessageError(message('dbfTruncated'));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const recordCount = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const languageDriver = view.getUint8(29);
  const descriptors: FieldDescriptor[] = [];
  for (let offset = 32; offset + 32 <= headerLength && bytes[offset] !== 0x0d; offset += 32) {
    descriptors.push({
      nameBytes: trimNulls(bytes.subarray(offset, offset + 11)),
      type: String.fromCharCode(view.getUint8(offset + 11)),
      length: view.getUint8(offset + 16),
    });
  }
  const textBytes: Uint8Array[] = descriptors.map((field) => field.nameBytes);
  const recordStart = (index: number) => headerLength + index * recordLength;
  for (let index = 0; index < recordCount; index++) {
    let position = recordStart(index) + 1;
    for (const field of descriptors) {
      if (field.type === 'C') textBytes.push(bytes.subarray(position, position + field.length));
      position += field.length;
    }
  }
  let chosen: { encoding: string; source: AttributeEncodingSource };
  const fromCodePage = codePage ? encodingFromCodePage(codePage) : null;
  if (encoding) chosen = { encoding, source: 'override' };
  else if (fromCodePage) chosen = { encoding: fromCodePage, source: 'cpg' };
  else if (CHINESE_LANGUAGE_DRIVERS.has(languageDriver))
    chosen = { encoding: 'gb18030', source: 'language-driver' };
  else {
    const total = textBytes.reduce((sum, part) => sum + part.byteLength, 0);
    const joined = new Uint8Array(total);
    let offset = 0;
    for (const part of textBytes) {
      joined.set(part, offset);
      offset += part.byteLength;
    }
    chosen = { encoding: isValidUtf8(joined) ? 'utf-8' : 'gb18030', source: 'detected' };
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(chosen.encoding);
  } catch {
    throw new MessageError(message('encodingUnknown', { encoding: chosen.encoding }));
  }
  const fields = descriptors.map((field) => decoder.decode(field.nameBytes).trim());
  const records: Record<string, AttributeValue>[] = [];
  for (let index = 0; index < recordCount; index++) {
    let position = recordStart(index) + 1;
    if (position + recordLength - 1 > bytes.byteLength) break;
    const entries: [string, AttributeValue][] = descriptors.map((field, fieldIndex) => {
      const value = readValue(field.type, bytes.subarray(position, position + field.length), decoder);
      position += field.length;
      return [fields[fieldIndex] ?? '', value];
    });
    // fromEntries defines own properties: a field named __proto__ stays a field.
    records.push(Object.fromEntries(entries));
  }
  return { fields, records, encoding: decoder.encoding, encodingSource: chosen.source };
}
