/**
 * Bad rosters whose cell values are the problem: codes, coordinates and their systems, kinds,
 * counts, formulas, long texts.
 */
import { expect } from 'vitest';
import { SMALL_DISTRICT } from '../fixtures.ts';
import { csv, GOOD_ROW, HEADER, LONG_NAME, type RosterCase } from './roster-case.ts';

/** The cell value cases. */
export const ROSTER_VALUE_CASES: RosterCase[] = [
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
];
