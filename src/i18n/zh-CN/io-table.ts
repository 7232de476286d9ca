/** Simplified Chinese texts of reading table files: encodings, separators, workbooks, archives, rows. */
export const ioTableZh = {
  rowIssueInColumn: '{file} 第 {row} 行「{column}」：{problem}',
  rowIssue: '{file} 第 {row} 行：{problem}',
  rowIssueInColumnOfFile: '第 {row} 行「{column}」：{problem}',
  rowIssueOfFile: '第 {row} 行：{problem}',
} as const;
