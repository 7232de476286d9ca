/** The outcome of reading a file of records: what was taken, with what warnings, and what not. */
import { type Message, message } from '../domain/message.ts';

/** One problem found in an input row. */
export interface RowIssue {
  /** The file's name as the user knows it. */
  file: string;
  /** 1-based line number in the file, counting the header as line 1. */
  row: number;
  /** The column the problem is in, as named in the file's header; null for the whole row. */
  column: string | null;
  /** What is wrong. */
  message: Message;
}

/** A row that was taken, possibly with warnings. */
export interface AcceptedRow<T> {
  row: number;
  record: T;
  warnings: RowIssue[];
}

/** A row that was not taken, with its original text so the user can fix and re-import it. */
export interface RejectedRow {
  row: number;
  original: Record<string, string>;
  errors: RowIssue[];
}

/** What reading a file gave. */
export interface ImportResult<T> {
  file: string;
  accepted: AcceptedRow<T>[];
  rejected: RejectedRow[];
  /** Problems with the file as a whole (missing columns, unreadable text). */
  fileErrors: Message[];
  /** Notes about the whole file that do not stop it (e.g. a column missing, its default used). */
  fileWarnings?: Message[];
  /** The file's header in its order, so rejected rows can be written back as they came. */
  headers?: string[];
}

/**
 * A problem as one sentence naming the file, row and column.
 * @example formatRowIssue({ file: 'a.csv', row: 5, column: '经度', message }) // in Chinese: 'a.csv 第 5 行「经度」：…'
 */
export function formatRowIssue(issue: RowIssue): Message {
  const { file, row, column, message: problem } = issue;
  return column
    ? message('rowIssueInColumn', { file, row, column, problem })
    : message('rowIssue', { file, row, problem });
}

/**
 * A problem without the file's name, for a list that is all of one file (the rejected rows'
 * 问题 column, the dialog's report): 第 5 行「经度」：…
 */
export function formatRowIssueInFile(issue: RowIssue): Message {
  const { row, column, message: problem } = issue;
  return column
    ? message('rowIssueInColumnOfFile', { row, column, problem })
    : message('rowIssueOfFile', { row, problem });
}
