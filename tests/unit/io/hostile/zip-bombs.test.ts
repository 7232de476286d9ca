/**
 * Archives that expand to gigabytes: every zip the atlas reads (a zipped Shapefile, an Excel
 * workbook) is held to the same limits, checked on the declared sizes before inflating and on
 * the real output while inflating. Time and memory are measured in `npm run bench`.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBoundaryFile } from '../../../../src/io/read-boundary-file.ts';
import { readSourceTable } from '../../../../src/io/read-source-table.ts';
import { measureZipEntries, unzipEntries, ZIP_LIMITS } from '../../../../src/io/unzip-entries.ts';
import { writeRosterXlsx } from '../../../../src/io/write-roster-xlsx.ts';
import { rejectedMessage, zh } from '../../messages.ts';
import { makeSchool } from '../../school-fixtures.ts';
import { buildShp, buildZip, utf8 } from '../fixtures.ts';
import { zeroBomb } from './hostile-inputs.ts';

const MEGABYTE = 1024 * 1024;
const TWO_SCHOOLS = [
  makeSchool({ code: '0450001', name: '桥圩镇中心小学' }),
  makeSchool({ code: '0450002', name: '木格镇中心小学' }),
];
const SMALL = { entryBytes: MEGABYTE, totalBytes: 2 * MEGABYTE };

/** A clockwise triangle, as Shapefile outer rings go. */
const TRIANGLE = [
  [
    [109.5, 23.0],
    [109.5, 23.1],
    [109.6, 23.1],
    [109.5, 23.0],
  ],
];

describe('unzipEntries: limits', () => {
  it('refuses an entry whose declared size passes the limit before inflating it', async () => {
    // 3 GB declared, 4 bytes of data that are not even deflate: refused on the declaration alone.
    const archive = buildZip([
      { name: 'big.shp', data: utf8('junk'), compressed: utf8('junk'), declaredSize: 3_000_000_000 },
    ]);
    expect(await rejectedMessage(unzipEntries(archive))).toBe(
      '压缩包中的 big.shp 解压后有 2861.0 MB，超过单个文件 200 MB 的上限；请删去不需要的内容，或拆分为几个文件后再导入',
    );
  });

  it('stops inflating an entry as soon as it passes the size the archive declares', async () => {
    const archive = buildZip([
      { name: 'liar.dbf', data: new Uint8Array(0), compressed: zeroBomb(64), declaredSize: 100 },
    ]);
    const expected =
      '压缩包中的 liar.dbf 解压后比压缩包中标注的大小（100 字节）大得多，已停止解压；文件可能已损坏或被恶意构造，请核对文件来源';
    expect(await rejectedMessage(unzipEntries(archive))).toBe(expected);
    expect(await rejectedMessage(measureZipEntries(archive))).toBe(expected);
  });

  it('holds the entries together to the total limit', async () => {
    const parts = [0, 1, 2].map((index) => ({
      name: `part${index}.dbf`,
      data: new Uint8Array(0.9 * MEGABYTE),
      deflate: true,
    }));
    expect(await rejectedMessage(unzipEntries(buildZip(parts), { limits: SMALL }))).toBe(
      '压缩包中需要读取的文件解压后共 2.7 MB，超过 2 MB 的上限；请只保留需要导入的文件后重新压缩，或拆分为几个压缩包导入',
    );
    expect((await unzipEntries(buildZip(parts.slice(0, 2)), { limits: SMALL })).size).toBe(2);
  });

  it('never inflates the entries it is not asked for', async () => {
    const archive = buildZip([
      { name: 'layer.prj', data: utf8('GEOGCS'), deflate: true },
      { name: 'readme.txt', data: new Uint8Array(0), compressed: zeroBomb(8), declaredSize: 10 },
    ]);
    const entries = await unzipEntries(archive, {
      limits: SMALL,
      wanted: (name) => name.endsWith('.prj'),
    });
    expect([...entries.keys()]).toEqual(['layer.prj']);
    expect(await measureZipEntries(archive, { wanted: (name) => name.endsWith('.prj') })).toEqual(
      new Map([['layer.prj', 6]]),
    );
  });

  it('says a broken deflate stream is damaged, naming the entry', async () => {
    const archive = buildZip([
      {
        name: 'a.dbf',
        data: new Uint8Array(0),
        compressed: new Uint8Array([0xff, 0xff, 0xff]),
        declaredSize: 3,
      },
    ]);
    expect(await rejectedMessage(unzipEntries(archive))).toBe('压缩包中的 a.dbf 已损坏，无法解压');
  });

  it('keeps its default limits in the hundreds of megabytes (a province fits, a bomb does not)', () => {
    expect(ZIP_LIMITS.entryBytes).toBe(200 * MEGABYTE);
    expect(ZIP_LIMITS.totalBytes).toBeGreaterThanOrEqual(ZIP_LIMITS.entryBytes);
  });
});

describe('a zipped Shapefile that expands to gigabytes', () => {
  it('is refused with the entry named, after inflating no more than it declares', async () => {
    // About 1 MB of zip that inflates to 1 GB, declared as 1 KB.
    const archive = buildZip([
      { name: '乡镇界.shp', data: new Uint8Array(0), compressed: zeroBomb(1024), declaredSize: 1024 },
      { name: '乡镇界.dbf', data: new Uint8Array(0), compressed: zeroBomb(2), declaredSize: 10 },
    ]);
    expect(archive.byteLength).toBeLessThan(2 * MEGABYTE);
    const result = await readBoundaryFile(archive, '乡镇界.zip');
    expect(result.status).toBe('error');
    if (result.status !== 'error') return;
    expect(zh(result.message)).toContain(
      '压缩包中的 乡镇界.shp 解压后比压缩包中标注的大小（1024 字节）大得多',
    );
    expect(zh(result.message)).toContain('乡镇界.zip');
  });

  it('reads the layer when the bomb is in a file the reader does not need', async () => {
    const archive = buildZip([
      { name: 'layer.shp', data: buildShp([TRIANGLE]), deflate: true },
      { name: 'notes/readme.txt', data: new Uint8Array(0), compressed: zeroBomb(512), declaredSize: 10 },
    ]);
    const result = await readBoundaryFile(archive, 'layer.zip');
    expect(result.status).not.toBe('error');
  });
});

describe('an .xlsx that expands to a gigabyte sheet', () => {
  it('is refused in Chinese before the workbook library unzips it', async () => {
    const workbook = await writeRosterXlsx(TWO_SCHOOLS);
    const honest = await readSourceTable(workbook, '名录.xlsx');
    expect(honest.ok).toBe(true);
    const archive = buildZip([
      { name: '[Content_Types].xml', data: utf8('<?xml version="1.0"?><Types/>'), deflate: true },
      { name: 'xl/workbook.xml', data: utf8('<?xml version="1.0"?><workbook/>'), deflate: true },
      {
        name: 'xl/worksheets/sheet1.xml',
        data: new Uint8Array(0),
        compressed: zeroBomb(1024),
        declaredSize: 2048,
      },
    ]);
    const read = await readSourceTable(archive, '名录.xlsx');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    const text = zh(read.message);
    expect(text).toBe(
      '名录.xlsx 不是可读取的 Excel 工作簿（.xlsx）：压缩包中的 xl/worksheets/sheet1.xml 解压后比压缩包中标注的大小（2048 字节）大得多，已停止解压；文件可能已损坏或被恶意构造，请核对文件来源',
    );
  });

  it('maps every error of the workbook library to Chinese, without its English', async () => {
    // A sheet whose rows are out of order: the library says so in English.
    const parts = unzipSync(await writeRosterXlsx(TWO_SCHOOLS));
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] ?? new Uint8Array());
    parts['xl/worksheets/sheet1.xml'] = strToU8(sheet.replace('<row r="3"', '<row r="1"'));
    const read = await readSourceTable(zipSync(parts), '名录.xlsx');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(zh(read.message)).toBe(
      '名录.xlsx 不是可读取的 Excel 工作簿（.xlsx）：工作簿的内部结构有误（可能由不规范的软件生成或已损坏），请用 Excel 或 WPS 打开后另存为 .xlsx 再导入',
    );
  });
});
