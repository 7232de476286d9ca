import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { message } from '../../../src/domain/message.ts';
import { translateMessage } from '../../../src/i18n/index.ts';
import { readRosterBytes } from '../../../src/io/read-roster-bytes.ts';
import { rejectedRowsCsv } from '../../../src/io/rejected-rows-csv.ts';
import { buildImportReport, formatImportSummary, summariseImport } from '../../../src/io/summarise-import.ts';
import { zh, zhAll } from '../messages.ts';
import { readFixture } from './fixtures.ts';

describe('rejectedRowsCsv', () => {
  it('gives the rejected rows with their original text, header and a 问题 column, UTF-8 with BOM', async () => {
    const result = await readRosterBytes(readFixture('roster-rejects.csv'), '名录.csv');
    const csv = rejectedRowsCsv(result, zh);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(header).toEqual(['学校代码', '学校名称', '学校类型', '经度', '纬度', '问题']);
    expect(rows).toHaveLength(6);
    expect(rows[2]).toEqual([
      '004',
      '坐标错',
      '小学',
      'abc',
      '23.1',
      '第 5 行「经度」：“abc”不是可识别的坐标，应为十进制度数（如 109.5862）或度分秒（如 109°35′12″）',
    ]);
    // A formula-like cell gets the apostrophe every CSV of the atlas writes; re-import takes it off.
    expect(rows[5]?.[1]).toBe(`'=HYPERLINK("http://x")`);
  });

  it('keeps a file column that is itself called 问题 apart from the added one', () => {
    const csv = rejectedRowsCsv(
      {
        file: 'a.csv',
        accepted: [],
        fileErrors: [],
        headers: ['名称', '问题'],
        rejected: [
          {
            row: 2,
            original: { 名称: '甲', 问题: '无' },
            errors: [{ file: 'a.csv', row: 2, column: null, message: message('rosterRequired') }],
          },
        ],
      },
      zh,
    );
    expect(csv).toBe('\uFEFF名称,问题,问题（导入）\r\n甲,无,第 2 行：不能为空\r\n');
    // In English the added column and the reasons are in English; the file's own cells stay.
    const english = rejectedRowsCsv(
      {
        file: 'a.csv',
        accepted: [],
        fileErrors: [],
        headers: ['名称'],
        rejected: [
          {
            row: 2,
            original: { 名称: '甲' },
            errors: [{ file: 'a.csv', row: 2, column: '名称', message: message('rosterRequired') }],
          },
        ],
      },
      (text) => translateMessage('en', text),
    );
    expect(english).toBe('\uFEFF名称,Problem\r\n甲,"Row 2, column “名称”: Must not be empty"\r\n');
  });
});

describe('import summary and report', () => {
  it('counts and reports every row in file order', async () => {
    const result = await readRosterBytes(readFixture('roster-swapped.csv'), '名录.csv');
    expect(summariseImport(result)).toEqual({ total: 2, accepted: 2, warned: 2, rejected: 0 });
    expect(zh(formatImportSummary(result))).toBe(
      '名录.csv：共 2 行，接受 2 行（其中 2 行有警告），拒绝 0 行',
    );
    const rejects = await readRosterBytes(readFixture('roster-rejects.csv'), 'r.csv');
    const report = buildImportReport(rejects);
    expect(report.rows.map((row) => [row.row, row.status])).toEqual([
      [2, 'accepted'],
      [3, 'rejected'],
      [4, 'rejected'],
      [5, 'rejected'],
      [6, 'rejected'],
      [8, 'rejected'],
      [9, 'rejected'],
    ]);
    expect(report.rows[1]?.issues.map((issue) => [issue.column, zh(issue.message)])).toEqual([
      ['学校名称', '不能为空'],
    ]);
    expect(zhAll(report.fileWarnings)).toEqual(['r.csv：没有“办学性质”列，全部按公办处理']);
  });
});
