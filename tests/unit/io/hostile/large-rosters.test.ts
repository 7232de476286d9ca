/**
 * Rosters as big as a province, and rosters broken on every row: every one is read to the end,
 * each bad row named. Time and memory are measured in `npm run bench` (hostile inputs); the
 * timeouts here only keep a hung reader from hanging the suite.
 */
import { describe, expect, it } from 'vitest';
import { parseDelimitedText } from '../../../../src/io/parse-delimited-text.ts';
import { readRosterBytes } from '../../../../src/io/read-roster-bytes.ts';
import { zh } from '../../messages.ts';
import { utf8 } from '../fixtures.ts';

/** A roster of `count` valid schools, one line each. */
function rosterText(count: number): string {
  const lines = ['学校代码,学校名称,学校类型,乡镇,经度,纬度'];
  for (let index = 0; index < count; index++) {
    const longitude = (109 + (index % 1000) / 1000).toFixed(5);
    const latitude = (22 + Math.floor(index / 1000) / 1000).toFixed(5);
    lines.push(`${String(index).padStart(7, '0')},第${index}小学,小学,桥圩镇,${longitude},${latitude}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('a roster of 150,000 schools', () => {
  it('is read whole: no row is lost to a spread past the call-stack limit', {
    timeout: 120_000,
  }, async () => {
    const result = await readRosterBytes(utf8(rosterText(150_000)), '全省名录.csv');
    expect(result.fileErrors ?? []).toEqual([]);
    expect(result.rejected).toEqual([]);
    expect(result.accepted).toHaveLength(150_000);
    expect(result.accepted[149_999]?.record.code).toBe('0149999');
    expect(result.accepted[149_999]?.row).toBe(150_001);
  });
});

describe('a roster with an unclosed quote on every row', () => {
  it('is read in one pass, each row rejected by its number and column', { timeout: 60_000 }, () => {
    const count = 20_000;
    const lines = ['学校名称,备注'];
    for (let index = 0; index < count; index++) lines.push(`第${index}小学,"未闭合的备注${index}`);
    const { table } = parseDelimitedText(`${lines.join('\n')}\n`, '名录.csv');
    expect(table?.rows).toHaveLength(count);
    const problems = table?.rowProblems ?? {};
    expect(Object.keys(problems)).toHaveLength(count);
    expect(table?.rows[count - 1]?.cells).toEqual([`第${count - 1}小学`, `"未闭合的备注${count - 1}`]);
    const last = problems[count + 1];
    expect(last && zh(last)).toMatch(/^「备注」列的双引号不成对/);
  });

  it('keeps a quoted cell over two lines and a doubled quote inside a cell', () => {
    const { table } = parseDelimitedText('名称,备注\n甲,"第一行\n""第二行"""\n乙,"x" \n', 'a.csv');
    expect(table?.rows.map((row) => row.cells)).toEqual([
      ['甲', '第一行\n"第二行"'],
      ['乙', 'x'],
    ]);
    expect(table?.rowProblems ?? {}).toEqual({});
  });

  it('rejects a quote closed with text after it, and reads the rows between as rows', () => {
    const { table } = parseDelimitedText('名称,备注\n"甲"乙,1\n丙,2\n丁,"3"\n', 'a.csv');
    expect(table?.rows.map((row) => row.cells)).toEqual([
      ['"甲"乙', '1'],
      ['丙', '2'],
      ['丁', '3'],
    ]);
    expect(Object.keys(table?.rowProblems ?? {})).toEqual(['2']);
  });
});
