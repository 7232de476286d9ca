/**
 * Property tests of the importer with fast-check: export then import gives back the same
 * roster (CSV, XLSX, GeoJSON); nothing makes the importer throw instead of reporting; the
 * GCJ-02 and BD-09 conversions come back within a metre. Run counts keep the file to seconds.
 */
import fc from 'fast-check';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { SCHOOL_TYPES, type School } from '../../../src/domain/school.ts';
import {
  type CoordinateSystem,
  convertFromWgs84,
  convertToWgs84,
} from '../../../src/io/convert-coordinates.ts';
import { readBoundaryFile } from '../../../src/io/read-boundary-file.ts';
import { type ReadRosterOptions, readRosterBytes } from '../../../src/io/read-roster-bytes.ts';
import { writeRosterCsv } from '../../../src/io/write-roster-csv.ts';
import { writeRosterGeoJson } from '../../../src/io/write-roster-geojson.ts';
import { writeRosterXlsx } from '../../../src/io/write-roster-xlsx.ts';
import { utf8 } from './fixtures.ts';

/** Pieces that have broken CSV and spreadsheet round trips somewhere. */
const AWKWARD_PIECES = [
  '"',
  '""',
  ',',
  '，',
  ';',
  '|',
  '\t',
  '\n',
  "'",
  '=SUM(A1:A3)',
  '=HYPERLINK("http://x","点我")',
  '+86',
  '-',
  '@',
  '＝',
  '＋',
  '－',
  '＠',
  '１２３',
  'ＡＢＣ',
  '😀',
  '👨‍👩‍👧',
  '<img src=x onerror=alert(1)>',
  '合计',
  '__proto__',
  'constructor',
  'toString',
  '\u200B',
  '4.5E+09',
  '0045',
  '约300',
  '港南区',
  ' ',
] as const;

/**
 * Whether a text holds characters outside roster text: control characters (a CR also becomes
 * LF when line endings are normalised), lone surrogates, U+FFFD and Unicode non-characters,
 * which XML and so .xlsx cannot hold (write-excel-file drops them; see docs/DATA-FORMATS.md).
 */
function hasNonTextCharacter(text: string): boolean {
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f)) return true;
    if (code === 0xfffd || (code >= 0xd800 && code <= 0xdfff)) return true;
    if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) return true;
  }
  return false;
}

/**
 * Free text as a school roster holds it: trimmed (the importer trims cells), without control
 * characters, within the column's length limit.
 */
function freeText(maximumPieces: number, minimumLength = 0): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof(fc.constantFrom(...AWKWARD_PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), {
      maxLength: maximumPieces,
    })
    .map((pieces) => pieces.join('').trim())
    .filter((text) => text.length >= minimumLength && !hasNonTextCharacter(text) && text === text.trim());
}

const code = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 99_999_999 }))
    .map(([zeros, number]) => `${'0'.repeat(zeros)}${number}`),
  freeText(3, 1).filter((text) => [...text].length <= 50),
);

/** Six decimals, as exports write them, anywhere in China. */
const longitude = fc.integer({ min: 73_500_000, max: 135_000_000 }).map((value) => value / 1e6);
const latitude = fc.integer({ min: 18_000_000, max: 53_500_000 }).map((value) => value / 1e6);
const count = fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null });

const school: fc.Arbitrary<School> = fc
  .record({
    code,
    name: freeText(5, 1),
    type: fc.constantFrom(...SCHOOL_TYPES),
    lon: longitude,
    lat: latitude,
    township: freeText(2),
    ownership: fc.constantFrom('公办', '民办'),
    boarding: fc.boolean(),
    central: fc.boolean(),
    inclusive: fc.boolean(),
    demonstrationLevel: freeText(2),
    students: count,
    classes: count,
    seats: count,
    primarySeats: count,
    middleSeats: count,
    highSeats: count,
    staff: count,
    computers: count,
    bandwidthMbps: count,
    standardisation: fc.constantFrom('', '已达标', '未达标'),
    projectType: fc.constantFrom('', '新建', '改扩建', '标准化'),
    projectStatus: fc.constantFrom('规划', '在建', '竣工'),
    plannedYear: fc.option(fc.integer({ min: 1949, max: 2100 }), { nil: null }),
    investmentTenThousandYuan: fc.option(
      fc.integer({ min: 0, max: 10_000_000 }).map((value) => value / 10),
      { nil: null },
    ),
    note: freeText(6),
    source: freeText(3),
  })
  .map((record) => record as School);

const roster = fc.uniqueArray(school, { minLength: 1, maxLength: 8, selector: (item) => item.code });

async function importAll(bytes: Uint8Array, file: string): Promise<School[]> {
  const result = await readRosterBytes(bytes, file);
  expect(result.fileErrors).toEqual([]);
  expect(result.rejected).toEqual([]);
  return result.accepted.map((row) => row.record);
}

describe('import ∘ export is the identity on valid rosters', () => {
  it('CSV', async () => {
    await fc.assert(
      fc.asyncProperty(roster, async (schools) => {
        expect(await importAll(utf8(writeRosterCsv(schools)), 'export.csv')).toEqual(schools);
      }),
      { numRuns: 500 },
    );
  });

  it('XLSX', async () => {
    await fc.assert(
      fc.asyncProperty(roster, async (schools) => {
        expect(await importAll(await writeRosterXlsx(schools), 'export.xlsx')).toEqual(schools);
      }),
      { numRuns: 80 },
    );
  });

  it('GeoJSON', async () => {
    await fc.assert(
      fc.asyncProperty(roster, async (schools) => {
        expect(await importAll(utf8(writeRosterGeoJson(schools)), 'export.geojson')).toEqual(schools);
      }),
      { numRuns: 500 },
    );
  });
});

const SMALL_DISTRICT: Feature<Polygon> = {
  type: 'Feature',
  properties: {},
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [109.5, 23.0],
        [109.7, 23.0],
        [109.7, 23.2],
        [109.5, 23.2],
        [109.5, 23.0],
      ],
    ],
  },
};

const FILE_NAMES = [
  '名录.csv',
  '名录.tsv',
  '名录.txt',
  '名录.xlsx',
  '名录.xls',
  '名录.geojson',
  '名录.json',
  '名录',
];

const readOptions: fc.Arbitrary<ReadRosterOptions> = fc.record(
  {
    coords: fc.constantFrom<CoordinateSystem>('wgs84', 'gcj02', 'bd09'),
    encoding: fc.constantFrom('utf-8', 'gb18030', 'utf-16le', 'utf-16be', 'latin1'),
    district: fc.constant(SMALL_DISTRICT),
    headerRow: fc.integer({ min: -2, max: 6 }),
    delimiter: fc.constantFrom(',', '\t', ';', '|', '，'),
    mapping: fc.constant({ 学校名称: '__proto__', 经度: 'constructor' }),
  },
  { requiredKeys: [] },
);

/** Cells that reach deep into the row checks. */
const cell = fc.oneof(
  fc.constantFrom(
    '109.6',
    '23.1',
    '０',
    '109°35′12.5″',
    '北纬23度5分24秒',
    '0',
    'NaN',
    '待定',
    '小学',
    '完小',
    '大学',
    '是',
    '约300',
    '-5',
    '4.5E+09',
    '合计',
    '"',
    '""',
    '=1+1',
    '',
  ),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);

const HEADER_WORDS = [
  '学校代码',
  '学校名称',
  '校名',
  '学校类型',
  '学段',
  '经度',
  'lng',
  '纬度',
  'lat',
  '在校生数',
  '__proto__',
];

const table = fc
  .record({
    header: fc.subarray(HEADER_WORDS),
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }),
    delimiter: fc.constantFrom(',', '\t', ';', '|', '，'),
    lineEnding: fc.constantFrom('\n', '\r\n', '\r'),
    title: fc.option(fc.constantFrom('港南区学校名录（2019年）', '', '合计'), { nil: null }),
  })
  .map(({ header, rows, delimiter, lineEnding, title }) =>
    [
      ...(title === null ? [] : [title]),
      header.join(delimiter),
      ...rows.map((row) => row.join(delimiter)),
    ].join(lineEnding),
  );

async function expectReport(bytes: Uint8Array, file: string, options?: ReadRosterOptions): Promise<void> {
  const result = await readRosterBytes(bytes, file, options);
  expect(Array.isArray(result.fileErrors)).toBe(true);
  for (const row of [...result.accepted, ...result.rejected]) expect(Number.isInteger(row.row)).toBe(true);
  // Whatever came back can cross to the dialog from a worker.
  expect(() => structuredClone(result)).not.toThrow();
}

describe('no input makes the importer throw instead of reporting', () => {
  it('arbitrary bytes under any name and options', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          // Starts of real formats, with garbage after them.
          fc
            .tuple(
              fc.constantFrom(
                [0x50, 0x4b, 0x03, 0x04],
                [0xd0, 0xcf, 0x11, 0xe0],
                [0xef, 0xbb, 0xbf],
                [0xff, 0xfe],
                [0x7b],
              ),
              fc.uint8Array({ maxLength: 300 }),
            )
            .map(([start, rest]) => new Uint8Array([...start, ...rest])),
        ),
        fc.constantFrom(...FILE_NAMES),
        readOptions,
        (bytes, file, options) => expectReport(bytes, file, options),
      ),
      { numRuns: 500 },
    );
  });

  it('arbitrary strings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.constantFrom(...FILE_NAMES),
        (text, file) => expectReport(utf8(text), file),
      ),
      { numRuns: 500 },
    );
  });

  it('arbitrary CSV-ish tables', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom('名录.csv', '名录.txt', '名录.xls'),
        readOptions,
        (text, file, options) => expectReport(utf8(text), file, options),
      ),
      { numRuns: 500 },
    );
  });

  it('arbitrary bytes and JSON as a boundary file', async () => {
    const ring = fc.array(fc.tuple(fc.double({ noNaN: false }), fc.double()), { maxLength: 6 });
    const polygonText = fc
      .record({
        type: fc.constantFrom('Polygon', 'MultiPolygon', 'Point'),
        coordinates: fc.oneof(fc.array(ring, { maxLength: 3 }), fc.integer()),
      })
      .map((geometry) =>
        JSON.stringify({
          type: 'FeatureCollection',
          features: [{ type: 'Feature', properties: {}, geometry }],
        }),
      );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 400 }), polygonText.map(utf8)),
        fc.constantFrom('界线.zip', '界线.geojson', '界线.json', '界线.shp'),
        async (bytes, file) => {
          const result = await readBoundaryFile(bytes, file);
          expect(['ok', 'needs-projection', 'error']).toContain(result.status);
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** Great-circle distance in metres (haversine, mean Earth radius). */
function metresBetween(a: readonly [number, number], b: readonly [number, number]): number {
  const radians = Math.PI / 180;
  const halfLatitude = Math.sin(((b[1] - a[1]) * radians) / 2);
  const halfLongitude = Math.sin(((b[0] - a[0]) * radians) / 2);
  const haversine =
    halfLatitude ** 2 + Math.cos(a[1] * radians) * Math.cos(b[1] * radians) * halfLongitude ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(Math.min(1, haversine)));
}

describe('GCJ-02 and BD-09 round trips stay within 1 m over China', () => {
  const pointInChina = fc.tuple(
    fc.double({ min: 73.5, max: 135, noNaN: true }),
    fc.double({ min: 18, max: 53.5, noNaN: true }),
  );
  it.each(['gcj02', 'bd09'] as const)('%s', (system) => {
    fc.assert(
      fc.property(pointInChina, (point) => {
        const there = convertFromWgs84(point, system);
        const back = convertToWgs84(there, system);
        expect(metresBetween(point, back)).toBeLessThan(1);
        // And the offset is real, not a no-op that would pass trivially.
        expect(metresBetween(point, there)).toBeGreaterThan(1);
      }),
      { numRuns: 2000 },
    );
  });
});
