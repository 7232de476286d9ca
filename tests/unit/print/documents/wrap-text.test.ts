import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../../src/print/documents/wrap-text.ts';

/** Chinese characters and full-width punctuation one unit wide, everything else half. */
function measure(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(character) ? 1 : 0.5;
  return width;
}

describe('wrapText', () => {
  it('breaks between Chinese characters', () => {
    expect(wrapText('港南区学校布局现状图', 4, measure)).toEqual(['港南区学', '校布局现', '状图']);
  });

  it('keeps a Latin word or a number whole and drops the space at the break', () => {
    expect(wrapText('数据来源 schools.sample.csv 示例', 10, measure)).toEqual([
      '数据来源',
      'schools.sample.csv',
      '示例',
    ]);
    expect(wrapText('覆盖 16.1% / 90.0%', 6, measure)).toEqual(['覆盖 16.1% /', '90.0%']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    // '，' would start the second line: the character before it goes down with it.
    expect(wrapText('幼儿园小学，初中高中', 5, measure)).toEqual(['幼儿园小', '学，初中高', '中']);
    // '（' would end the first line: it goes down to the word it opens.
    expect(wrapText('学校布局（示意）图', 5, measure)).toEqual(['学校布局', '（示意）图']);
  });

  it('breaks a word longer than the line between its characters', () => {
    expect(wrapText('abcdefghij', 2, measure)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('keeps line feeds as breaks', () => {
    expect(wrapText('第一行\n第二行', 10, measure)).toEqual(['第一行', '第二行']);
  });

  it('loses no character and keeps lines within the width (properties)', () => {
    const pieces = fc.constantFrom('港', '南', '区', '，', '。', '（', '）', 'ab', '12', ' ', '%', 'km');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.integer({ min: 2, max: 12 }), (parts, width) => {
        const text = parts.join('');
        const lines = wrapText(text, width, measure);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
        for (const line of lines) {
          // Only a carried closing mark may push a line past the width, by itself.
          expect(measure(line)).toBeLessThanOrEqual(width + 1);
          expect(line).toBe(line.trim());
        }
      }),
    );
  });
});
