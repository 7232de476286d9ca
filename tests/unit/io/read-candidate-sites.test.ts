/** Reading candidate-site lists: header synonyms, encodings, notations, and the rows refused. */
import { describe, expect, it } from 'vitest';
import { convertToWgs84 } from '../../../src/io/convert-coordinates.ts';
import { formatRowIssue } from '../../../src/io/import-result.ts';
import { readCandidateSites } from '../../../src/io/read-candidate-sites.ts';
import { zhAll } from '../messages.ts';
import { readFixture, utf8 } from './fixtures.ts';

describe('readCandidateSites', () => {
  it('reads names and points under the usual headers', async () => {
    const result = await readCandidateSites(
      utf8('地块名称,经度,纬度,面积\n桥圩东地块,109.7712,22.955,12\n,109.68,22.842,8\n'),
      '候选点.csv',
    );
    expect(zhAll(result.fileErrors)).toEqual([]);
    expect(result.rejected).toEqual([]);
    expect(result.accepted.map((row) => [row.row, row.record])).toEqual([
      [2, { lon: 109.7712, lat: 22.955, name: '桥圩东地块' }],
      [3, { lon: 109.68, lat: 22.842, name: '' }],
    ]);
  });

  it('knows the English and X/Y headers, with a note in brackets, in any case', async () => {
    const result = await readCandidateSites(
      utf8('\uFEFFName,Longitude (WGS84),LATITUDE\nA,109.7,22.9\n'),
      'sites.csv',
    );
    expect(result.accepted[0]?.record).toEqual({ lon: 109.7, lat: 22.9, name: 'A' });
    const xy = await readCandidateSites(utf8('x\ty\tname\n109.7\t22.9\tB\n'), 'sites.txt');
    expect(xy.accepted[0]?.record).toEqual({ lon: 109.7, lat: 22.9, name: 'B' });
  });

  it('reads a GBK file as Chinese Excel saves it', async () => {
    const result = await readCandidateSites(readFixture('candidates-gbk.csv'), 'candidates-gbk.csv');
    expect(result.accepted.map((row) => row.record.name)).toEqual(['桥圩镇东地块', '木格镇北地块']);
    expect(result.accepted[1]?.record).toMatchObject({ lon: 109.6801, lat: 22.842 });
  });

  it('reads degrees-minutes-seconds and converts from GCJ-02', async () => {
    const result = await readCandidateSites(
      utf8('名称,经度,纬度\n甲,109°35′12″,22°57′00″\n乙,东经109度35分12秒,北纬22度57分\n'),
      '度分秒.csv',
    );
    for (const row of result.accepted) {
      expect(row.record.lon).toBeCloseTo(109 + 35 / 60 + 12 / 3600, 12);
      expect(row.record.lat).toBeCloseTo(22.95, 12);
    }
    const gcj = await readCandidateSites(utf8('名称,lng,lat\n丙,109.7,22.9\n'), '高德.csv', {
      coords: 'gcj02',
    });
    expect(gcj.accepted[0]?.record).toEqual({
      ...toPoint(convertToWgs84([109.7, 22.9], 'gcj02')),
      name: '丙',
    });
  });

  it('refuses rows it cannot place, naming the file, row and column', async () => {
    const result = await readCandidateSites(
      utf8('地块名称,经度,纬度\n好,109.7,22.9\n坏一,abc,22.9\n坏二,109.7,\n坏三,190,22.9\n反,22.9,109.7\n'),
      '候选点.csv',
    );
    expect(result.accepted.map((row) => row.record.name)).toEqual(['好', '反']);
    expect(result.accepted[1]?.record).toMatchObject({ lon: 109.7, lat: 22.9 });
    expect(zhAll(result.accepted[1]?.warnings.map(formatRowIssue))).toEqual([
      '候选点.csv 第 6 行「经度」：经度“22.9”与纬度“109.7”填反了，已对调',
    ]);
    expect(zhAll(result.rejected.flatMap((row) => row.errors.map(formatRowIssue)))).toEqual([
      '候选点.csv 第 3 行「经度」：“abc”不是可识别的坐标，应为十进制度数（如 109.5862）或度分秒（如 109°35′12″）',
      '候选点.csv 第 4 行「纬度」：缺少坐标',
      '候选点.csv 第 5 行「经度」：190 超出中国范围（73–136），请检查是否填反或填错',
    ]);
    expect(result.rejected[0]?.original).toMatchObject({ 地块名称: '坏一', 经度: 'abc' });
    const english = await readCandidateSites(utf8('name,lng,lat\nA,109.7,north\n'), 'sites.csv');
    expect(zhAll(english.rejected[0]?.errors.map(formatRowIssue))).toEqual([
      'sites.csv 第 2 行「lat」：“north”不是可识别的坐标，应为十进制度数（如 109.5862）或度分秒（如 109°35′12″）',
    ]);
  });

  it('says once, clearly, when the file has no coordinate columns or no rows', async () => {
    const noColumns = await readCandidateSites(utf8('地块,面积\n东,12\n'), '地块.csv');
    expect(zhAll(noColumns.fileErrors)).toEqual([
      '地块.csv：找不到经度、纬度列（表头为 地块、面积）；经度列可写作 经度、lon、lng、longitude 或 X，纬度列可写作 纬度、lat、latitude 或 Y',
    ]);
    expect(noColumns.accepted).toEqual([]);
    expect(noColumns.rejected).toEqual([]);
    const noLatitude = await readCandidateSites(utf8('名称,lon\n东,109.7\n'), '半.csv');
    expect(zhAll(noLatitude.fileErrors)[0]).toMatch(/^半\.csv：找不到纬度列/);
    const headerOnly = await readCandidateSites(utf8('名称,经度,纬度\n'), '空.csv');
    expect(zhAll(headerOnly.fileErrors)).toEqual(['空.csv：只有表头（第 1 行），没有候选点']);
    const empty = await readCandidateSites(new Uint8Array(0), '无.csv');
    expect(zhAll(empty.fileErrors)).toEqual(['无.csv：文件为空']);
  });
});

function toPoint([lon, lat]: [number, number]): { lon: number; lat: number } {
  return { lon, lat };
}
