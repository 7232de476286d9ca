/**
 * What every bad-roster case is made of, and the small file builders the cases share.
 */
import writeXlsxFile from 'write-excel-file/universal';
import { formatRowIssue } from '../../../../src/io/import-result.ts';
import type { ReadRosterOptions, RosterImportResult } from '../../../../src/io/read-roster-bytes.ts';
import { zhAll } from '../../messages.ts';
import { utf8 } from '../fixtures.ts';

/** How a file ended: the worst thing that happened to it. */
export type Outcome = 'accepted' | 'warned' | 'rejected' | 'file error';

export interface RosterCase {
  /** What is wrong with the file. */
  name: string;
  file: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
  options?: ReadRosterOptions;
  outcome: Outcome;
  /** Every message: file errors, file warnings, then row issues in row order. */
  messages: string[];
  /** Further checks of what was read. */
  check?: (result: RosterImportResult) => void;
}

/** The header most cases use: with 学校代码 and 办学性质, so no file-wide notes appear. */
export const HEADER = '学校代码,学校名称,学校类型,经度,纬度,办学性质';
export const GOOD_ROW = '0045080001,桥圩镇中心小学,小学,109.6,23.1,公办';

/** A UTF-8 CSV file of these lines. */
export function csv(lines: readonly string[], lineEnding = '\r\n'): Uint8Array {
  return utf8(`${lines.join(lineEnding)}${lineEnding}`);
}

/** A deterministic "random" binary file (a picture, a database …). */
export function binaryNoise(length: number): Uint8Array {
  let state = 12345;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state >>> 16;
  });
}

/** A workbook with a title row, a unit-and-date row above the header, and a 总计 row. */
export async function titledWorkbook(): Promise<Uint8Array> {
  const text = (value: string) => ({ value, type: String });
  const blob = await writeXlsxFile([
    [text('港南区学校名录（2019年）')],
    [text('填报单位：港南区教育局'), null, null, text('填报日期：2019-09-01')],
    HEADER.split(',').map(text),
    GOOD_ROW.split(',').map(text),
    [text('总计'), null, null, null, null, null],
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** A name of more than 10,000 characters. */
export const LONG_NAME = `港南区${'很'.repeat(10_000)}小学`;

/** How the read ended: its worst result. */
export function outcomeOf(result: RosterImportResult): Outcome {
  if (result.fileErrors.length > 0) return 'file error';
  if (result.rejected.length > 0) return 'rejected';
  const warned =
    (result.fileWarnings ?? []).length > 0 || result.accepted.some((row) => row.warnings.length > 0);
  return warned ? 'warned' : 'accepted';
}

/** Every message of a read, in Chinese: file errors, file warnings, then row issues in row order. */
export function messagesOf(result: RosterImportResult): string[] {
  const rows = [
    ...result.accepted.map((row) => ({ row: row.row, issues: row.warnings })),
    ...result.rejected.map((row) => ({ row: row.row, issues: row.errors })),
  ].sort((a, b) => a.row - b.row);
  return zhAll([
    ...result.fileErrors,
    ...(result.fileWarnings ?? []),
    ...rows.flatMap((row) => row.issues.map(formatRowIssue)),
  ]);
}
