/** Counting and reporting what an import did with every row. */
import { type Message, message } from '../domain/message.ts';
import type { ImportResult } from './import-result.ts';

/** Row counts of an import. */
export interface ImportSummary {
  /** Data rows read (accepted + rejected). */
  total: number;
  /** Rows taken, with or without warnings. */
  accepted: number;
  /** Rows taken with at least one warning. */
  warned: number;
  rejected: number;
}

/** What happened to one input row. */
export type RowStatus = 'accepted' | 'warned' | 'rejected';

/** The per-row report (the CLI's --report file, the dialog's downloadable report). */
export interface ImportReport {
  file: string;
  summary: ImportSummary;
  /** Problems with the file as a whole. */
  fileErrors: Message[];
  /** Notes about the file as a whole that did not stop it. */
  fileWarnings: Message[];
  /** Every input row in file order, with its status and reasons. */
  rows: { row: number; status: RowStatus; issues: { column: string | null; message: Message }[] }[];
}

/** Counts the rows of an import. */
export function summariseImport(result: ImportResult<unknown>): ImportSummary {
  const warned = result.accepted.filter((row) => row.warnings.length > 0).length;
  return {
    total: result.accepted.length + result.rejected.length,
    accepted: result.accepted.length,
    warned,
    rejected: result.rejected.length,
  };
}

/**
 * The summary as one line.
 * @example formatImportSummary(result) // in Chinese: '名录.csv：共 120 行，接受 110 行（其中 6 行有警告），拒绝 10 行'
 */
export function formatImportSummary(result: ImportResult<unknown>): Message {
  const { total, accepted, warned, rejected } = summariseImport(result);
  return warned > 0
    ? message('importSummaryWarned', { file: result.file, total, accepted, warned, rejected })
    : message('importSummary', { file: result.file, total, accepted, rejected });
}

/** The per-row report of an import, rows in file order. */
export function buildImportReport(result: ImportResult<unknown>): ImportReport {
  const rows: ImportReport['rows'] = [
    ...result.accepted.map((row) => ({
      row: row.row,
      status: (row.warnings.length > 0 ? 'warned' : 'accepted') as RowStatus,
      issues: row.warnings.map(({ column, message }) => ({ column, message })),
    })),
    ...result.rejected.map((row) => ({
      row: row.row,
      status: 'rejected' as RowStatus,
      issues: row.errors.map(({ column, message }) => ({ column, message })),
    })),
  ].sort((a, b) => a.row - b.row);
  return {
    file: result.file,
    summary: summariseImport(result),
    fileErrors: result.fileErrors,
    fileWarnings: result.fileWarnings ?? [],
    rows,
  };
}
