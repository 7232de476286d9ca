import Papa from 'papaparse';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { ROSTER_COLUMNS, SCHOOL_TYPES, type School } from '../../../src/domain/school.ts';
import { readRosterBytes } from '../../../src/io/read-roster-bytes.ts';
import { escapeSpreadsheetText, unescapeSpreadsheetText } from '../../../src/io/spreadsheet-text.ts';
import { writeRosterCsv } from '../../../src/io/write-roster-csv.ts';
import { writeRosterGeoJson } from '../../../src/io/write-roster-geojson.ts';
import { writeRosterXlsx } from '../../../src/io/write-roster-xlsx.ts';
import { makeSchool } from '../school-fixtures.ts';
import { utf8 } from './fixtures.ts';

describe('escapeSpreadsheetText', () => {
  it('puts an apostrophe before formula starts, half- and full-width, and before an apostrophe', () => {
    for (const text of ['=SUM(A1)', '+1', '-2', '@x', '＝x', '＋x', '－x', '＠x', '\tx', '\rx', "'x"]) {
      expect(escapeSpreadsheetText(text)).toBe(`'${text}`);
      expect(unescapeSpreadsheetText(escapeSpreadsheetText(text))).toBe(text);
    }
    expect(escapeSpreadsheetText('港南中学')).toBe('港南中学');
    expect(unescapeSpreadsheetText("'80后")).toBe("'80后");
  });
});

describe('writeRosterCsv', () => {
  it('writes UTF-8 with BOM, the canonical header, 6-decimal coordinates and escaped formulas', () => {
    const csv = writeRosterCsv([
      makeSchool({
        code: '0045',
        name: '=SUM(A1:A3)',
        lon: 109.6,
        lat: 23.1,
        note: '-新校区',
        students: 620,
      }),
    ]);
    expect(csv.startsWith(`\uFEFF${ROSTER_COLUMNS.join(',')}\r\n`)).toBe(true);
    const [, row] = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(row?.slice(0, 5)).toEqual(['0045', "'=SUM(A1:A3)", '小学', '109.600000', '23.100000']);
    expect(row?.[ROSTER_COLUMNS.indexOf('在校生数')]).toBe('620');
    expect(row?.[ROSTER_COLUMNS.indexOf('备注')]).toBe("'-新校区");
    expect(row?.[ROSTER_COLUMNS.indexOf('寄宿制')]).toBe('否');
  });
});

describe('writeRosterXlsx', () => {
  it('writes a 学校名录 sheet with the canonical header and codes as text', async () => {
    const bytes = await writeRosterXlsx([makeSchool({ code: '0045', name: '甲', students: 620 })]);
    const [sheet] = await readXlsxFile(bytes.slice().buffer);
    expect(sheet?.sheet).toBe('学校名录');
    expect(sheet?.data[0]).toEqual([...ROSTER_COLUMNS]);
    expect(sheet?.data[1]?.[0]).toBe('0045');
    expect(sheet?.data[1]?.[ROSTER_COLUMNS.indexOf('在校生数')]).toBe(620);
  });
});

describe('writeRosterGeoJson', () => {
  it('writes WGS84 points with the canonical properties', () => {
    const collection = JSON.parse(
      writeRosterGeoJson([makeSchool({ code: '0045', name: '甲', lon: 109.1234567, lat: 23 })]),
    );
    const [feature] = collection.features;
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [109.123457, 23] });
    expect(feature.properties).toMatchObject({
      学校代码: '0045',
      学校名称: '甲',
      在校生数: null,
      寄宿制: '否',
    });
    expect(Object.keys(feature.properties)).not.toContain('经度');
  });
});

/** A small seeded generator, so a failing case can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const AWKWARD_TEXTS = [
  '港南区实验小学',
  '=SUM(A1:A3)',
  '+86 学校',
  '-新校区',
  '@教育局',
  '＝全角公式',
  '他说"好",然后走了',
  '第一行\n第二行',
  "'引号开头",
  "''两个引号",
  '逗号,分隔',
  '0045',
  '=HYPERLINK("http://example.com","点我")',
  '',
];

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

/** A roster CSV of random rows with awkward text in every text column. */
function randomRosterCsv(seed: number, rows: number): string {
  const next = random(seed);
  const data = Array.from({ length: rows }, (_, index) => {
    const cells: Record<string, string> = {
      学校代码: `${pick(next, ['0', '00', '', '21'])}${450800 + index}`,
      学校名称: `${pick(next, AWKWARD_TEXTS)}${index}`,
      学校类型: pick(next, SCHOOL_TYPES),
      // Six decimals at most, as exports write them: the first import is then already exact.
      经度: (109.5 + next() * 0.4).toFixed(pick(next, [1, 4, 6])),
      纬度: (22.7 + next() * 0.4).toFixed(pick(next, [2, 6])),
      所属乡镇: pick(next, ['桥圩镇', '', '=乡镇']),
      办学性质: pick(next, ['公办', '民办']),
      寄宿制: pick(next, ['是', '否']),
      中心校: pick(next, ['是', '否']),
      普惠性: pick(next, ['是', '否']),
      示范等级: pick(next, ['', '自治区示范园', '@级']),
      在校生数: pick(next, ['', '0', '620', '1234.5']),
      班级数: pick(next, ['', '12']),
      教职工数: pick(next, ['', '40']),
      计算机数: pick(next, ['', '8']),
      宽带Mbps: pick(next, ['', '100', '1000']),
      标准化建设: pick(next, ['', '已达标', '未达标']),
      项目类型: pick(next, ['', '新建', '改扩建', '标准化']),
      项目状态: pick(next, ['规划', '在建', '竣工']),
      计划年度: pick(next, ['', '2019', '2020']),
      投资万元: pick(next, ['', '330', '27890.5']),
      备注: pick(next, AWKWARD_TEXTS),
      数据来源: pick(next, AWKWARD_TEXTS),
    };
    return ROSTER_COLUMNS.map((column) => cells[column] ?? '');
  });
  return Papa.unparse({ fields: [...ROSTER_COLUMNS], data });
}

async function importRecords(bytes: Uint8Array, file: string): Promise<School[]> {
  const result = await readRosterBytes(bytes, file);
  expect(result.rejected).toEqual([]);
  expect(result.fileErrors).toEqual([]);
  return result.accepted.map((row) => row.record);
}

describe('import → export → import gives the same records', () => {
  for (const seed of [1, 2, 3]) {
    it(`CSV, XLSX and GeoJSON (seed ${seed})`, async () => {
      const first = await importRecords(utf8(randomRosterCsv(seed, 40)), 'random.csv');
      expect(first).toHaveLength(40);
      expect(first.some((school) => school.name.startsWith('='))).toBe(true);
      expect(await importRecords(utf8(writeRosterCsv(first)), 'export.csv')).toEqual(first);
      expect(await importRecords(await writeRosterXlsx(first), 'export.xlsx')).toEqual(first);
      expect(await importRecords(utf8(writeRosterGeoJson(first)), 'export.geojson')).toEqual(first);
    });
  }
});
