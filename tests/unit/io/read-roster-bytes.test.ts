import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { formatRowIssue } from '../../../src/io/import-result.ts';
import { readRosterBytes } from '../../../src/io/read-roster-bytes.ts';
import { zh, zhAll } from '../messages.ts';
import { readFixture, SMALL_DISTRICT, utf8 } from './fixtures.ts';

const ROUND_POINTS = [
  [109.6, 23.1],
  [109.6005, 23.1005],
  [109.5995, 23.0995],
];

async function workbook(rows: (string | number | null)[][], sheets?: string[]): Promise<Uint8Array> {
  const data = rows.map((row) =>
    row.map((value) => (typeof value === 'string' ? { value, type: String } : value)),
  );
  const blob = sheets
    ? await writeXlsxFile(
        sheets.map((sheet, index) => ({ sheet, data: index === sheets.length - 1 ? data : [['x']] })),
      ).toBlob()
    : await writeXlsxFile(data).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

describe('readRosterBytes: encodings and formats', () => {
  it('reads a GBK CSV with synonym headers and values', async () => {
    const result = await readRosterBytes(readFixture('roster-gbk.csv'), 'roster-gbk.csv');
    expect(result.encoding).toBe('gb18030');
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map((row) => row.record.code)).toEqual(['2145080001', '0045080002', '2145080003']);
    expect(result.accepted.map((row) => row.record.type)).toEqual(['小学', '初中', '教学点']);
    expect(result.accepted.map((row) => row.record.boarding)).toEqual([true, false, true]);
    expect(result.accepted.map((row) => row.record.ownership)).toEqual(['公办', '公办', '公办']);
    expect(result.accepted[2]?.record.note).toBe('“三年计划”保留');
    expect(result.accepted[0]?.record.township).toBe('桥圩镇');
    expect(result.accepted.every((row) => row.warnings.length === 0)).toBe(true);
  });

  it('reads a UTF-16LE TSV with a byte-order mark', async () => {
    const result = await readRosterBytes(readFixture('roster-utf16le.tsv'), 'roster-utf16le.tsv');
    expect(result.encoding).toBe('utf-16le');
    expect(result.delimiter).toBe('\t');
    expect(result.accepted.map((row) => row.record.name)).toEqual([
      '港南区实验幼儿园',
      '八塘街道第一小学, 分校',
    ]);
    expect(result.accepted.map((row) => row.record.students)).toEqual([537, 1234]);
  });

  it('reads English headers and values', async () => {
    const result = await readRosterBytes(readFixture('roster-english.csv'), 'roster-english.csv');
    expect(result.mapping).toMatchObject({ 学校名称: 'name', 经度: 'lng', 纬度: 'lat', 学校类型: 'type' });
    expect(result.accepted.map((row) => [row.record.code, row.record.type, row.record.lon])).toEqual([
      ['001', '小学', 109.6],
      ['002', '幼儿园', 109.61],
      ['003', '高中', 109.62],
    ]);
    expect(zhAll(result.fileWarnings)).toEqual(['roster-english.csv：没有“办学性质”列，全部按公办处理']);
  });

  it('reads degrees-minutes-seconds and full-width coordinates', async () => {
    const result = await readRosterBytes(readFixture('roster-dms.csv'), 'roster-dms.csv');
    expect(result.rejected).toEqual([]);
    const expected = [
      [109.586806, 23.09],
      [109.586806, 23.09],
      [109.586806, 23.09],
      [109.586667, 23.09],
      [109.5868, 23.09],
    ];
    result.accepted.forEach((row, index) => {
      expect(row.record.lon).toBeCloseTo(expected[index]?.[0] ?? 0, 6);
      expect(row.record.lat).toBeCloseTo(expected[index]?.[1] ?? 0, 6);
    });
  });

  it('swaps 经度 and 纬度 when they are clearly the other way round, with a warning', async () => {
    const result = await readRosterBytes(readFixture('roster-swapped.csv'), 'roster-swapped.csv');
    expect(result.accepted.map((row) => [row.record.lon, row.record.lat])).toEqual([
      [109.6, 23.1],
      [109.5995, 23.0995],
    ]);
    const warning = result.accepted[0]?.warnings[0];
    expect(warning && zh(formatRowIssue(warning))).toBe(
      'roster-swapped.csv 第 2 行「经度」：经度“23.1”与纬度“109.6”填反了，已对调',
    );
  });

  it.each(['gcj02', 'bd09'] as const)('converts a %s file to WGS84 within 1e-5°', async (coords) => {
    const result = await readRosterBytes(readFixture(`roster-${coords}.csv`), 'f.csv', { coords });
    result.accepted.forEach((row, index) => {
      expect(Math.abs(row.record.lon - (ROUND_POINTS[index]?.[0] ?? 0))).toBeLessThan(1e-5);
      expect(Math.abs(row.record.lat - (ROUND_POINTS[index]?.[1] ?? 0))).toBeLessThan(1e-5);
    });
  });

  it('reads GeoJSON points: properties plus 经度/纬度 from the geometry', async () => {
    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { 名称: '甲小学', 类型: '小学', 代码: '007' },
          geometry: { type: 'Point', coordinates: [109.6, 23.1] },
        },
        {
          type: 'Feature',
          properties: { 名称: '乙', 类型: '小学' },
          geometry: { type: 'LineString', coordinates: [] },
        },
      ],
    };
    const result = await readRosterBytes(utf8(JSON.stringify(geojson)), 'a.geojson');
    expect(result.accepted[0]?.record).toMatchObject({ code: '007', name: '甲小学', lon: 109.6, lat: 23.1 });
    expect(result.rejected[0]?.row).toBe(3);
    expect(zhAll(result.rejected[0]?.errors.map((issue) => issue.message))[0]).toBe(
      '几何类型为 LineString，只能导入点（Point）',
    );
  });
});

describe('readRosterBytes: workbooks', () => {
  it('reads a chosen sheet by name or number, cells as text, rows numbered as in the sheet', async () => {
    const bytes = await workbook(
      [
        ['学校代码', '学校名称', '学校类型', '经度', '纬度', '在校生数'],
        ['0045', '甲小学', '小学', 109.6, 23.1, 620],
        [null, null, null, null, null, null],
        ['0046', '乙', '大学', 109.6, 23.1, null],
      ],
      ['说明', '名录'],
    );
    const byName = await readRosterBytes(bytes, '名录.xlsx', { sheet: '名录' });
    expect(byName.sheetNames).toEqual(['说明', '名录']);
    expect(byName.sheet).toBe('名录');
    expect(byName.accepted[0]?.record).toMatchObject({ code: '0045', lon: 109.6, students: 620 });
    expect(byName.rejected.map((row) => row.row)).toEqual([4]);
    const byNumber = await readRosterBytes(bytes, '名录.xlsx', { sheet: '2' });
    expect(byNumber.accepted).toHaveLength(1);
  });

  it('names the sheets when the chosen one is missing', async () => {
    const bytes = await workbook([['学校名称'], ['甲']], ['Sheet1']);
    const result = await readRosterBytes(bytes, '名录.xlsx', { sheet: '名单' });
    expect(zhAll(result.fileErrors)).toEqual(['名录.xlsx 中没有工作表“名单”；可用的工作表：Sheet1']);
  });

  it('asks for an .xls to be saved as .xlsx', async () => {
    const result = await readRosterBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), '名录.xls');
    expect(zhAll(result.fileErrors)[0]).toContain('旧版 Excel（.xls）');
    expect(zhAll(result.fileErrors)[0]).toContain('另存为');
  });
});

describe('readRosterBytes: checks and report', () => {
  it('rejects what cannot be placed, naming row and column as in the file', async () => {
    const result = await readRosterBytes(readFixture('roster-rejects.csv'), '名录.csv');
    expect(result.accepted.map((row) => row.row)).toEqual([2]);
    expect(result.rejected.map((row) => [row.row, zhAll(row.errors.map(formatRowIssue))])).toEqual([
      [3, ['名录.csv 第 3 行「学校名称」：不能为空']],
      [
        4,
        [
          '名录.csv 第 4 行「学校类型」：“大学”不是可识别的学校类型，应为 幼儿园、小学、教学点、初中、九年一贯制、高中、完全中学、特殊教育学校 之一',
        ],
      ],
      [
        5,
        [
          '名录.csv 第 5 行「经度」：“abc”不是可识别的坐标，应为十进制度数（如 109.5862）或度分秒（如 109°35′12″）',
        ],
      ],
      [6, ['名录.csv 第 6 行「纬度」：95 超出中国范围（3–54），请检查是否填反或填错']],
      [8, ['名录.csv 第 8 行「学校代码」：代码 001 与第 2 行重复']],
      [9, [expect.stringContaining('名录.csv 第 9 行「学校类型」：“职业中学”不是可识别的学校类型')]],
    ]);
    expect(result.rejected[5]?.original.学校名称).toBe('=HYPERLINK("http://x")');
  });

  it('uses the column mapping the user chose', async () => {
    const text = '校名,备用名,类型,x,y\n甲,乙,小学,109.6,23.1\n';
    const result = await readRosterBytes(utf8(text), 'a.csv', { mapping: { 学校名称: '备用名' } });
    expect(result.accepted[0]?.record.name).toBe('乙');
    expect(result.mapping.学校名称).toBe('备用名');
  });

  it('reports missing required columns as a file error with a hint', async () => {
    const result = await readRosterBytes(utf8('名称,备注\n甲,x\n'), 'a.csv');
    expect(zhAll(result.fileErrors)).toEqual([
      'a.csv：缺少必需的列 学校类型、经度、纬度（可在“列对应”中指定哪一列是它）',
    ]);
  });

  it('accepts points outside the district with a warning saying how far', async () => {
    const text = '名称,类型,经度,纬度\n甲,小学,109.6,23.1\n乙,小学,109.64,23.1\n';
    const result = await readRosterBytes(utf8(text), 'a.csv', { district: SMALL_DISTRICT });
    expect(result.accepted).toHaveLength(2);
    expect(result.accepted[0]?.warnings).toEqual([]);
    expect(result.accepted[1]?.warnings.map((warning) => zh(warning.message))).toEqual([
      '位于区界外 3.9 公里，请核对坐标',
    ]);
  });

  it('hints at GCJ-02 when the points land in the district only as GCJ-02', async () => {
    const result = await readRosterBytes(readFixture('roster-gcj02.csv'), 'f.csv', {
      district: SMALL_DISTRICT,
    });
    expect(result.coordinateHint?.suggested).toBe('gcj02');
    expect(result.coordinateHint?.insideShare.wgs84).toBe(0);
    const asGcj02 = await readRosterBytes(readFixture('roster-gcj02.csv'), 'f.csv', {
      district: SMALL_DISTRICT,
      coords: 'gcj02',
    });
    expect(asGcj02.coordinateHint?.suggested).toBeNull();
    expect(asGcj02.accepted.every((row) => row.warnings.length === 0)).toBe(true);
  });

  it('hints at BD-09 for a Baidu file', async () => {
    const result = await readRosterBytes(readFixture('roster-bd09.csv'), 'f.csv', {
      district: SMALL_DISTRICT,
    });
    expect(result.coordinateHint?.suggested).toBe('bd09');
  });

  it('gives a preview of the first rows and never throws on an empty file', async () => {
    const result = await readRosterBytes(readFixture('roster-english.csv'), 'e.csv');
    expect(result.preview[0]).toEqual({
      row: 2,
      cells: ['Qiaoxu Central Primary', '109.6', '23.1', 'primary', '001'],
    });
    expect(zhAll((await readRosterBytes(new Uint8Array(), 'empty.csv')).fileErrors)).toEqual([
      'empty.csv：文件为空',
    ]);
  });
});
