/**
 * Bad rosters whose text and layout are the problem: encodings, line endings, quotes, ragged
 * rows, titles and totals, headers.
 */
import { expect } from 'vitest';
import { encodeGb18030, utf8, utf16WithByteOrderMark } from '../fixtures.ts';
import { csv, GOOD_ROW, HEADER, type RosterCase, titledWorkbook } from './roster-case.ts';

/** The layout and text cases. */
export const ROSTER_LAYOUT_CASES: RosterCase[] = [
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
];
