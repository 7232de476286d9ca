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
});
