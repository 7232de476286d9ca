/**
 * One hostile input, run alone in a fresh process so that its peak memory (maxRSS) is its own:
 * `tsx scripts/bench/hostile-case.ts <case>` prints { ms, peakMegabytes, outcome } as JSON.
 * Called by hostile-bench.ts.
 */
import Papa from 'papaparse';
import { translateMessage } from '../../src/i18n/index.ts';
import { parseDelimitedText } from '../../src/io/parse-delimited-text.ts';
import { readBoundaryFile } from '../../src/io/read-boundary-file.ts';
import { readRosterBytes } from '../../src/io/read-roster-bytes.ts';
import { readSourceTable } from '../../src/io/read-source-table.ts';
import { buildZip, utf8 } from '../../tests/unit/io/fixtures.ts';
import { zeroBomb } from '../../tests/unit/io/hostile/hostile-inputs.ts';

/** A roster of `count` schools with every canonical column filled, as a province would send. */
function provinceRoster(count: number): string {
  const header =
    '学校代码,学校名称,学校类型,经度,纬度,所属乡镇,办学性质,寄宿制,中心校,普惠性,示范等级,在校生数,班级数,教职工数,计算机数,宽带Mbps,标准化建设,项目类型,项目状态,计划年度,投资万元,备注,数据来源';
  const lines = [header];
  for (let index = 0; index < count; index++) {
    const longitude = (104 + (index % 7000) / 1000).toFixed(6);
    const latitude = (21 + Math.floor(index / 7000) / 1000).toFixed(6);
    lines.push(
      `${String(4500000000 + index)},某某县第${index}中心小学,小学,${longitude},${latitude},某某镇,公办,否,是,,,${600 + (index % 900)},${12 + (index % 30)},${40 + (index % 60)},${index % 120},100,是,,,,,,2024年教育事业统计`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function unclosedQuotes(count: number): string {
  const lines = ['学校名称,备注'];
  for (let index = 0; index < count; index++) lines.push(`第${index}小学,"未闭合的备注${index}`);
  return `${lines.join('\n')}\n`;
}

/** The reader before: papaparse again over the rest of the text after every unclosed quote. */
function reparseAfterEachQuote(text: string): number {
  let rows = 0;
  let rest = text;
  for (;;) {
    const parsed = Papa.parse<string[]>(rest, { delimiter: ',', newline: '\n' });
    const missing = parsed.errors.find((error) => error.type === 'Quotes');
    if (!missing) return rows + parsed.data.length;
    rows += (missing.row ?? 0) + 1;
    const newline = rest.indexOf('\n', (missing.index ?? 1) - 1);
    if (newline < 0) return rows;
    rest = rest.slice(newline + 1);
  }
}

const zh = (text: Parameters<typeof translateMessage>[1]) => translateMessage('zh-CN', text);

const CASES: Record<string, () => Promise<string> | string> = {
  'roster-150k': async () => {
    const bytes = utf8(provinceRoster(150_000));
    const result = await readRosterBytes(bytes, 'province.csv');
    return `${(bytes.byteLength / 2 ** 20).toFixed(1)} MB, ${result.accepted.length.toLocaleString('en-US')} rows accepted`;
  },
  'roster-150k-spread': () => {
    const parsed = Papa.parse<string[]>(provinceRoster(150_000), { delimiter: ',', newline: '\n' });
    const rows: string[][] = [];
    try {
      rows.push(...parsed.data);
      return `${rows.length} rows`;
    } catch (error) {
      return `fails: ${(error as Error).message}`;
    }
  },
  'roster-100k-size': async () => {
    const bytes = utf8(provinceRoster(100_000));
    const result = await readRosterBytes(bytes, 'province.csv');
    return `${(bytes.byteLength / 2 ** 20).toFixed(1)} MB (cap 50 MB), ${result.accepted.length.toLocaleString('en-US')} rows accepted`;
  },
  'quotes-20k': () => {
    const { table } = parseDelimitedText(unclosedQuotes(20_000), 'quotes.csv');
    return `${Object.keys(table?.rowProblems ?? {}).length.toLocaleString('en-US')} rows named`;
  },
  'quotes-5k-before': () => `${reparseAfterEachQuote(unclosedQuotes(5_000))} rows`,
  'quotes-20k-before': () => `${reparseAfterEachQuote(unclosedQuotes(20_000))} rows`,
  'zip-bomb': async () => {
    const archive = buildZip([
      { name: 'layer.shp', data: new Uint8Array(0), compressed: zeroBomb(2048), declaredSize: 2048 },
    ]);
    const result = await readBoundaryFile(archive, 'bomb.zip');
    return `${(archive.byteLength / 2 ** 20).toFixed(1)} MB zip of 2 GB; ${result.status === 'error' ? zh(result.message).slice(0, 60) : 'read'}…`;
  },
  'zip-bomb-declared': async () => {
    const archive = buildZip([
      { name: 'layer.shp', data: new Uint8Array(0), compressed: zeroBomb(2048), declaredSize: 2 ** 31 },
    ]);
    const result = await readBoundaryFile(archive, 'bomb.zip');
    return `${result.status === 'error' ? zh(result.message).slice(0, 60) : 'read'}…`;
  },
  'xlsx-bomb': async () => {
    const archive = buildZip([
      { name: '[Content_Types].xml', data: utf8('<?xml version="1.0"?><Types/>'), deflate: true },
      { name: 'xl/workbook.xml', data: utf8('<?xml version="1.0"?><workbook/>'), deflate: true },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: new Uint8Array(0),
        compressed: zeroBomb(1024),
        declaredSize: 1024,
      },
    ]);
    const read = await readSourceTable(archive, 'bomb.xlsx');
    return `${(archive.byteLength / 2 ** 20).toFixed(1)} MB .xlsx of a 1 GB sheet; ${read.ok ? 'read' : zh(read.message).slice(0, 60)}…`;
  },
};

const name = process.argv[2] ?? '';
const run = CASES[name];
if (!run) throw new Error(`unknown case ${name}`);
const started = performance.now();
const outcome = await run();
const ms = performance.now() - started;
console.log(JSON.stringify({ ms, peakMegabytes: process.resourceUsage().maxRSS / 1024, outcome }));
