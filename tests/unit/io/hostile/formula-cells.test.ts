/**
 * Every CSV the atlas writes goes through one escaping writer: a cell starting with = + - @,
 * their full-width forms, a tab or a carriage return reaches no spreadsheet as a formula; and
 * the workbook writes text as typed text cells, never formulas.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { run as runAnalyze } from '../../../../scripts/cli/analyze-command.ts';
import { issueReportCsv } from '../../../../src/components/import/issue-report-csv.ts';
import { message } from '../../../../src/domain/message.ts';
import type { ImportResult } from '../../../../src/io/import-result.ts';
import { rejectedRowsCsv } from '../../../../src/io/rejected-rows-csv.ts';
import { buildImportReport } from '../../../../src/io/summarise-import.ts';
import { csvCell, writeCsv } from '../../../../src/io/write-csv.ts';
import { writeRosterXlsx } from '../../../../src/io/write-roster-xlsx.ts';
import { runCommand } from '../../command-streams.ts';
import { zh } from '../../messages.ts';
import { makeSchool } from '../../school-fixtures.ts';

const FORMULAS = ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '＝1', '\tx', '\rx'];

describe('writeCsv', () => {
  it('puts an apostrophe before every formula-like cell, header included, and keeps numbers', () => {
    for (const formula of FORMULAS) expect(csvCell(formula)).toBe(`'${formula}`);
    for (const number of ['-12.5', '+3', '0045', '1e5']) expect(csvCell(number)).toBe(number);
    expect(writeCsv(['=名称'], [['@甲'], ['-5']])).toBe("\uFEFF'=名称\r\n'@甲\r\n-5\r\n");
  });
});

describe('the CSVs the atlas writes', () => {
  const rejected: ImportResult<unknown> = {
    file: '名录.csv',
    headers: ['学校名称', '经度'],
    accepted: [],
    rejected: [
      {
        row: 2,
        original: { 学校名称: '=HYPERLINK("http://x")', 经度: '@abc' },
        errors: [{ row: 2, column: '经度', message: message('fileEmpty', { file: '名录.csv' }) }],
      },
    ],
    fileErrors: [],
  } as unknown as ImportResult<unknown>;

  it('the rejected rows', () => {
    const csv = rejectedRowsCsv(rejected, zh);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",'@abc,`);
  });

  it('the issue report', () => {
    const report = buildImportReport({
      ...rejected,
      rejected: [
        {
          ...rejected.rejected[0],
          errors: [{ row: 2, column: '=列', message: message('fileEmpty', { file: 'x' }) }],
        },
      ],
    } as ImportResult<unknown>);
    const csv = issueReportCsv(report, (key) => key, zh);
    expect(csv).toContain(",'=列,");
  });

  it('analyze --format csv: township names starting with = or @', { timeout: 60_000 }, async () => {
    const townships = JSON.parse(readFileSync('geodata/townships.geojson', 'utf8')) as {
      features: { properties: { name: string } }[];
    };
    const first = townships.features[0];
    if (first) first.properties.name = '=HYPERLINK("http://x")';
    const path = join(mkdtempSync(join(tmpdir(), 'atlas-hostile-')), 'townships.geojson');
    writeFileSync(path, JSON.stringify(townships));
    const { status, stdout } = await runCommand(runAnalyze, ['--townships', path, '--format', 'csv']);
    expect(status).toBe(0);
    expect(stdout).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(stdout).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});

describe('writeRosterXlsx', () => {
  it('writes formula-like text as typed text cells, never as formulas', async () => {
    const bytes = await writeRosterXlsx(
      FORMULAS.map((name, index) => makeSchool({ code: `=${index}`, name })),
    );
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    expect(sheet).not.toMatch(/<f[ >]/);
    // Every name and code cell is a string cell (shared or inline), not a number or formula.
    const cells = [...sheet.matchAll(/<c r="([AB])(\d+)"([^>]*)>/g)].filter((match) => match[2] !== '1');
    expect(cells.length).toBe(FORMULAS.length * 2);
    for (const match of cells) expect(match[3]).toMatch(/t="(s|inlineStr)"/);
  });
});
