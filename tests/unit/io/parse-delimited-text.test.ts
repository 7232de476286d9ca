import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../src/io/detect-delimiter.ts';
import { parseDelimitedText } from '../../../src/io/parse-delimited-text.ts';
import { uniqueHeaders } from '../../../src/io/source-table.ts';

describe('detectDelimiter', () => {
  it('finds comma, tab, semicolon and vertical bar', () => {
    expect(detectDelimiter('名称,经度,纬度\n甲,109,23\n')).toBe(',');
    expect(detectDelimiter('名称\t经度\t纬度\n甲, 乙\t109\t23\n')).toBe('\t');
    expect(detectDelimiter('名称;经度;纬度\n甲;109,5;23,1\n')).toBe(';');
    expect(detectDelimiter('名称|经度|纬度\n甲|109|23\n')).toBe('|');
  });

  it('passes over one-cell title rows above the header', () => {
    expect(detectDelimiter('港南区学校名录（2019年）\n\n名称\t经度\t纬度\n甲\t109\t23\n')).toBe('\t');
    expect(detectDelimiter('港南区学校名录\n名称;经度;纬度\n甲;109;23\n乙;109;23\n')).toBe(';');
  });

  it('is not fooled by a tab inside a few cells of a CSV', () => {
    expect(detectDelimiter('名称,备注\n甲,a\tb\n乙,c\td\n')).toBe(',');
  });

  it('takes the full-width comma only when nothing else splits the header', () => {
    expect(detectDelimiter('名称，经度，纬度\n甲，109，23\n')).toBe('，');
    expect(detectDelimiter('名称,备注\n甲,“一，二，三”\n')).toBe(',');
  });
});

describe('parseDelimitedText', () => {
  it('keeps every cell as text, leading zeros included', () => {
    const { table } = parseDelimitedText('学校代码,在校生数\n0045,0620\n', 'a.csv');
    expect(table?.rows).toEqual([{ row: 2, cells: ['0045', '0620'] }]);
  });

  it('numbers rows as a spreadsheet shows them: blank lines count, a quoted newline does not', () => {
    const { table } = parseDelimitedText('名称,备注\n甲,"第一行\n第二行"\n\n乙,x\n', 'a.csv');
    expect(table?.rows.map((row) => row.row)).toEqual([2, 4]);
    expect(table?.rows[0]?.cells[1]).toBe('第一行\n第二行');
  });

  it('trims header cells and names blank or repeated ones', () => {
    const { table } = parseDelimitedText(' 名称 ,,名称\n甲,1,2\n', 'a.csv');
    expect(table?.headers).toEqual(['名称', '第2列', '名称（2）']);
    expect(uniqueHeaders(['\uFEFFa'])).toEqual(['a']);
  });

  it('gives no table for blank text', () => {
    expect(parseDelimitedText('\n \n', 'a.csv').table).toBeNull();
  });

  it('rejects the row with an unclosed quote and reads every row after it', () => {
    const { table } = parseDelimitedText('名称,经度\n"甲,109\n乙,110\n丙,"111"\n', 'a.csv');
    expect(table?.rows.map((row) => row.cells)).toEqual([
      ['"甲', '109'],
      ['乙', '110'],
      ['丙', '111'],
    ]);
    expect(Object.keys(table?.rowProblems ?? {})).toEqual(['2']);
  });
});
