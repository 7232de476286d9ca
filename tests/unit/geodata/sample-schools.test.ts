import { booleanPointInPolygon } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { SAMPLE_DATA_SOURCE } from '../../../scripts/geodata/generate-sample-schools.ts';
import { readRoster } from '../../../src/io/read-roster.ts';
import {
  committedGeodata,
  committedRosterText,
  existsToday,
  parseRoster,
  type RosterRow,
} from './geodata-fixture.ts';

const { townships } = committedGeodata();
const text = committedRosterText();
const rows = parseRoster(text);

const isNew = (row: RosterRow): boolean => row.项目类型 === '新建';
const count = (predicate: (row: RosterRow) => boolean): number => rows.filter(predicate).length;
const townshipNames = townships.features.map((feature) => feature.properties.name);

/** Townships without a boarding primary (小学 or 九年一贯制) among the given rows. */
function townshipsWithoutBoardingPrimary(selected: readonly RosterRow[]): string[] {
  return townshipNames.filter(
    (name) =>
      !selected.some(
        (row) =>
          row.所属乡镇 === name &&
          (row.学校类型 === '小学' || row.学校类型 === '九年一贯制') &&
          row.寄宿制 === '是',
      ),
  );
}

/** Townships without a public central kindergarten among the given rows. */
function townshipsWithoutCentralKindergarten(selected: readonly RosterRow[]): string[] {
  return townshipNames.filter(
    (name) =>
      !selected.some(
        (row) =>
          row.所属乡镇 === name &&
          row.学校类型 === '幼儿园' &&
          row.中心校 === '是' &&
          row.办学性质 === '公办',
      ),
  );
}

describe('sample roster file', () => {
  it('is UTF-8 with a byte-order mark, \\n line endings and the canonical header', () => {
    expect(text.startsWith('\uFEFF学校代码,学校名称,学校类型,经度,纬度,所属乡镇')).toBe(true);
    expect(text).not.toContain('\r');
    expect(rows.length).toBeGreaterThan(250);
  });

  it('marks every row as sample data', () => {
    for (const row of rows) expect(row.数据来源).toBe(SAMPLE_DATA_SOURCE);
  });

  it('has unique 10-digit codes and unique names', () => {
    const codes = rows.map((row) => row.学校代码);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d{10}$/);
    expect(new Set(rows.map((row) => row.学校名称)).size).toBe(rows.length);
  });

  it('uses only the closed values of the roster columns', () => {
    for (const row of rows) {
      expect(['是', '否']).toContain(row.寄宿制);
      expect(['是', '否']).toContain(row.中心校);
      expect(['是', '否']).toContain(row.普惠性);
      expect(['公办', '民办']).toContain(row.办学性质);
      expect(['', '新建', '改扩建', '标准化']).toContain(row.项目类型);
      expect(['', '规划', '在建', '竣工']).toContain(row.项目状态);
      expect(row.经度).toMatch(/^\d+\.\d{6}$/);
      expect(row.纬度).toMatch(/^\d+\.\d{6}$/);
    }
  });

  it('imports into the app without errors or warnings', () => {
    const result = readRoster(text, 'schools.sample.csv');
    expect(result.fileErrors).toEqual([]);
    expect(result.rejected).toEqual([]);
    expect(result.accepted).toHaveLength(rows.length);
    expect(result.accepted.flatMap((accepted) => accepted.warnings)).toEqual([]);
  });
});

describe('sample school locations', () => {
  it('puts every school inside the approximate boundary of its 所属乡镇', () => {
    for (const row of rows) {
      const township = townships.features.find((feature) => feature.properties.name === row.所属乡镇);
      expect(township, `${row.学校名称}: ${row.所属乡镇}`).toBeDefined();
      if (!township) continue;
      const inside = booleanPointInPolygon([Number(row.经度), Number(row.纬度)], township, {
        ignoreBoundary: true,
      });
      expect(inside, row.学校名称).toBe(true);
    }
  });
});

describe('sample roster against the plan', () => {
  it('has the plan’s new builds: 16 public kindergartens, 4 primaries, 1 middle, 1 special, 1 urban high', () => {
    expect(count((row) => isNew(row) && row.学校类型 === '幼儿园' && row.办学性质 === '公办')).toBe(16);
    expect(count((row) => isNew(row) && row.学校类型 === '小学')).toBe(4);
    expect(count((row) => isNew(row) && row.学校类型 === '初中')).toBe(1);
    expect(count((row) => isNew(row) && row.学校类型 === '特殊教育学校')).toBe(1);
    const highs = rows.filter((row) => isNew(row) && row.学校类型 === '高中');
    expect(highs.map((row) => [row.所属乡镇, row.计划年度])).toEqual([['江南街道', '2020']]);
    expect(count(isNew)).toBe(23);
  });

  it('leaves figures empty only for new builds not yet completed', () => {
    for (const row of rows) {
      const unfinished = isNew(row) && row.项目状态 !== '竣工';
      expect(row.在校生数 === '', row.学校名称).toBe(unfinished);
      expect(row.班级数 === '', row.学校名称).toBe(unfinished);
    }
  });

  it('keeps new-build years within 2018–2020 and investments in plausible ranges', () => {
    const ranges: Record<string, [number, number]> = {
      幼儿园: [300, 900],
      小学: [1500, 4000],
      初中: [3000, 6000],
      高中: [15000, 30000],
      特殊教育学校: [1500, 2500],
    };
    for (const row of rows.filter(isNew)) {
      expect(Number(row.计划年度)).toBeGreaterThanOrEqual(2018);
      expect(Number(row.计划年度)).toBeLessThanOrEqual(2020);
      const [minimum, maximum] = ranges[row.学校类型] ?? [0, 0];
      expect(Number(row.投资万元), row.学校名称).toBeGreaterThanOrEqual(minimum);
      expect(Number(row.投资万元), row.学校名称).toBeLessThanOrEqual(maximum);
    }
  });

  it('has about 135 existing compulsory schools and about 150 existing kindergartens', () => {
    const compulsory = count(
      (row) => !isNew(row) && ['小学', '教学点', '初中', '九年一贯制'].includes(row.学校类型),
    );
    expect(compulsory).toBeGreaterThanOrEqual(125);
    expect(compulsory).toBeLessThanOrEqual(145);
    const kindergartens = count((row) => !isNew(row) && row.学校类型 === '幼儿园');
    expect(kindergartens).toBeGreaterThanOrEqual(140);
    expect(kindergartens).toBeLessThanOrEqual(160);
  });

  it('has exactly one 港南中学, a public boarding regional demonstration high school in 江南街道', () => {
    const flagship = rows.filter((row) => row.学校名称 === '港南中学');
    expect(flagship).toHaveLength(1);
    expect(flagship[0]).toMatchObject({
      学校类型: '高中',
      办学性质: '公办',
      示范等级: '自治区示范性高中',
      所属乡镇: '江南街道',
      寄宿制: '是',
    });
  });

  it('has about 60 standardisation and 60 kindergarten renovation projects across all statuses', () => {
    for (const projectType of ['标准化', '改扩建']) {
      const projects = rows.filter((row) => row.项目类型 === projectType);
      expect(projects.length).toBeGreaterThanOrEqual(50);
      expect(projects.length).toBeLessThanOrEqual(70);
      expect(new Set(projects.map((row) => row.项目状态))).toEqual(new Set(['规划', '在建', '竣工']));
    }
    expect(count((row) => row.示范等级 === '自治区示范园')).toBe(2);
  });
});

describe('rule failures the sample keeps on purpose', () => {
  it('leaves two townships without a boarding primary today and one after the plan', () => {
    expect(townshipsWithoutBoardingPrimary(rows.filter(existsToday))).toHaveLength(2);
    expect(townshipsWithoutBoardingPrimary(rows)).toHaveLength(1);
  });

  it('leaves one township without a public central kindergarten today, fixed by a new one', () => {
    const today = townshipsWithoutCentralKindergarten(rows.filter(existsToday));
    expect(today).toHaveLength(1);
    expect(townshipsWithoutCentralKindergarten(rows)).toEqual([]);
    const fix = rows.filter(
      (row) => isNew(row) && row.学校类型 === '幼儿园' && row.中心校 === '是' && row.所属乡镇 === today[0],
    );
    expect(fix.map((row) => row.项目状态)).toEqual(['在建']);
  });

  it('gives the most populous town (桥圩镇) at least two new public kindergartens and 木格镇 only one', () => {
    const newKindergartens = (township: string): number =>
      count(
        (row) =>
          isNew(row) && row.学校类型 === '幼儿园' && row.办学性质 === '公办' && row.所属乡镇 === township,
      );
    expect(newKindergartens('桥圩镇')).toBeGreaterThanOrEqual(2);
    expect(newKindergartens('木格镇')).toBe(1);
  });

  it('has oversized classes, slow lines and computer shortfalls to find', () => {
    const perClass = (row: RosterRow): number => Number(row.在校生数) / Number(row.班级数);
    const withClasses = rows.filter((row) => row.班级数 !== '' && row.学校类型 !== '幼儿园');
    expect(withClasses.filter((row) => perClass(row) > 55).length).toBeGreaterThanOrEqual(8);
    expect(withClasses.filter((row) => perClass(row) > 65).length).toBe(3);
    expect(
      count((row) => row.学校类型 === '小学' && row.宽带Mbps !== '' && Number(row.宽带Mbps) < 100),
    ).toBeGreaterThan(0);
    const leadSchool = (row: RosterRow): boolean =>
      row.学校类型 === '初中' || (row.学校类型 === '小学' && row.中心校 === '是');
    expect(
      count((row) => leadSchool(row) && row.宽带Mbps !== '' && Number(row.宽带Mbps) < 1000),
    ).toBeGreaterThan(0);
    const perComputer = (row: RosterRow): number => Number(row.在校生数) / Number(row.计算机数);
    expect(
      count((row) => row.学校类型 === '小学' && row.计算机数 !== '' && perComputer(row) > 15),
    ).toBeGreaterThan(0);
    expect(
      count((row) => row.学校类型 === '初中' && row.计算机数 !== '' && perComputer(row) > 10),
    ).toBeGreaterThan(0);
  });
});
