import readXlsxFile from 'read-excel-file/universal';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DistrictAnalysis } from '../../../src/analysis/analyze-district.ts';
import { evaluateTargets } from '../../../src/analysis/evaluate-targets.ts';
import type { RuleSet } from '../../../src/domain/rules.ts';
import { CURRENT_SCENARIO, PLANNED_SCENARIO, scenarioName } from '../../../src/domain/scenario.ts';
import type { School } from '../../../src/domain/school.ts';
import { planProgressTable } from '../../../src/print/tables/plan-progress-table.ts';
import type { SheetTable } from '../../../src/print/tables/sheet-table.ts';
import { townshipResultsTable } from '../../../src/print/tables/township-results-table.ts';
import { writeTableCsv } from '../../../src/print/tables/write-table-csv.ts';
import { writeTablesXlsx } from '../../../src/print/tables/write-tables-xlsx.ts';
import { defaultRuleSet } from '../analysis/default-inputs.ts';
import { school, smallAnalysis } from './print-fixtures.ts';

const DATE = new Date(2026, 10, 28);
let schools: School[];
let ruleSet: RuleSet;
let analysis: DistrictAnalysis;

beforeAll(() => {
  schools = [
    school({ code: '1', type: '幼儿园', projectType: '新建', projectStatus: '竣工' }),
    school({ code: '2', type: '幼儿园', projectType: '新建', projectStatus: '在建' }),
    school({ code: '3', type: '幼儿园', projectType: '新建', projectStatus: '规划' }),
    school({ code: '4', type: '小学', boarding: true }),
  ];
  ruleSet = defaultRuleSet();
  analysis = smallAnalysis();
});

function csvLines(text: string): string[] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(1).split('\r\n').slice(0, -1);
}

describe('townshipResultsTable', () => {
  it('has one row per township and a 全区 row, with the scenario and the date above', () => {
    const table = townshipResultsTable(analysis, '港南区', DATE, 'zh-CN');
    expect(table.rows).toHaveLength(analysis.townships.length + 1);
    expect(table.context).toContain('情景：现状');
    expect(table.context).toContain('导出日期：2026-11-28');
    expect(table.rows.at(-1)?.[1]).toEqual({ type: 'text', value: '全区' });
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
  });

  it('gives each rule its result, actual and required value, and coverage as shares', () => {
    const table = townshipResultsTable(analysis, '港南区', DATE, 'zh-CN');
    const headers = table.columns.map((column) => column.header);
    const township = analysis.townships[0];
    const rule = township?.rules[0];
    if (!township || !rule) throw new Error('no township rule in the default data');
    const result = headers.indexOf(`${rule.title}·结果`);
    expect(result).toBeGreaterThan(0);
    expect(table.rows[0]?.[result]).toEqual({
      type: 'text',
      value: rule.pass === null ? '不适用' : rule.pass ? '达标' : '未达标',
    });
    const share = headers.indexOf('小学覆盖率');
    expect(table.rows[0]?.[share]).toEqual({ type: 'share', value: township.coverage.primary.share });
    expect(table.rows[0]?.[0]).toEqual({ type: 'text', value: township.code });
  });

  it('names the other scenario when given it', () => {
    const planned = {
      ...analysis,
      scenario: PLANNED_SCENARIO,
      scenarioTitle: scenarioName(PLANNED_SCENARIO),
    };
    expect(townshipResultsTable(planned, '港南区', DATE, 'zh-CN').context[0]).toBe('情景：规划完成后');
  });

  it('writes not-applicable rules as 不适用 and keeps codes as text', () => {
    const table = townshipResultsTable(analysis, '港南区', DATE, 'zh-CN');
    const column = table.columns.findIndex((item) => item.header === '人口大镇新建2所公办幼儿园·结果');
    expect(table.rows[0]?.[column]).toEqual({ type: 'text', value: '不适用' });
    expect(
      table.rows[1]?.[table.columns.findIndex((item) => item.header === '每个乡镇至少1所寄宿制小学·结果')],
    ).toEqual({
      type: 'text',
      value: '未达标',
    });
  });

  it('reads in English behind the switch, but for the names the data gives', () => {
    const table = townshipResultsTable(analysis, '港南区', DATE, 'en');
    const headers = table.columns.map((column) => column.header);
    expect(table.sheetName).toBe('Township rules');
    expect(table.title).toBe('港南区: planning rules by township');
    expect(table.context).toContain('Scenario: Current');
    expect(headers).toContain('Coverage, primary school');
    expect(table.rows.at(-1)?.[1]).toEqual({ type: 'text', value: 'District' });
    const cjk = /[\u3400-\u9fff]/;
    const names = new Set([
      ...analysis.townships.flatMap((township) => [
        township.name,
        ...township.rules.map((rule) => rule.title),
      ]),
      analysis.population.label,
    ]);
    const written = [table.title, ...table.context, ...headers].filter((text) => cjk.test(text));
    // What is left in Chinese is the district's, the townships' and the rules' own names.
    for (const text of written) {
      expect(
        [...names, '港南区'].some((name) => text.includes(name)),
        text,
      ).toBe(true);
    }
    for (const row of table.rows) {
      for (const cell of row) {
        if (cell?.type === 'text' && cjk.test(cell.value))
          expect(names.has(cell.value), cell.value).toBe(true);
      }
    }
  });
});

describe('planProgressTable', () => {
  it('lists every target with its counts by status, and the scenario and date', () => {
    const targets = evaluateTargets(schools, ruleSet);
    const table = planProgressTable(targets, ruleSet.title, PLANNED_SCENARIO, DATE, 'zh-CN');
    expect(table.rows).toHaveLength(targets.length);
    expect(table.context[0]).toContain('情景：规划完成后');
    expect(table.context[1]).toBe('导出日期：2026-11-28');
    const counted = targets.findIndex((target) => target.counts !== null);
    const target = targets[counted];
    expect(table.rows[counted]?.[4]).toEqual({ type: 'number', value: target?.counts?.completed });
  });
});

const HOSTILE: SheetTable = {
  sheetName: '测试',
  title: '=HYPERLINK("http://x")',
  context: ['情景：现状', '导出日期：2026-11-28'],
  columns: [
    { header: '名称', width: 10 },
    { header: '数值', width: 10 },
    { header: '比例', width: 10 },
  ],
  rows: [
    [
      { type: 'text', value: '=1+1' },
      { type: 'number', value: -5 },
      { type: 'share', value: 0.934 },
    ],
    [{ type: 'text', value: '＋全角' }, null, null],
    [{ type: 'text', value: '@SUM(A1)' }, { type: 'number', value: 3 }, null],
    [{ type: 'text', value: '-负' }, null, null],
    [{ type: 'text', value: '港南中学,"一校"' }, null, null],
  ],
};

describe('writeTableCsv', () => {
  it('writes UTF-8 with a BOM and CRLF, title and context first, then the header', () => {
    const lines = csvLines(writeTableCsv(townshipResultsTable(analysis, '港南区', DATE, 'zh-CN')));
    expect(lines[0]).toBe('港南区各乡镇规划规则检查结果,'.padEnd(lines[0]?.length ?? 0, ','));
    expect(lines[1]?.startsWith('情景：现状')).toBe(true);
    expect(lines.some((line) => line.startsWith('导出日期：2026-11-28'))).toBe(true);
    expect(lines.find((line) => line.startsWith('乡镇代码,乡镇名称'))).toBeDefined();
  });

  it('escapes text that a spreadsheet would run as a formula, full-width forms too, but not numbers', () => {
    const lines = csvLines(writeTableCsv(HOSTILE));
    expect(lines[0]?.startsWith(`"'=HYPERLINK(""http://x"")"`)).toBe(true);
    const body = lines.slice(5);
    expect(body[0]).toBe("'=1+1,-5,93.4%");
    expect(body[1]).toBe("'＋全角,,");
    expect(body[2]).toBe("'@SUM(A1),3,");
    expect(body[3]).toBe("'-负,,");
    expect(body[4]).toBe('"港南中学,""一校""",,');
  });
});

describe('writeTablesXlsx', () => {
  it('writes one sheet per table with the title, the context and typed cells', async () => {
    const tables = [
      townshipResultsTable(analysis, '港南区', DATE, 'zh-CN'),
      planProgressTable(evaluateTargets(schools, ruleSet), ruleSet.title, CURRENT_SCENARIO, DATE, 'zh-CN'),
    ];
    const bytes = await writeTablesXlsx(tables);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const sheets = await readXlsxFile(bytes.slice().buffer);
    expect(sheets.map((sheet) => sheet.sheet)).toEqual(['乡镇规则检查', '规划进度']);
    const first = sheets[0]?.data ?? [];
    expect(first[0]?.[0]).toBe('港南区各乡镇规划规则检查结果');
    expect(first[1]?.[0]).toBe('情景：现状');
    const header = first.findIndex((row) => row[0] === '乡镇代码');
    expect(first[header + 1]?.[0]).toBe(analysis.townships[0]?.code);
    expect(typeof first[header + 1]?.[3]).toBe('number');
  });

  it('keeps formula-like text as text, not as a formula', async () => {
    const sheets = await readXlsxFile((await writeTablesXlsx([HOSTILE])).slice().buffer);
    const data = sheets[0]?.data ?? [];
    expect(data[0]?.[0]).toBe('=HYPERLINK("http://x")');
    expect(data[5]?.[0]).toBe('=1+1');
  });
});
