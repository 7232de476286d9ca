/**
 * Benchmark of the roster import: a seeded 100,000-row roster as UTF-8 CSV, as GB18030 CSV and
 * as .xlsx, read by `readRosterBytes` (decode, parse, map, check) with the time of each stage,
 * against the naive way (papaparse with `header: true, dynamicTyping: true` and one object per
 * row) and what the naive way gets wrong. `importBenchmark()` returns markdown lines for
 * docs/PERFORMANCE.md; scripts/bench.ts calls it. Run alone with `npx tsx scripts/bench/import-bench.ts`.
 */

import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { ROSTER_COLUMNS, SCHOOL_TYPES } from '../../src/domain/school.ts';
import { translateMessage } from '../../src/i18n/index.ts';
import { decodeText } from '../../src/io/decode-text.ts';
import { parseDelimitedText } from '../../src/io/parse-delimited-text.ts';
import { type RosterImportResult, readRosterBytes, readRosterTable } from '../../src/io/read-roster-bytes.ts';
import { readWorkbookTable } from '../../src/io/read-workbook-table.ts';
import { writeRosterXlsx } from '../../src/io/write-roster-xlsx.ts';
import { createSeededRandom } from '../geodata/seeded-random.ts';
import { format, median } from './timing.ts';

const ROWS = 100_000;
const RUNS = 3;
/** The workbook is read once only if one read takes less than this (read-excel-file is slow). */
const WORKBOOK_BUDGET_MS = 30_000;

const TOWNSHIPS = [
  '桥圩镇',
  '木格镇',
  '湛江镇',
  '东津镇',
  '八塘街道',
  '江南街道',
  '木梓镇',
  '瓦塘镇',
  '新塘镇',
];
const NAME_ENDINGS = ['中心小学', '第一小学', '村小', '中学', '幼儿园', '教学点', '九年一贯制学校'];

async function timed<T>(run: () => T | Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

/**
 * The roster as a bureau keeps it: Chinese header, codes with leading zeros, a few cells in the
 * spellings bureaus use (完小, 约300, degrees-minutes-seconds), the rest plain. Seeded.
 */
function rosterText(rows: number): string {
  const seeded = createSeededRandom(20_240_501);
  const random = () => seeded.next();
  const pick = <T>(items: readonly T[]): T => seeded.pick(items);
  const lines: string[] = [ROSTER_COLUMNS.join(',')];
  for (let index = 0; index < rows; index++) {
    const township = pick(TOWNSHIPS);
    const lon = 109.3 + random() * 0.6;
    const lat = 22.8 + random() * 0.5;
    const slip = random();
    const cells: Record<string, string> = {
      // 学校标识码 are 10 digits; some bureaus' own codes start with zeros.
      学校代码: random() < 0.4 ? `00${String(45_080_000 + index)}` : String(2_145_080_000 + index),
      学校名称: `${township}${index}${pick(NAME_ENDINGS)}`,
      学校类型: slip < 0.02 ? '完小' : pick(SCHOOL_TYPES),
      经度:
        slip > 0.99
          ? `${Math.floor(lon)}°${Math.floor((lon % 1) * 60)}′${((lon * 3600) % 60).toFixed(1)}″`
          : lon.toFixed(6),
      纬度: lat.toFixed(6),
      所属乡镇: township,
      办学性质: random() < 0.9 ? '公办' : '民办',
      寄宿制: random() < 0.3 ? '是' : '否',
      中心校: random() < 0.1 ? '是' : '否',
      普惠性: random() < 0.5 ? '是' : '否',
      示范等级: '',
      在校生数: slip > 0.98 ? `约${Math.floor(random() * 1000)}` : String(Math.floor(random() * 2000)),
      班级数: String(Math.floor(random() * 40)),
      教职工数: String(Math.floor(random() * 120)),
      计算机数: '',
      宽带Mbps: '100',
      标准化建设: pick(['已达标', '未达标', '']),
      项目类型: '',
      项目状态: '',
      计划年度: '',
      投资万元: '',
      备注: random() < 0.05 ? '"含分校区, 另见附表"' : '',
      数据来源: '2019年教育统计',
    };
    lines.push(ROSTER_COLUMNS.map((column) => cells[column] ?? '').join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * GB18030 bytes of a text. Node has no GBK encoder, so the table is the inverse of its decoder
 * over every two-byte code; ASCII stays one byte.
 */
function encodeGb18030(text: string): Uint8Array {
  const pairs: number[] = [];
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) if (trail !== 0x7f) pairs.push(lead, trail);
  }
  const table = new Map<string, number>();
  [...new TextDecoder('gb18030').decode(new Uint8Array(pairs))].forEach((character, index) => {
    if (!table.has(character)) table.set(character, index);
  });
  const bytes = new Uint8Array(text.length * 2);
  let length = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const index = table.get(character);
    if (code < 0x80) bytes[length++] = code;
    else if (index !== undefined) {
      bytes[length++] = pairs[index * 2] ?? 0;
      bytes[length++] = pairs[index * 2 + 1] ?? 0;
    } else throw new Error(`no two-byte GB18030 code for ${character}`);
  }
  return bytes.slice(0, length);
}

interface Stages {
  decode: number;
  parse: number;
  check: number;
}

/** The pipeline stage by stage (what readRosterBytes does, timed apart). */
async function stages(bytes: Uint8Array): Promise<Stages> {
  const decode = await timed(() => decodeText(bytes));
  const parse = await timed(() => parseDelimitedText(decode.value.text, 'bench.csv'));
  const table = parse.value.table;
  if (!table) throw new Error('the benchmark roster did not parse');
  const check = await timed(() => readRosterTable(table));
  return { decode: decode.ms, parse: parse.ms, check: check.ms };
}

/** The naive way: papaparse guessing types, one object per row, no checks. */
function naiveImport(text: string): Record<string, unknown>[] {
  const parsed = Papa.parse<Record<string, unknown>>(text, {
    header: true,
    dynamicTyping: true,
    skipEmptyLines: true,
  });
  return parsed.data.map((row) => ({ ...row }));
}

async function csvRows(label: string, bytes: Uint8Array): Promise<string[]> {
  const totals: number[] = [];
  const stageRuns: Stages[] = [];
  let accepted = 0;
  let warned = 0;
  for (let run = 0; run < RUNS; run++) {
    const { value, ms } = await timed(() => readRosterBytes(bytes, 'bench.csv'));
    totals.push(ms);
    accepted = value.accepted.length;
    warned = value.accepted.filter((row) => row.warnings.length > 0).length;
    stageRuns.push(await stages(bytes));
  }
  const stage = (key: keyof Stages) => format(median(stageRuns.map((item) => item[key])));
  return [
    `| ${label}, ${(bytes.byteLength / 2 ** 20).toFixed(1)} MB | ${format(median(totals))} | ${stage('decode')} | ${stage('parse')} | ${stage('check')} | ${accepted.toLocaleString('en')} (${warned.toLocaleString('en')} warned) |`,
  ];
}

async function workbookRows(text: string): Promise<string[]> {
  const first = await readRosterBytes(utf8(text), 'bench.csv');
  const schools = first.accepted.map((row) => row.record);
  const written = await timed(() => writeRosterXlsx(schools));
  const bytes = written.value;
  const read = await timed(() => readWorkbookTable(bytes, 'bench.xlsx'));
  const size = `${(bytes.byteLength / 2 ** 20).toFixed(1)} MB`;
  if (read.ms > WORKBOOK_BUDGET_MS) {
    return [
      `| .xlsx, ${size} | > ${WORKBOOK_BUDGET_MS / 1000} s to open the workbook: not timed further | | | | |`,
    ];
  }
  const table = read.value.table;
  if (!table) throw new Error('the benchmark workbook is empty');
  const check = await timed(() => readRosterTable(table));
  return [
    `| .xlsx (written by writeRosterXlsx in ${format(written.ms)} ms), ${size}, one run | ${format(read.ms + check.ms)} | ${format(read.ms)} (unzip + XML) | — | ${format(check.ms)} | ${table.rows.length.toLocaleString('en')} |`,
  ];
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** The seeded slips can make a row unreadable (e.g. seconds rounded up to 60.0″): say which. */
function rejectedNote(result: RosterImportResult): string {
  const first = result.rejected[0]?.errors[0];
  if (!first) return '';
  return ` ${result.rejected.length} row(s) rejected, as they should be, e.g. 「${first.column ?? ''}」：${translateMessage('zh-CN', first.message)}`;
}

/** Markdown lines for docs/PERFORMANCE.md: the import of a 100,000-row roster. */
export async function importBenchmark(): Promise<string[]> {
  const text = rosterText(ROWS);
  const utf8Bytes = utf8(text);
  const gb18030Bytes = encodeGb18030(text);
  const naiveTimes: number[] = [];
  let naive: Record<string, unknown>[] = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await timed(() => naiveImport(text));
    naiveTimes.push(result.ms);
    naive = result.value;
  }
  const written = text.split('\r\n').filter((line) => line.startsWith('00')).length;
  const lostZeros = naive.filter(
    (row) => typeof row.学校代码 === 'number' && String(row.学校代码).length < 10,
  ).length;
  const approximateLost = naive.filter(
    (row) => typeof row.在校生数 === 'string' && String(row.在校生数).startsWith('约'),
  ).length;
  const dmsKept = naive.filter((row) => typeof row.经度 === 'string').length;
  const ours = await readRosterBytes(utf8Bytes, 'bench.csv');
  const codesKept = ours.accepted.filter((row) => row.record.code.startsWith('00')).length;
  return [
    `A seeded roster of ${ROWS.toLocaleString('en')} schools with the canonical Chinese header (40 % of codes with leading zeros, 2 % 完小, 2 % 约-counts, 1 % degrees-minutes-seconds, 5 % quoted notes with commas). Median of ${RUNS} runs in Node; the browser runs the same code in the import worker (\`src/workers/import.worker.ts\`), which posts progress about 100 times.${rejectedNote(ours)}`,
    '',
    '| file | readRosterBytes ms | decode ms | parse ms | map + check ms | schools accepted |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...(await csvRows('CSV, UTF-8', utf8Bytes)),
    ...(await csvRows('CSV, GB18030 (no BOM: strict UTF-8 fails first)', gb18030Bytes)),
    ...(await workbookRows(text)),
    `| naive: papaparse \`header: true, dynamicTyping: true\`, an object per row, no checks | ${format(median(naiveTimes))} | — | — | — | ${naive.length.toLocaleString('en')} |`,
    '',
    `What the naive read gets wrong on the same file: ${lostZeros.toLocaleString('en')} of the ${written.toLocaleString('en')} codes written with leading zeros became numbers without them (ours keeps all ${codesKept.toLocaleString('en')}), and every other code became a number too; ${approximateLost.toLocaleString('en')} 约-counts and ${dmsKept.toLocaleString('en')} degree-minute-second longitudes stay unread strings next to numbers; nothing is checked or reported (no row numbers, no unknown kinds, no positions outside China), and a GB18030 file would need a decoder it does not choose.`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log((await importBenchmark()).join('\n'));
}
