/** Births imported from a file (出生人数): the reader, the import flow's descriptor, and the forecast using them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distributeBirths } from '../../../src/analysis/seats/distribute-births.ts';
import { forecastChildren } from '../../../src/analysis/seats/forecast-children.ts';
import { CHILD_AGE_COUNT, NO_FORECAST_ASSUMPTIONS } from '../../../src/domain/seats.ts';
import { IMPORT_DESCRIPTORS } from '../../../src/io/import-flow/descriptors.ts';
import type { ImportContext } from '../../../src/io/import-flow/import-kinds.ts';
import { readImportFile } from '../../../src/io/import-flow/read-import-file.ts';
import { formatRowIssue } from '../../../src/io/import-result.ts';
import type { KnownTownship } from '../../../src/io/to-townships.ts';
import { zh, zhAll } from '../messages.ts';

const KNOWN: KnownTownship[] = [
  { code: '450803100', name: '桥圩镇' },
  { code: '450803101', name: '木格镇' },
  { code: '450803102', name: '木梓镇' },
];

const TOWNSHIPS: ImportContext['townships'] = {
  type: 'FeatureCollection',
  features: KNOWN.map((township) => ({
    type: 'Feature',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [109, 23],
          [109.1, 23],
          [109.1, 23.1],
          [109, 23],
        ],
      ],
    },
    properties: { ...township, urban: false, approximate: false },
  })),
};

function context(): ImportContext {
  return {
    schools: [],
    townships: TOWNSHIPS,
    seats: null,
    district: null,
    forecast: { ...NO_FORECAST_ASSUMPTIONS, birthChange: -0.02, migration: { '450803100': 0.01 } },
    roads: null,
    barriers: [],
  };
}

/** Reads a fixture through the import flow and reviews it as the dialog does. */
async function review(file: string, mapping: Record<string, string | null> = {}) {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/births/${file}`, import.meta.url)));
  const result = await readImportFile({ kind: 'births', bytes, fileName: file, options: {} });
  if (result.kind !== 'births' || !result.read.ok) throw new Error('the fixture should read');
  const checked = IMPORT_DESCRIPTORS.births.review(result.read, { mapping }, context());
  if (!checked) throw new Error('the fixture should give a review');
  return checked;
}

describe('reading births from a file', () => {
  it('reads district and township rows by their synonyms, names and codes', async () => {
    const checked = await review('出生人数-按乡镇.csv');
    expect(checked.mapping).toMatchObject({ 年份: '年度', 出生人数: '出生人口(人)', 乡镇名称: '乡镇名称' });
    expect(checked.rejected).toEqual([]);
    expect(checked.figures).toEqual({
      district: { 2021: 5210, 2022: 4960, 2023: 4700 },
      townships: { '450803100': { 2021: 640, 2022: 600 }, '450803101': { 2023: 380 } },
    });
  });

  it('reads a district table with English headers', async () => {
    const checked = await review('births-district.csv');
    expect(checked.figures).toEqual({ district: { 2021: 5210, 2022: 4960 }, townships: {} });
  });

  it('names the file, row and column of every rejected row, and keeps the good rows', async () => {
    const checked = await review('出生人数-有误.csv');
    expect(checked.rejected.map((row) => zhAll(row.errors.map(formatRowIssue)))).toEqual([
      ['出生人数-有误.csv 第 3 行「年份」：“二〇二二”不是有效年份（1949—2100）'],
      ['出生人数-有误.csv 第 4 行「出生人数」：“-5”不是非负整数'],
      ['出生人数-有误.csv 第 5 行「乡镇」：“大湾镇”不是本区的乡镇'],
      ['出生人数-有误.csv 第 6 行「年份」：桥圩镇 2021 年的出生人数与第 2 行重复'],
      ['出生人数-有误.csv 第 7 行「出生人数」：未填出生人数'],
      ['出生人数-有误.csv 第 8 行「出生人数」：“310.5”不是非负整数'],
    ]);
    expect(checked.figures).toEqual({
      district: {},
      townships: { '450803100': { 2021: 640 }, '450803102': { 2025: 305 } },
    });
    expect(zhAll(checked.fileWarnings)).toEqual([expect.stringContaining('合计')]);
  });

  it('refuses a file without a births column, saying which column is missing', async () => {
    const checked = await review('births-district.csv', { 出生人数: null });
    expect(checked.figures).toBeNull();
    expect(zhAll(checked.fileErrors)).toEqual([expect.stringContaining('出生人数')]);
  });

  it('notes a year whose townships add up to more than the district', async () => {
    const text = '年份,乡镇,出生人数\n2021,全区,100\n2021,桥圩镇,80\n2021,木格镇,40\n';
    const result = await readImportFile({
      kind: 'births',
      bytes: new TextEncoder().encode(text),
      fileName: 'b.csv',
      options: {},
    });
    if (result.kind !== 'births' || !result.read.ok) throw new Error('should read');
    const checked = IMPORT_DESCRIPTORS.births.review(result.read, { mapping: {} }, context());
    expect(zhAll(checked?.fileWarnings)).toEqual([
      'b.csv：2021 年各乡镇出生人数合计 120 人，多于全区的 100 人；未列出的乡镇按 0 人计',
    ]);
  });
});

describe('committing births', () => {
  it('replaces the births the forecast had and keeps its rate and migration', async () => {
    const checked = await review('出生人数-按乡镇.csv');
    const committed = IMPORT_DESCRIPTORS.births.commit(checked, '出生人数-按乡镇.csv', context(), {
      mapping: {},
    });
    expect(committed?.change.seatForecast).toEqual({
      birthChange: -0.02,
      births: { 2021: 5210, 2022: 4960, 2023: 4700 },
      townshipBirths: { '450803100': { 2021: 640, 2022: 600 }, '450803101': { 2023: 380 } },
      migration: { '450803100': 0.01 },
      birthsFile: '出生人数-按乡镇.csv',
    });
    expect(zh(committed?.done.message ?? { key: 'yes', values: {} })).toBe(
      '已采用 出生人数-按乡镇.csv 的出生人数（全区 3 个年份；2 个乡镇共 3 个年份）',
    );
  });
});

/** Three places: two in 甲 (age-0 children 30 and 10), one in 乙 (20); every other age 1 child. */
function threePlaces(): Int32Array {
  const ages = new Int32Array(3 * CHILD_AGE_COUNT).fill(1);
  ages[0] = 30;
  ages[CHILD_AGE_COUNT] = 10;
  ages[2 * CHILD_AGE_COUNT] = 20;
  return ages;
}
const TOWNSHIP_OF_PLACE = ['甲', '甲', '乙'];

describe('distributeBirths', () => {
  it('spreads a township’s figure over its places and the rest of the district’s over the others', () => {
    const births = distributeBirths(threePlaces(), 3, 2022, {
      baseYear: 2020,
      births: { 2022: 100 },
      townshipBirths: { 甲: { 2022: 80 } },
      townshipOfPlace: TOWNSHIP_OF_PLACE,
    });
    // 甲's 80 by age-0 children 30 : 10; 乙 gets the district's 100 − 80.
    expect([...births]).toEqual([60, 20, 20]);
  });

  it('changes the other places by the yearly rate when the district has no figure', () => {
    const births = distributeBirths(threePlaces(), 3, 2022, {
      baseYear: 2020,
      birthChange: -0.5,
      townshipBirths: { 甲: { 2022: 8 } },
      townshipOfPlace: TOWNSHIP_OF_PLACE,
    });
    expect([...births]).toEqual([6, 2, 5]);
  });

  it('never places fewer than zero when the townships’ figures exceed the district’s', () => {
    const births = distributeBirths(threePlaces(), 3, 2022, {
      baseYear: 2020,
      births: { 2022: 50 },
      townshipBirths: { 甲: { 2022: 80 } },
      townshipOfPlace: TOWNSHIP_OF_PLACE,
    });
    expect([...births]).toEqual([60, 20, 0]);
  });

  it('gives the forecast the township’s births as its youngest children', () => {
    const later = forecastChildren(threePlaces(), 3, {
      baseYear: 2020,
      year: 2022,
      births: { 2021: 60, 2022: 100 },
      townshipBirths: { 甲: { 2022: 80 } },
      townshipOfPlace: TOWNSHIP_OF_PLACE,
    });
    const ageZero = [0, 1, 2].map((place) => later[place * CHILD_AGE_COUNT]);
    const ageOne = [0, 1, 2].map((place) => later[place * CHILD_AGE_COUNT + 1]);
    expect(ageZero).toEqual([60, 20, 20]);
    // 2021: the district's 60 by age-0 children 30 : 10 : 20.
    expect(ageOne).toEqual([30, 10, 20]);
  });
});
