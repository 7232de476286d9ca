/** The outcome of reading a file of records: what was taken, with what warnings, and what not. */

/** One problem found in an input row. */
export interface RowIssue {
  /** The file's name as the user knows it. */
  file: string;
  /** 1-based line number in the file, counting the header as line 1. */
  row: number;
  /** The column the problem is in, as named in the file's header; null for the whole row. */
  column: string | null;
  /** What is wrong, in Chinese. */
  message: string;
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
  fileErrors: string[];
  /** Notes about the whole file that do not stop it (e.g. a column missing, its default used). */
  fileWarnings?: string[];
  /** The file's header in its order, so rejected rows can be written back as they came. */
  headers?: string[];
}

/**
 * A problem as one Chinese sentence naming the file, row and column.
 * @example formatRowIssue({ file: 'a.csv', row: 5, column: '经度', message: '不是数字' })
 * // 'a.csv 第 5 行「经度」：不是数字'
 */
export function formatRowIssue(issue: RowIssue): string {
  const column = issue.column ? `「${issue.column}」` : '';
  return `${issue.file} 第 ${issue.row} 行${column}：${issue.message}`;
}
