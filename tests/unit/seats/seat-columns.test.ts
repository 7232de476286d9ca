/**
 * The roster's seat columns (学位数, 小学学位数, 初中学位数, 高中学位数) through import, export and
 * the project backup; files without them stay valid.
 */
import { describe, expect, it } from 'vitest';
import { PROJECT_FORMAT } from '../../../src/domain/project.ts';
import { parseProject, serializeProject } from '../../../src/io/project-file.ts';
import { readRosterBytes } from '../../../src/io/read-roster-bytes.ts';
import { writeRosterCsv } from '../../../src/io/write-roster-csv.ts';
import { writeRosterGeoJson } from '../../../src/io/write-roster-geojson.ts';
import { makeSchool } from '../school-fixtures.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('seat columns of the roster', () => {
  it('reads 学位数 under its other names (核定学位, 容量, capacity) and the per-stage columns', async () => {
    const text = [
      '学校名称,学校类型,经度,纬度,核定学位,小学学位,初中学位数',
      '甲校,九年一贯制,109.6,23.1,900,600,300',
      '乙校,小学,109.61,23.1,,,',
    ].join('\n');
    const result = await readRosterBytes(utf8(text), 'seats.csv');
    expect(result.rejected).toEqual([]);
    const [first, second] = result.accepted.map((row) => row.record);
    expect(first).toMatchObject({ seats: 900, primarySeats: 600, middleSeats: 300, highSeats: null });
    expect(second).toMatchObject({ seats: null, primarySeats: null, middleSeats: null, highSeats: null });
    for (const header of ['容量', 'capacity', 'Capacity']) {
      const read = await readRosterBytes(
        utf8(`学校名称,学校类型,经度,纬度,${header}\n丙校,小学,109.6,23.1,540\n`),
        'a.csv',
      );
      expect(read.accepted[0]?.record.seats, header).toBe(540);
    }
  });

  it('warns about a seat figure that is not a number and keeps the row', async () => {
    const result = await readRosterBytes(
      utf8('学校名称,学校类型,经度,纬度,学位数\n甲校,小学,109.6,23.1,很多\n'),
      'a.csv',
    );
    expect(result.accepted[0]?.record.seats).toBeNull();
    expect(result.accepted[0]?.warnings[0]?.column).toBe('学位数');
  });

  it('writes the columns after 班级数 in CSV and GeoJSON', () => {
    const school = makeSchool({ code: '1', name: '甲校', type: '完全中学', seats: 1200, middleSeats: 500 });
    const header = writeRosterCsv([school]).split('\r\n')[0] ?? '';
    expect(header).toContain('班级数,学位数,小学学位数,初中学位数,高中学位数,教职工数');
    const properties = JSON.parse(writeRosterGeoJson([school])).features[0].properties;
    expect(properties).toMatchObject({ 学位数: 1200, 小学学位数: null, 初中学位数: 500, 高中学位数: null });
  });

  it('opens a backup saved before the seat columns existed, with unknown seats', () => {
    const school = makeSchool({ code: '1', name: '甲校', classes: 12, seats: 600 });
    const { seats: _seats, primarySeats: _p, middleSeats: _m, highSeats: _h, ...older } = school;
    const text = JSON.stringify({
      format: PROJECT_FORMAT,
      schemaVersion: 1,
      savedAt: '',
      roster: [older],
      townships: null,
      population: null,
      rules: null,
      settings: {},
      candidates: [],
    });
    const opened = parseProject(text);
    if (!opened.ok) throw new Error('not opened');
    expect(opened.project.roster[0]).toMatchObject({ classes: 12, seats: null, primarySeats: null });
    const again = parseProject(serializeProject({ ...opened.project, roster: [school] }));
    if (!again.ok) throw new Error('not opened');
    expect(again.project.roster[0]?.seats).toBe(600);
  });
});
