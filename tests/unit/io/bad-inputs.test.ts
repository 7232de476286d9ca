/**
 * The bad inputs a county bureau's files really contain, table-driven: each case is a file
 * (bytes and name), every message it must produce (exactly, in Chinese, naming file, row and
 * column) and the outcome. Then the proof that none of them touches the data already loaded.
 */
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import type { School } from '../../../src/domain/school.ts';
import { mergeRoster } from '../../../src/io/import-flow/merge-roster.ts';
import { incomingSchoolsOf } from '../../../src/io/import-flow/roster-import.ts';
import { formatRowIssue } from '../../../src/io/import-result.ts';
import { type BoundaryFileResult, readBoundaryFile } from '../../../src/io/read-boundary-file.ts';
import {
  type ReadRosterOptions,
  type RosterImportResult,
  readRosterBytes,
} from '../../../src/io/read-roster-bytes.ts';
import { zhAll } from '../messages.ts';
import { makeSchool } from '../school-fixtures.ts';
import {
  buildDbf,
  buildShp,
  buildZip,
  encodeGb18030,
  GBK,
  SMALL_DISTRICT,
  utf8,
  utf16WithByteOrderMark,
} from './fixtures.ts';

/** How a file ended: the worst thing that happened to it. */
type Outcome = 'accepted' | 'warned' | 'rejected' | 'file error';

interface RosterCase {
  /** What is wrong with the file. */
  name: string;
  file: string;
  bytes: () => Uint8Array | Promise<Uint8Array>;
  options?: ReadRosterOptions;
  outcome: Outcome;
  /** Every message: file errors, file warnings, then row issues in row order. */
  messages: string[];
  /** Further checks of what was read. */
  check?: (result: RosterImportResult) => void;
}

/** The header most cases use: with 学校代码 and 办学性质, so no file-wide notes appear. */
const HEADER = '学校代码,学校名称,学校类型,经度,纬度,办学性质';
const GOOD_ROW = '0045080001,桥圩镇中心小学,小学,109.6,23.1,公办';

function csv(lines: readonly string[], lineEnding = '\r\n'): Uint8Array {
  return utf8(`${lines.join(lineEnding)}${lineEnding}`);
}

/** A deterministic "random" binary file (a picture, a database …). */
function binaryNoise(length: number): Uint8Array {
  let state = 12345;
  return Uint8Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state >>> 16;
  });
}

async function titledWorkbook(): Promise<Uint8Array> {
  const text = (value: string) => ({ value, type: String });
  const blob = await writeXlsxFile([
    [text('港南区学校名录（2019年）')],
    [text('填报单位：港南区教育局'), null, null, text('填报日期：2019-09-01')],
    HEADER.split(',').map(text),
    GOOD_ROW.split(',').map(text),
    [text('总计'), null, null, null, null, null],
  ]).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

const LONG_NAME = `港南区${'很'.repeat(10_000)}小学`;

const ROSTER_CASES: RosterCase[] = [
  {
    name: 'GBK (Chinese Windows 「ANSI」) with Chinese headers',
    file: '名录.csv',
    bytes: () =>
      encodeGb18030(
        `${HEADER}\r\n${GOOD_ROW}\r\n0045080002,木格镇第一初级中学,初级中学,109.61,23.09,公立\r\n`,
      ),
    outcome: 'accepted',
    messages: [],
    check: (result) => {
      expect(result.encoding).toBe('gb18030');
      expect(result.accepted.map((row) => [row.record.name, row.record.type])).toEqual([
        ['桥圩镇中心小学', '小学'],
        ['木格镇第一初级中学', '初中'],
      ]);
    },
  },
  {
    name: 'UTF-8 with a byte-order mark',
    file: '名录.csv',
    bytes: () => utf8(`\uFEFF${HEADER}\r\n${GOOD_ROW}\r\n`),
    outcome: 'accepted',
    messages: [],
    check: (result) => {
      expect(result.headers[0]).toBe('学校代码');
      expect(result.accepted[0]?.record.code).toBe('0045080001');
    },
  },
  {
    name: 'UTF-16LE tab-separated text (Excel 「Unicode 文本」)',
    file: '名录.txt',
    bytes: () =>
      utf16WithByteOrderMark(`${HEADER.replaceAll(',', '\t')}\r\n${GOOD_ROW.replaceAll(',', '\t')}\r\n`),
    outcome: 'accepted',
    messages: [],
    check: (result) => {
      expect([result.encoding, result.delimiter]).toEqual(['utf-16le', '\t']);
      expect(result.accepted[0]?.record.name).toBe('桥圩镇中心小学');
    },
  },
  {
    name: 'mixed CRLF, LF and CR line endings, a line break inside a quoted name',
    file: '名录.csv',
    bytes: () =>
      utf8(
        `${HEADER}\r\n${GOOD_ROW}\n0045080002,"木格镇\r\n第一小学",小学,109.61,23.09,公办\r0045080003,湛江镇小学,小学,109.62,23.08,公办\r\n`,
      ),
    outcome: 'accepted',
    messages: [],
    check: (result) => {
      expect(result.accepted.map((row) => row.row)).toEqual([2, 3, 4]);
      expect(result.accepted[1]?.record.name).toBe('木格镇\n第一小学');
    },
  },
  {
    name: 'CR-only line endings (old Mac exports)',
    file: '名录.csv',
    bytes: () => csv([HEADER, GOOD_ROW, '0045080002,木格镇小学,小学,109.61,23.09,公办'], '\r'),
    outcome: 'accepted',
    messages: [],
    check: (result) => expect(result.accepted.map((row) => row.row)).toEqual([2, 3]),
  },
  {
    name: 'an unclosed quote: that row is rejected, the rows after it are still read',
    file: '名录.csv',
    bytes: () =>
      csv([
        HEADER,
        '0045080001,"桥圩镇中心小学,小学,109.6,23.1,公办',
        '0045080002,木格镇小学,小学,109.61,23.09,公办',
      ]),
    outcome: 'rejected',
    messages: [
      '名录.csv 第 2 行：「学校名称」列的双引号不成对（以 " 开头的单元格应以 " 结束，格内的 " 要写成 ""）；为免把后面的行都并进这一格，此行未导入，后面的行照常读取',
    ],
    check: (result) => {
      expect(result.accepted.map((row) => [row.row, row.record.name])).toEqual([[3, '木格镇小学']]);
      expect(result.rejected[0]?.original.学校名称).toBe('"桥圩镇中心小学');
    },
  },
  {
    name: 'a ragged row with more cells than the header (an unquoted comma in a name)',
    file: '名录.csv',
    bytes: () => csv([HEADER, '0045080001,桥圩镇中心小学,分校,小学,109.6,23.1,公办']),
    outcome: 'rejected',
    messages: [
      '名录.csv 第 2 行：此行有 7 个单元格，比表头（6 列）多；多出的 “公办” 未导入（可能是某个单元格里有没加引号的逗号）',
      '名录.csv 第 2 行「学校类型」：“分校”不是可识别的学校类型，应为 幼儿园、小学、教学点、初中、九年一贯制、高中、完全中学、特殊教育学校 之一',
      '名录.csv 第 2 行「经度」：“小学”不是可识别的坐标，应为十进制度数（如 109.5862）或度分秒（如 109°35′12″）',
      '名录.csv 第 2 行「纬度」：109.6 超出中国范围（3–54），请检查是否填反或填错',
    ],
  },
  {
    name: 'a ragged row with more cells than the header that still reads: warned',
    file: '名录.csv',
    bytes: () => csv([HEADER, `${GOOD_ROW},多余,内容`]),
    outcome: 'warned',
    messages: [
      '名录.csv 第 2 行：此行有 8 个单元格，比表头（6 列）多；多出的 “多余”、“内容” 未导入（可能是某个单元格里有没加引号的逗号）',
    ],
  },
  {
    name: 'a ragged row with fewer cells than the header',
    file: '名录.csv',
    bytes: () => csv([HEADER, '0045080001,桥圩镇中心小学,小学,109.6,23.1']),
    outcome: 'warned',
    messages: [
      '名录.csv 第 2 行：此行只有 5 个单元格，表头有 6 列；缺少的按空值处理',
      '名录.csv 第 2 行「办学性质」：未填写，按公办处理',
    ],
  },
  {
    name: 'a title and a blank row above the header, and a 合计 row at the end',
    file: '名录.csv',
    bytes: () => csv(['港南区学校名录（2019年）,,,,,', '', HEADER, GOOD_ROW, '合计,,,,,1']),
    outcome: 'warned',
    messages: [
      '名录.csv：表头取自第 3 行；上面的第 1 行（“港南区学校名录（2019年）”）看作标题，未导入',
      '名录.csv：第 5 行是合计行（“合计”），已跳过',
    ],
    check: (result) => {
      expect(result.headerRow).toBe(3);
      expect(result.accepted.map((row) => row.row)).toEqual([4]);
    },
  },
  {
    name: 'a workbook with two title rows and a 总计 row',
    file: '名录.xlsx',
    bytes: titledWorkbook,
    outcome: 'warned',
    messages: [
      '名录.xlsx：表头取自第 3 行；上面的第 1、2 行（“港南区学校名录（2019年）”；“填报单位：港南区教育局 填报日期：2019-09-01”）看作标题，未导入',
      '名录.xlsx：第 5 行是合计行（“总计”），已跳过',
    ],
    check: (result) => expect(result.accepted.map((row) => row.record.code)).toEqual(['0045080001']),
  },
  {
    name: 'a repeated header name',
    file: '名录.csv',
    bytes: () => csv([`${HEADER},学校名称`, `${GOOD_ROW},桥圩中心校`]),
    outcome: 'warned',
    messages: [
      '名录.csv：表头中“学校名称”出现 2 次（第 2、7 列）；按第 2 列对应，后面的列改称“学校名称（2）”，请在“列对应”中核对',
    ],
    check: (result) => {
      expect(result.headers.at(-1)).toBe('学校名称（2）');
      expect(result.accepted[0]?.record.name).toBe('桥圩镇中心小学');
    },
  },
  {
    name: '__proto__ and constructor headers do not reach Object.prototype',
    file: '名录.csv',
    bytes: () =>
      csv([
        `__proto__,constructor,${HEADER}`,
        `{"polluted":true},x,${GOOD_ROW}`,
        `{"polluted":true},y,0045080002,乙,大学,109.6,23.1,公办`,
      ]),
    outcome: 'rejected',
    messages: [
      '名录.csv 第 3 行「学校类型」：“大学”不是可识别的学校类型，应为 幼儿园、小学、教学点、初中、九年一贯制、高中、完全中学、特殊教育学校 之一',
    ],
    check: (result) => {
      const original = result.rejected[0]?.original ?? {};
      expect(Object.hasOwn(original, '__proto__')).toBe(true);
      expect(Object.getOwnPropertyDescriptor(original, '__proto__')?.value).toBe('{"polluted":true}');
      expect(original.constructor).toBe('y');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(result.accepted[0]?.record.code).toBe('0045080001');
    },
  },
  {
    name: 'codes with leading zeros keep them',
    file: '名录.csv',
    bytes: () =>
      csv([HEADER, '0045080001,甲小学,小学,109.6,23.1,公办', '000123,乙小学,小学,109.6,23.1,公办']),
    outcome: 'accepted',
    messages: [],
    check: (result) =>
      expect(result.accepted.map((row) => row.record.code)).toEqual(['0045080001', '000123']),
  },
  {
    name: 'a code Excel turned into 4.5E+09',
    file: '名录.csv',
    bytes: () => csv([HEADER, '4.5E+09,甲小学,小学,109.6,23.1,公办']),
    outcome: 'warned',
    messages: [
      '名录.csv 第 2 行「学校代码」：“4.5E+09”是科学计数法：Excel 把代码当成了数字，后面的位数已经丢失；已按原样导入，请把该列设为“文本”后重新填写代码',
    ],
  },
  {
    name: 'empty coordinates',
    file: '名录.csv',
    bytes: () => csv([HEADER, '0045080001,甲小学,小学,,,公办']),
    outcome: 'rejected',
    messages: ['名录.csv 第 2 行「经度」：缺少坐标', '名录.csv 第 2 行「纬度」：缺少坐标'],
  },
  {
    name: 'NaN and 待定 as coordinates',
    file: '名录.csv',
    bytes: () => csv([HEADER, '0045080001,甲小学,小学,NaN,待定,公办']),
    outcome: 'rejected',
    messages: [
      '名录.csv 第 2 行「经度」：“NaN”不是可识别的坐标，应为十进制度数（如 109.5862）或度分秒（如 109°35′12″）',
      '名录.csv 第 2 行「纬度」：“待定”不是可识别的坐标，应为十进制度数（如 109.5862）或度分秒（如 109°35′12″）',
    ],
  },
  {
    name: 'full-width digits and point',
    file: '名录.csv',
    bytes: () => csv([HEADER, '0045080001,甲小学,小学,１０９．６,２３。１,公办']),
    outcome: 'accepted',
    messages: [],
    check: (result) => expect(result.accepted[0]?.record).toMatchObject({ lon: 109.6, lat: 23.1 }),
  },
  {
    name: '0,0 coordinates (the placeholder for "no position")',
    file: '名录.csv',
    bytes: () => csv([HEADER, '0045080001,甲小学,小学,0,0,公办']),
    outcome: 'rejected',
    messages: ['名录.csv 第 2 行「经度」：经度、纬度都是 0：多半是没有坐标时填的占位值，请填写实际位置'],
  },
  {
    name: 'both coordinates in one cell',
    file: '名录.csv',
    bytes: () => csv([HEADER, '0045080001,甲小学,小学,"109.6,23.1",,公办']),
    outcome: 'rejected',
    messages: [
      '名录.csv 第 2 行「经度」：“109.6,23.1”像是把经度和纬度写在了同一个单元格里，请分成“经度”“纬度”两列',
      '名录.csv 第 2 行「纬度」：缺少坐标',
    ],
  },
  {
    name: 'degrees-minutes-seconds in symbol and Chinese notation',
    file: '名录.csv',
    bytes: () =>
      csv([
        HEADER,
        '0045080001,甲小学,小学,109°35′12.5″,23°05′24″,公办',
        '0045080002,乙小学,小学,东经109度35分12.5秒,北纬23度5分24秒,公办',
      ]),
    outcome: 'accepted',
    messages: [],
    check: (result) => {
      for (const row of result.accepted) {
        expect(row.record.lon).toBeCloseTo(109.586806, 6);
        expect(row.record.lat).toBeCloseTo(23.09, 6);
      }
    },
  },
  {
    name: 'swapped 经度 and 纬度',
    file: '名录.csv',
    bytes: () => csv([HEADER, '0045080001,甲小学,小学,23.1,109.6,公办']),
    outcome: 'warned',
    messages: ['名录.csv 第 2 行「经度」：经度“23.1”与纬度“109.6”填反了，已对调'],
    check: (result) => expect(result.accepted[0]?.record).toMatchObject({ lon: 109.6, lat: 23.1 }),
  },
  {
    name: 'GCJ-02 (AMap) coordinates, read as GCJ-02',
    file: '名录.csv',
    // (109.6, 23.1) in WGS84, run forward through the published GCJ-02 formula (Python, gcoord).
    bytes: () => csv([HEADER, '0045080001,甲小学,小学,109.60419055085603,23.097094142301458,公办']),
    options: { coords: 'gcj02', district: SMALL_DISTRICT },
    outcome: 'accepted',
    messages: [],
    check: (result) => {
      expect(Math.abs((result.accepted[0]?.record.lon ?? 0) - 109.6)).toBeLessThan(1e-5);
      expect(Math.abs((result.accepted[0]?.record.lat ?? 0) - 23.1)).toBeLessThan(1e-5);
    },
  },
  {
    name: 'BD-09 (Baidu) coordinates, read as BD-09',
    file: '名录.csv',
    bytes: () => csv([HEADER, '0045080001,甲小学,小学,109.61074039313,23.102872321755754,公办']),
    options: { coords: 'bd09', district: SMALL_DISTRICT },
    outcome: 'accepted',
    messages: [],
    check: (result) => {
      expect(Math.abs((result.accepted[0]?.record.lon ?? 0) - 109.6)).toBeLessThan(1e-5);
      expect(Math.abs((result.accepted[0]?.record.lat ?? 0) - 23.1)).toBeLessThan(1e-5);
    },
  },
  {
    name: 'BD-09 coordinates read as WGS84: outside the district, and the hint names BD-09',
    file: '名录.csv',
    bytes: () =>
      csv([
        HEADER,
        '0045080001,甲小学,小学,109.61074039313,23.102872321755754,公办',
        '0045080002,乙小学,小学,109.61124137930534,23.103366208726253,公办',
        '0045080003,丙小学,小学,109.61023938434958,23.10237859747909,公办',
      ]),
    options: { district: SMALL_DISTRICT },
    outcome: 'warned',
    messages: [
      '名录.csv 第 2 行：位于区界外 900 米，请核对坐标',
      '名录.csv 第 3 行：位于区界外 960 米，请核对坐标',
      '名录.csv 第 4 行：位于区界外 840 米，请核对坐标',
    ],
    check: (result) => expect(result.coordinateHint?.suggested).toBe('bd09'),
  },
  {
    name: 'a point outside the district',
    file: '名录.csv',
    bytes: () => csv([HEADER, GOOD_ROW, '0045080002,乙小学,小学,109.64,23.1,公办']),
    options: { district: SMALL_DISTRICT },
    outcome: 'warned',
    messages: ['名录.csv 第 3 行：位于区界外 3.9 公里，请核对坐标'],
  },
  {
    name: 'a point outside China',
    file: '名录.csv',
    bytes: () => csv([HEADER, '0045080001,甲小学,小学,10.96,23.1,公办']),
    outcome: 'rejected',
    messages: ['名录.csv 第 2 行「经度」：10.96 超出中国范围（73–136），请检查是否填反或填错'],
  },
  {
    name: 'a duplicate code',
    file: '名录.csv',
    bytes: () => csv([HEADER, GOOD_ROW, '0045080001,乙小学,小学,109.6,23.1,公办']),
    outcome: 'rejected',
    messages: ['名录.csv 第 3 行「学校代码」：代码 0045080001 与第 2 行重复'],
  },
  {
    name: 'an unknown kind, and a kind only guessed from a fragment',
    file: '名录.csv',
    bytes: () =>
      csv([HEADER, '0045080001,甲,职业技术学校,109.6,23.1,公办', '0045080002,乙,乡镇中学,109.6,23.1,公办']),
    outcome: 'rejected',
    messages: [
      '名录.csv 第 2 行「学校类型」：“职业技术学校”不是可识别的学校类型，应为 幼儿园、小学、教学点、初中、九年一贯制、高中、完全中学、特殊教育学校 之一',
      '名录.csv 第 3 行「学校类型」：“乡镇中学”按“初中”处理，请核对',
    ],
  },
  {
    name: '约300 and a negative count',
    file: '名录.csv',
    bytes: () => csv([`${HEADER},在校生数,班级数,教职工数`, `${GOOD_ROW},约300,-5,40余人`]),
    outcome: 'warned',
    messages: [
      '名录.csv 第 2 行「在校生数」：“约300”是约数，已按 300 处理',
      '名录.csv 第 2 行「班级数」：“-5”不是非负数，已按空值处理',
      '名录.csv 第 2 行「教职工数」：“40余人”是约数，已按 40 处理',
    ],
    check: (result) =>
      expect(result.accepted[0]?.record).toMatchObject({ students: 300, classes: null, staff: 40 }),
  },
  {
    name: 'a formula as a name in a CSV',
    file: '名录.csv',
    bytes: () => csv([HEADER, '0045080001,"=HYPERLINK(""http://x"",""甲小学"")",小学,109.6,23.1,公办']),
    outcome: 'warned',
    messages: [
      '名录.csv 第 2 行「学校名称」：“=HYPERLINK("http://x","甲小学")”以“=”开头，像是 Excel 公式；已按文字原样导入（不会作为公式执行），请核对',
    ],
    check: (result) => expect(result.accepted[0]?.record.name).toBe('=HYPERLINK("http://x","甲小学")'),
  },
  {
    name: 'HTML in a name is kept as plain text',
    file: '名录.csv',
    bytes: () => csv([HEADER, '0045080001,<img src=x onerror=alert(1)>,小学,109.6,23.1,公办']),
    outcome: 'accepted',
    messages: [],
    check: (result) => expect(result.accepted[0]?.record.name).toBe('<img src=x onerror=alert(1)>'),
  },
  {
    name: 'a 10 kB name is over the 200-character limit',
    file: '名录.csv',
    bytes: () => csv([HEADER, `0045080001,${LONG_NAME},小学,109.6,23.1,公办`]),
    outcome: 'rejected',
    messages: [
      '名录.csv 第 2 行「学校名称」：有 10005 个字符，超过 200 个字符的上限；名称不会这么长，多半是整段文字或整列内容误入了这一格',
    ],
  },
  {
    name: 'an empty file',
    file: '名录.csv',
    bytes: () => new Uint8Array(),
    outcome: 'file error',
    messages: ['名录.csv：文件为空'],
  },
  {
    name: 'a file of blank lines',
    file: '名录.csv',
    bytes: () => utf8('\r\n  \r\n,,,\r\n'),
    outcome: 'file error',
    messages: ['名录.csv：文件为空'],
  },
  {
    name: 'a header-only file',
    file: '名录.csv',
    bytes: () => csv([HEADER]),
    outcome: 'file error',
    messages: ['名录.csv：只有表头（第 1 行），没有数据行'],
  },
  {
    name: 'a required column missing',
    file: '名录.csv',
    bytes: () => csv(['学校代码,学校名称,经度,纬度', '001,甲,109.6,23.1']),
    outcome: 'file error',
    messages: ['名录.csv：缺少必需的列 学校类型（可在“列对应”中指定哪一列是它）'],
  },
  {
    name: 'an .xls renamed .xlsx',
    file: '名录.xlsx',
    bytes: () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...binaryNoise(504)]),
    outcome: 'file error',
    messages: [
      '名录.xlsx 是旧版 Excel（.xls）文件，无法直接读取；请在 Excel 或 WPS 中「另存为」.xlsx 或 CSV（UTF-8）后再导入',
    ],
  },
  {
    name: 'a random binary renamed .xlsx',
    file: '名录.xlsx',
    bytes: () => binaryNoise(2048),
    outcome: 'file error',
    messages: [
      '名录.xlsx 不是有效的 Excel 工作簿：.xlsx 文件应是 zip 格式，.xls 文件应是旧版 Excel 格式，而此文件两者都不是，可能已损坏或只是改了扩展名',
    ],
  },
  {
    name: 'a zip that is not a workbook (a Shapefile picked by mistake)',
    file: '名录.xlsx',
    bytes: () => buildZip([{ name: 'a.shp', data: utf8('x') }]),
    outcome: 'file error',
    messages: [
      '名录.xlsx 不是可读取的 Excel 工作簿（.xlsx）：压缩包里没有 Excel 工作簿的内容（可能是别的 zip 文件，如 Shapefile 压缩包）',
    ],
  },
  {
    name: 'a random binary named .csv',
    file: '名录.csv',
    bytes: () => binaryNoise(2048),
    outcome: 'file error',
    messages: [
      '名录.csv 含有二进制内容，不像文本表格；若是 Excel 文件请保存为 .xlsx，若是 UTF-16 文本请在“文字编码”中选择 UTF-16',
    ],
  },
  {
    name: 'an .xls that is really tab-separated text (as some systems export)',
    file: '名录.xls',
    bytes: () => encodeGb18030(`${HEADER.replaceAll(',', '\t')}\r\n${GOOD_ROW.replaceAll(',', '\t')}\r\n`),
    outcome: 'warned',
    messages: ['名录.xls 的扩展名是 .xls，内容却是文本表格，已按文本（制表符分隔）读取'],
    check: (result) => expect(result.accepted[0]?.record.name).toBe('桥圩镇中心小学'),
  },
  {
    name: 'an .xls that is really a web page',
    file: '名录.xls',
    bytes: () => utf8('<html><body><table><tr><td>学校名称</td></tr></table></body></html>'),
    outcome: 'file error',
    messages: [
      '名录.xls 其实是网页（HTML）或 XML 格式的表格，不是 Excel 工作簿；请用 Excel 或 WPS 打开后「另存为」.xlsx 或 CSV（UTF-8）再导入',
    ],
  },
  {
    name: 'GeoJSON points with a feature that is not a point',
    file: '学校.geojson',
    bytes: () =>
      utf8(
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { 学校代码: '001', 学校名称: '甲', 学校类型: '小学', 办学性质: '公办' },
              geometry: { type: 'Point', coordinates: [109.6, 23.1] },
            },
            {
              type: 'Feature',
              properties: { 学校代码: '002', 学校名称: '乙', 学校类型: '小学', 办学性质: '公办' },
              geometry: { type: 'LineString', coordinates: [] },
            },
          ],
        }),
      ),
    outcome: 'rejected',
    messages: [
      '学校.geojson 第 3 行：几何类型为 LineString，只能导入点（Point）',
      '学校.geojson 第 3 行「经度」：缺少坐标',
      '学校.geojson 第 3 行「纬度」：缺少坐标',
    ],
  },
  {
    name: 'an encoding override that is not an encoding',
    file: '名录.csv',
    bytes: () => csv([HEADER, GOOD_ROW]),
    options: { encoding: 'klingon' },
    outcome: 'file error',
    messages: ['不认识的文字编码“klingon”，可用 utf-8、gb18030、utf-16le 等'],
  },
];

function outcomeOf(result: RosterImportResult): Outcome {
  if (result.fileErrors.length > 0) return 'file error';
  if (result.rejected.length > 0) return 'rejected';
  const warned =
    (result.fileWarnings ?? []).length > 0 || result.accepted.some((row) => row.warnings.length > 0);
  return warned ? 'warned' : 'accepted';
}

function messagesOf(result: RosterImportResult): string[] {
  const rows = [
    ...result.accepted.map((row) => ({ row: row.row, issues: row.warnings })),
    ...result.rejected.map((row) => ({ row: row.row, issues: row.errors })),
  ].sort((a, b) => a.row - b.row);
  return zhAll([
    ...result.fileErrors,
    ...(result.fileWarnings ?? []),
    ...rows.flatMap((row) => row.issues.map(formatRowIssue)),
  ]);
}

describe('bad roster inputs: each gives exactly its messages and outcome', () => {
  it('covers at least 25 cases', () => {
    expect(ROSTER_CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(ROSTER_CASES)('$name ($outcome)', async (testCase) => {
    const result = await readRosterBytes(await testCase.bytes(), testCase.file, testCase.options);
    expect(messagesOf(result)).toEqual(testCase.messages);
    expect(outcomeOf(result)).toBe(testCase.outcome);
    testCase.check?.(result);
  });
});

/** The roster already loaded: the merge target of every case. */
const LOADED: School[] = [
  makeSchool({ code: '0045080001', name: '桥圩镇中心小学', lon: 109.6, lat: 23.1, students: 500 }),
  makeSchool({ code: '0045080009', name: '木格镇中学', type: '初中', lon: 109.61, lat: 23.09 }),
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('no bad input changes the data already loaded', () => {
  it('reads are pure; an update merge leaves the loaded roster as it was; a file error merges nothing', async () => {
    const loaded = deepFreeze(structuredClone(LOADED));
    const before = structuredClone(LOADED);
    for (const testCase of ROSTER_CASES) {
      const bytes = await testCase.bytes();
      const bytesBefore = bytes.slice();
      const result = await readRosterBytes(bytes, testCase.file, testCase.options);
      const incoming = result.accepted.map((row) => row.record);
      const { schools, report } = mergeRoster(loaded, incomingSchoolsOf(result), 'update');
      expect(loaded, testCase.name).toEqual(before);
      expect(bytes, testCase.name).toEqual(bytesBefore);
      if (testCase.outcome === 'file error') {
        expect(incoming, testCase.name).toEqual([]);
        expect(schools, testCase.name).toEqual(before);
        expect([...report.added, ...report.updated], testCase.name).toEqual([]);
      }
      // Every school after the merge is a loaded one as it was, or one the file gave (under
      // the loaded school's code when merged into it, or a free code when the file gave none).
      const withoutCode = (school: School) => JSON.stringify({ ...school, code: '' });
      for (const merged of schools) {
        const known = [...before, ...incoming].some((item) => withoutCode(item) === withoutCode(merged));
        expect(known, testCase.name).toBe(true);
      }
    }
  });
});

/* ---------------------------------------------------------------------------------------- */
/* Boundaries                                                                                */
/* ---------------------------------------------------------------------------------------- */

/** How a boundary file ended; `asks` = the user must choose the projection. */
type BoundaryOutcome = 'accepted' | 'warned' | 'asks' | 'file error';

interface BoundaryCase {
  name: string;
  file: string;
  bytes: () => Uint8Array;
  outcome: BoundaryOutcome;
  messages: string[];
  check?: (result: BoundaryFileResult) => void;
}

const ZONE_37 = '+proj=tmerc +lat_0=0 +lon_0=111 +k=1 +x_0=37500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';

/** A township square in WGS84, outer ring clockwise as Shapefiles want it. */
const SQUARE = [
  [109.55, 23.0],
  [109.55, 23.05],
  [109.6, 23.05],
  [109.6, 23.0],
  [109.55, 23.0],
];

function projected(ring: readonly number[][]): number[][] {
  const forward = proj4('WGS84', ZONE_37);
  return ring.map((position) => forward.forward(position));
}

function gbkShapefile(withPrj: boolean): Uint8Array {
  const dbf = buildDbf(
    [
      { name: GBK.乡镇名, type: 'C', length: 20 },
      { name: 'XZQDM', type: 'N', length: 12 },
    ],
    [[GBK.桥圩镇, '450803100']],
  );
  return buildZip([
    { name: '乡镇界.shp', data: buildShp([[projected(SQUARE)]]), deflate: true },
    { name: '乡镇界.dbf', data: dbf, deflate: true },
    ...(withPrj
      ? [
          {
            name: '乡镇界.prj',
            data: utf8(
              'PROJCS["CGCS2000_3_Degree_GK_Zone_37",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",37500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",111.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
            ),
          },
        ]
      : []),
  ]);
}

function geojson(features: readonly { name: string; rings: number[][][] }[]): Uint8Array {
  return utf8(
    JSON.stringify({
      type: 'FeatureCollection',
      features: features.map((feature) => ({
        type: 'Feature',
        properties: { XZQMC: feature.name },
        geometry: { type: 'Polygon', coordinates: feature.rings },
      })),
    }),
  );
}

/** A bowtie: the ring crosses itself at (109.55, 23.05). */
const BOWTIE = [
  [109.5, 23.0],
  [109.6, 23.1],
  [109.6, 23.0],
  [109.5, 23.1],
  [109.5, 23.0],
];

/** A square whose hole pokes out of it across the south edge. */
const SQUARE_WITH_ESCAPING_HOLE = [
  [
    [109.5, 23.0],
    [109.7, 23.0],
    [109.7, 23.2],
    [109.5, 23.2],
    [109.5, 23.0],
  ],
  [
    [109.6, 22.9],
    [109.55, 23.1],
    [109.65, 23.1],
    [109.6, 22.9],
  ],
];

function okResult(result: BoundaryFileResult) {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${result.status}`);
  return result;
}

const BOUNDARY_CASES: BoundaryCase[] = [
  {
    name: 'a Shapefile without .prj',
    file: '乡镇界.zip',
    bytes: () => gbkShapefile(false),
    outcome: 'asks',
    messages: [
      '乡镇界.zip 中没有坐标系文件（.prj）；坐标数值像带号前缀的高斯-克吕格投影坐标（米），请选择坐标系',
    ],
    check: (result) => {
      expect(result.status === 'needs-projection' && result.candidates[0]?.id).toBe('EPSG:4525');
    },
  },
  {
    name: 'a Shapefile with a GBK attribute table and no .cpg',
    file: '乡镇界.zip',
    bytes: () => gbkShapefile(true),
    outcome: 'accepted',
    messages: [],
    check: (result) => {
      const ok = okResult(result);
      expect(ok.attributeEncoding).toEqual({ encoding: 'gb18030', source: 'detected' });
      expect(ok.features[0]?.properties).toEqual({ 乡镇名: '桥圩镇', XZQDM: 450803100 });
    },
  },
  {
    name: 'GeoJSON in projected coordinates without a crs',
    file: '乡镇界.geojson',
    bytes: () => geojson([{ name: '桥圩镇', rings: [projected(SQUARE)] }]),
    outcome: 'asks',
    messages: [
      '乡镇界.geojson 没有注明坐标系，坐标也不是经纬度；坐标数值像带号前缀的高斯-克吕格投影坐标（米），请选择坐标系',
    ],
  },
  {
    name: 'GeoJSON with a self-intersecting ring (bowtie): split into simple polygons',
    file: '乡镇界.geojson',
    bytes: () => geojson([{ name: '桥圩镇', rings: [BOWTIE] }]),
    outcome: 'warned',
    messages: [
      '第 1 个要素（桥圩镇）的边界自相交（外环在 109.550000, 23.050000 附近与自身交叉），已在交叉处拆分为 2 个不自相交的面，请核对',
    ],
    check: (result) => {
      const geometry = okResult(result).features[0]?.geometry;
      expect(geometry?.type).toBe('MultiPolygon');
      expect(geometry?.type === 'MultiPolygon' && geometry.coordinates.length).toBe(2);
    },
  },
  {
    name: 'GeoJSON with a hole crossing its outer ring: that feature is left out',
    file: '乡镇界.geojson',
    bytes: () =>
      geojson([
        { name: '桥圩镇', rings: SQUARE_WITH_ESCAPING_HOLE },
        { name: '木格镇', rings: [SQUARE] },
      ]),
    outcome: 'warned',
    messages: [
      '第 1 个要素（桥圩镇）的边界自相交（外环与第 1 个内环在 109.575000, 23.000000 附近交叉），无法自动修复，已跳过该要素；请在 GIS 软件中修复后重新导入',
    ],
    check: (result) =>
      expect(okResult(result).features.map((feature) => feature.properties.XZQMC)).toEqual(['木格镇']),
  },
  {
    name: 'GeoJSON whose only polygon has too few points',
    file: '乡镇界.geojson',
    bytes: () => geojson([{ name: '桥圩镇', rings: [SQUARE.slice(0, 3)] }]),
    outcome: 'file error',
    messages: [
      '乡镇界.geojson 中没有可用的面要素（Polygon/MultiPolygon）：第 1 个要素的坐标不完整（每个环至少 4 个点，每个点两个数字），已跳过',
    ],
  },
];

function boundaryOutcome(result: BoundaryFileResult): BoundaryOutcome {
  if (result.status === 'error') return 'file error';
  if (result.status === 'needs-projection') return 'asks';
  return result.warnings.length > 0 ? 'warned' : 'accepted';
}

function boundaryMessages(result: BoundaryFileResult): string[] {
  return zhAll(result.status === 'ok' ? result.warnings : [result.message]);
}

describe('bad boundary inputs: each gives exactly its messages and outcome', () => {
  it.each(BOUNDARY_CASES)('$name ($outcome)', async (testCase) => {
    const result = await readBoundaryFile(testCase.bytes(), testCase.file);
    expect(boundaryMessages(result)).toEqual(testCase.messages);
    expect(boundaryOutcome(result)).toBe(testCase.outcome);
    testCase.check?.(result);
  });
});
