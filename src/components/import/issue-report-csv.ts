/** The per-row report of an import as a CSV that Excel opens, for lists too long to read on screen. */
import Papa from 'papaparse';
import type { ImportReport } from '../../io/summarise-import.ts';

const STATUS_NAMES = { accepted: '接受', warned: '接受但有警告', rejected: '拒绝' } as const;

/**
 * Every issue of the report, one line each: 行号, 结果, 列, 原因 (UTF-8 with BOM, CRLF).
 * @example issueReportCsv(buildImportReport(result)).split('\r\n')[0] // '\uFEFF行号,结果,列,原因'
 */
export function issueReportCsv(report: ImportReport): string {
  const data = report.rows.flatMap((row) =>
    row.issues.map((issue) => [String(row.row), STATUS_NAMES[row.status], issue.column ?? '', issue.message]),
  );
  const fileLines = [...report.fileErrors, ...report.fileWarnings].map((message) => ['', '', '', message]);
  return `\uFEFF${Papa.unparse({ fields: ['行号', '结果', '列', '原因'], data: [...fileLines, ...data] }, { newline: '\r\n' })}\r\n`;
}
