/** English texts of reading table files: encodings, separators, workbooks, archives, rows. */
import type { ioTableZh } from '../zh-CN/io-table.ts';

export const ioTableEn: Record<keyof typeof ioTableZh, string> = {
  rowIssueInColumn: '{file}, row {row}, column “{column}”: {problem}',
  rowIssue: '{file}, row {row}: {problem}',
  rowIssueInColumnOfFile: 'Row {row}, column “{column}”: {problem}',
  rowIssueOfFile: 'Row {row}: {problem}',
};
