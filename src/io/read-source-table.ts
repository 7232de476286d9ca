/**
 * Reads any supported table file (CSV/TSV/TXT, XLSX, GeoJSON points) into a source table,
 * and says how it was read (encoding, separator, sheet) so a preview can show the guesses and
 * let the user override them.
 */
import { decodeText, fileSizeProblem } from './decode-text.ts';
import type { Delimiter } from './detect-delimiter.ts';
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
  /** Why, in Chinese, naming the file. */
  message: string;
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

/**
 * Reads a table file by its name and contents. Never throws: a file that cannot be read gives
 * `{ ok: false, message }`.
 * @example await readSourceTable(bytes, '名录.csv') // { ok: true, table, encoding: 'gb18030', delimiter: ',', … }
 */
export async function readSourceTable(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTableOptions = {},
): Promise<SourceTableRead | SourceTableFailure> {
  const tooLarge = fileSizeProblem(bytes.byteLength, fileName);
  if (tooLarge) return { ok: false, message: tooLarge };
  if (bytes.byteLength === 0) return { ok: false, message: `${fileName}：文件为空` };
  const extension = extensionOf(fileName);
  if (extension === 'xls' || isLegacyExcel(bytes))
    return { ok: false, message: legacyExcelMessage(fileName) };
  if (extension === 'xlsx' || isZipArchive(bytes)) {
    try {
      const { table, sheet, sheetNames } = await readWorkbookTable(bytes, fileName, options.sheet);
      if (!table) return { ok: false, message: `${fileName}：工作表“${sheet}”是空的` };
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
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }
  let decoded: ReturnType<typeof decodeText>;
  try {
    decoded = decodeText(bytes, options.encoding);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const common = {
    encoding: decoded.encoding,
    encodingFromByteOrderMark: decoded.fromByteOrderMark,
    sheet: null,
    sheetNames: [],
  };
  if (extension === 'geojson' || extension === 'json' || firstNonSpaceCharacter(decoded.text) === '{') {
    const table = parseGeoJsonPoints(decoded.text, fileName);
    if (typeof table === 'string') return { ok: false, message: table };
    return { ok: true, table, delimiter: null, ...common };
  }
  const delimiter = extension === 'tsv' ? '\t' : options.delimiter;
  const parsed = parseDelimitedText(decoded.text, fileName, delimiter);
  if (!parsed.table) return { ok: false, message: `${fileName}：文件为空` };
  return { ok: true, table: parsed.table, delimiter: parsed.delimiter, ...common };
}
