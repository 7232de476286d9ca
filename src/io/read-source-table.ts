/**
 * Reads any supported table file (CSV/TSV/TXT, XLSX, GeoJSON points) into a source table,
 * and says how it was read (encoding, separator, sheet) so a preview can show the guesses and
 * let the user override them.
 */
import { errorMessage, type Message, message } from '../domain/message.ts';
import { decodeText, fileSizeProblem } from './decode-text.ts';
import { DELIMITER_NAMES, type Delimiter } from './detect-delimiter.ts';
import { parseDelimitedText } from './parse-delimited-text.ts';
import { parseGeoJsonPoints } from './parse-geojson-points.ts';
import { isLegacyExcel, isZipArchive, legacyExcelMessage, readWorkbookTable } from './read-workbook-table.ts';
import type { SourceTable } from './source-table.ts';

/** How to read a table file; everything is guessed when absent. */
export interface ReadTableOptions {
  /** Text encoding override (WHATWG label such as utf-8, gb18030, utf-16le). */
  encoding?: string;
  /** Sheet name or 1-based number, for workbooks. */
  sheet?: string;
  /** Column separator override for delimited text. */
  delimiter?: Delimiter;
  /**
   * The header's row number as the user sees it, for delimited text and workbooks; when absent
   * the header is the first row that looks like one, past title rows such as 港南区学校名录.
   */
  headerRow?: number;
}

/** A table that was read, with how. */
export interface SourceTableRead {
  ok: true;
  table: SourceTable;
  /** The encoding used for text files; null for workbooks. */
  encoding: string | null;
  /** Whether the encoding came from a byte-order mark (sure) rather than a guess. */
  encodingFromByteOrderMark: boolean;
  /** The separator used for delimited text; null otherwise. */
  delimiter: Delimiter | null;
  /** The sheet read and all sheet names, for workbooks; null and [] otherwise. */
  sheet: string | null;
  sheetNames: string[];
}

/** A file that could not be read as a table at all. */
export interface SourceTableFailure {
  ok: false;
  /** Why, naming the file. */
  message: Message;
}

function extensionOf(fileName: string): string {
  const match = /\.([^./\\]+)$/.exec(fileName);
  return match?.[1]?.toLowerCase() ?? '';
}

function firstNonSpaceCharacter(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .charAt(0);
}

/** Control characters never occur in a text table (tab, LF and CR do), nor U+FFFD. */
function isBinaryCharacter(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd;
}

/**
 * Whether decoded text is really binary content (a picture, a database, a broken workbook):
 * a NUL, or more than 1 % control or undecodable characters. Text tables have none.
 */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  // The first 64 K characters tell; a 50 MB file need not be scanned to the end.
  const length = Math.min(text.length, 65536);
  let count = 0;
  for (let index = 0; index < length; index++) if (isBinaryCharacter(text.charCodeAt(index))) count += 1;
  return count > Math.max(8, length / 100);
}

function binaryMessage(fileName: string, extension: string): Message {
  return message(extension === 'xlsx' || extension === 'xls' ? 'fileNotWorkbook' : 'fileBinary', {
    file: fileName,
  });
}

/** Whether the text is a web page or XML (some systems save those with an .xls name). */
function isMarkup(text: string): boolean {
  return /^\s*<(!doctype|html|table|\?xml|head|body|meta)/i.test(text.replace(/^\uFEFF/, ''));
}

/**
 * Reads a table file by its name and contents. Never throws: a file that cannot be read gives
 * `{ ok: false, message }`. An .xls or .xlsx whose content is plain text (many systems export
 * tab-separated text under an Excel name) is read as text, with a note.
 * @example await readSourceTable(bytes, '名录.csv') // { ok: true, table, encoding: 'gb18030', delimiter: ',', … }
 */
export async function readSourceTable(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTableOptions = {},
): Promise<SourceTableRead | SourceTableFailure> {
  const tooLarge = fileSizeProblem(bytes.byteLength, fileName);
  if (tooLarge) return { ok: false, message: tooLarge };
  if (bytes.byteLength === 0) return { ok: false, message: message('fileEmpty', { file: fileName }) };
  const extension = extensionOf(fileName);
  if (isLegacyExcel(bytes)) return { ok: false, message: legacyExcelMessage(fileName) };
  if (isZipArchive(bytes)) {
    try {
      const { table, sheet, sheetNames } = await readWorkbookTable(
        bytes,
        fileName,
        options.sheet,
        options.headerRow,
      );
      if (!table) return { ok: false, message: message('workbookSheetEmpty', { file: fileName, sheet }) };
      return {
        ok: true,
        table,
        encoding: null,
        encodingFromByteOrderMark: false,
        delimiter: null,
        sheet,
        sheetNames,
      };
    } catch (error) {
      return { ok: false, message: errorMessage(error) };
    }
  }
  let decoded: ReturnType<typeof decodeText>;
  try {
    decoded = decodeText(bytes, options.encoding);
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
  if (looksBinary(decoded.text)) return { ok: false, message: binaryMessage(fileName, extension) };
  const excelName = extension === 'xls' || extension === 'xlsx';
  if (excelName && isMarkup(decoded.text)) {
    return { ok: false, message: message('fileIsMarkup', { file: fileName }) };
  }
  const common = {
    encoding: decoded.encoding,
    encodingFromByteOrderMark: decoded.fromByteOrderMark,
    sheet: null,
    sheetNames: [],
  };
  if (extension === 'geojson' || extension === 'json' || firstNonSpaceCharacter(decoded.text) === '{') {
    const table = parseGeoJsonPoints(decoded.text, fileName);
    if (!('headers' in table)) return { ok: false, message: table };
    return { ok: true, table, delimiter: null, ...common };
  }
  const delimiter = extension === 'tsv' ? '\t' : options.delimiter;
  const parsed = parseDelimitedText(
    decoded.text,
    fileName,
    delimiter,
    options.headerRow === undefined ? {} : { headerRow: options.headerRow },
  );
  if (!parsed.table) return { ok: false, message: message('fileEmpty', { file: fileName }) };
  if (excelName) {
    parsed.table.notes = [
      message('fileTextUnderExcelName', {
        file: fileName,
        extension,
        delimiter: message(DELIMITER_NAMES[parsed.delimiter]),
      }),
      ...(parsed.table.notes ?? []),
    ];
  }
  return { ok: true, table: parsed.table, delimiter: parsed.delimiter, ...common };
}
