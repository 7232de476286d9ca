/**
 * Turns a file's bytes into text: by its byte-order mark, else strict UTF-8, else GB18030 (the
 * superset of GBK/GB2312 that Chinese Excel and WPS write as 「ANSI」). Whole files are decoded
 * at once, because decoding in chunks splits multi-byte characters at the chunk boundaries.
 */
import { type Message, MessageError, type MessageKey, message } from '../domain/message.ts';

/** Largest file an import reads; bigger files would freeze the tab while they are parsed. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** Encodings the importer names when it guesses; an override may be any WHATWG label. */
export type GuessedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decoded text and how it was decoded, so a preview can show the guess and offer an override. */
export interface DecodedText {
  /** The text, without byte-order mark, with every line ending as LF. */
  text: string;
  /** The WHATWG name of the encoding used, e.g. utf-8, gb18030, utf-16le. */
  encoding: string;
  /** Whether a byte-order mark said so (a sure answer) rather than a guess. */
  fromByteOrderMark: boolean;
}

/** The catalogue's names of the encodings, for previews and messages. */
export const ENCODING_NAMES: Record<GuessedEncoding, MessageKey> = {
  'utf-8': 'encodingUtf8',
  'utf-16le': 'encodingUtf16le',
  'utf-16be': 'encodingUtf16be',
  gb18030: 'encodingGb18030',
};

/**
 * An encoding's name for the user: the catalogue's for those the importer guesses, the WHATWG
 * label as it is for any other (an override such as big5).
 */
export function encodingName(encoding: string): Message | string {
  const key = ENCODING_NAMES[encoding as GuessedEncoding];
  return key ? message(key) : encoding;
}

/**
 * The message for a file over {@link MAX_IMPORT_BYTES}, or null when it fits.
 * @example fileSizeProblem(60 * 1024 * 1024, '名录.csv') // in Chinese: '名录.csv 有 60.0 MB，超过 50 MB 的导入上限；请拆分后分批导入'
 */
export function fileSizeProblem(byteLength: number, fileName: string): Message | null {
  if (byteLength <= MAX_IMPORT_BYTES) return null;
  return message('fileTooLarge', {
    file: fileName,
    megabytes: (byteLength / 1024 / 1024).toFixed(1),
    limit: MAX_IMPORT_BYTES / 1024 / 1024,
  });
}

/** LF only: spreadsheets saved on Windows use CRLF, old Mac exports CR. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function byteOrderMarkEncoding(bytes: Uint8Array): { encoding: GuessedEncoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * Whether the bytes are valid UTF-8. GBK text is almost never valid UTF-8 (its lead bytes
 * 0x81–0xFE are followed by bytes that break UTF-8's continuation rules), so this is the test
 * that tells the two apart.
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a whole file. With `encoding` given (the user's override), that encoding is used
 * and a matching byte-order mark is dropped; otherwise BOM → UTF-8/UTF-16, else strict UTF-8,
 * else GB18030.
 * @throws MessageError when the override is not an encoding name.
 * @example decodeText(new Uint8Array([0xc7, 0xc5])).text // '桥'
 */
export function decodeText(bytes: Uint8Array, encoding?: string): DecodedText {
  const mark = byteOrderMarkEncoding(bytes);
  if (encoding) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(encoding.trim());
    } catch {
      throw new MessageError(message('encodingUnknown', { encoding }));
    }
    // TextDecoder drops its own encoding's BOM; a mismatched one is kept so the user sees it.
    const text = decoder.decode(bytes).replace(/^\uFEFF/, '');
    return { text: normaliseLineEndings(text), encoding: decoder.encoding, fromByteOrderMark: false };
  }
  if (mark) {
    const text = new TextDecoder(mark.encoding).decode(bytes.subarray(mark.length));
    return { text: normaliseLineEndings(text), encoding: mark.encoding, fromByteOrderMark: true };
  }
  let strict: string | null = null;
  try {
    // One strict pass both tells UTF-8 apart from GBK and gives the text.
    strict = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    strict = null;
  }
  if (strict !== null) {
    return { text: normaliseLineEndings(strict), encoding: 'utf-8', fromByteOrderMark: false };
  }
  return {
    text: normaliseLineEndings(new TextDecoder('gb18030').decode(bytes)),
    encoding: 'gb18030',
    fromByteOrderMark: false,
  };
}
