/**
 * Reads one sheet of an .xlsx workbook into a source table, every cell as text. The universal
 * build of read-excel-file is used because it runs both in the browser bundle and in Node (CLI).
 */
import readXlsxFile from 'read-excel-file/universal';
import { errorMessage, type Message, MessageError, message } from '../domain/message.ts';
import { type SourceTable, tableFromRows } from './source-table.ts';
import { measureZipEntries } from './unzip-entries.ts';

/** Bytes as the ArrayBuffer read-excel-file wants (a Uint8Array may view part of a bigger buffer). */
function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

/** Numbers come back exactly as stored, so codes and coordinates are not re-formatted. */
const READ_OPTIONS = { parseNumber: (text: string) => text, trim: false };

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Date cells (e.g. a 计划年度 typed as a date) are written as ISO dates, which stay readable.
    return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Whether the bytes start like an .xls (OLE2 compound document), which this reader cannot read. */
export function isLegacyExcel(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

/** Whether the bytes start like a zip archive (an .xlsx is one). */
export function isZipArchive(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The message that asks for a re-save as .xlsx. */
export function legacyExcelMessage(fileName: string): Message {
  return message('workbookLegacyExcel', { file: fileName });
}

/** The parts read-excel-file unzips (its own filter): the workbook's XML and their relations. */
function isWorkbookPart(name: string): boolean {
  return name.endsWith('.xml') || name.endsWith('.xml.rels');
}

/**
 * The library's error in the user's words. Its errors carry a stable `code` or `name`; the
 * English text is never shown, since it speaks of the library's internals.
 */
function describeWorkbookError(error: unknown): Message {
  const {
    name,
    code,
    message: text,
  } = (error ?? {}) as { name?: unknown; code?: unknown; message?: unknown };
  if (name === 'InvalidInputError') {
    if (code === 'INVALID_ZIP') return message('workbookNotUnzipped');
    if (code === 'NO_DATA') return message('workbookNoData');
    return message('workbookNotExcel');
  }
  if (name === 'InvalidSpreadsheetError' && typeof text === 'string' && /not found inside/i.test(text)) {
    return message('workbookNoContent');
  }
  if (name === 'InvalidSpreadsheetError') return message('workbookStructureBroken');
  return message('workbookReadFailed');
}

async function readAllSheets(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ sheet: string; data: unknown[][] }[]> {
  try {
    // The library inflates every part at once without a limit: measure first, within the limits.
    await measureZipEntries(bytes, { wanted: isWorkbookPart });
  } catch (error) {
    throw new MessageError(message('workbookUnreadable', { file: fileName, reason: errorMessage(error) }));
  }
  try {
    return await readXlsxFile(toArrayBuffer(bytes), READ_OPTIONS);
  } catch (error) {
    throw new MessageError(
      message('workbookUnreadable', { file: fileName, reason: describeWorkbookError(error) }),
    );
  }
}

/**
 * Reads one sheet (by name or 1-based number; the first when absent). Row numbers are the
 * sheet's own, so messages point at the row the user sees in Excel; the header is `headerRow`
 * or the first row that looks like one, past title rows.
 * @throws MessageError for a missing sheet or a file that is not .xlsx
 */
export async function readWorkbookTable(
  bytes: Uint8Array,
  fileName: string,
  sheet?: string | number,
  headerRow?: number,
): Promise<{ table: SourceTable | null; sheet: string; sheetNames: string[] }> {
  const sheets = await readAllSheets(bytes, fileName);
  const sheetNames = sheets.map((item) => item.sheet);
  const wanted = typeof sheet === 'string' && /^\d+$/.test(sheet.trim()) ? Number(sheet) : sheet;
  const chosen =
    wanted === undefined || wanted === ''
      ? sheets[0]
      : typeof wanted === 'number'
        ? sheets[wanted - 1]
        : sheets.find((item) => item.sheet === wanted || item.sheet.trim() === wanted.trim());
  if (!chosen) {
    throw new MessageError(
      message('workbookSheetMissing', { file: fileName, sheet: String(sheet), sheets: sheetNames }),
    );
  }
  const rows = chosen.data.map((row) => row.map(cellText));
  const table = tableFromRows(fileName, 'xlsx', rows, 1, headerRow === undefined ? {} : { headerRow });
  return { table, sheet: chosen.sheet, sheetNames };
}
