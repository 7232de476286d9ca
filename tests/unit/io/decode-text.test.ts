import { describe, expect, it } from 'vitest';
import { message } from '../../../src/domain/message.ts';
import { decodeText, fileSizeProblem, MAX_IMPORT_BYTES } from '../../../src/io/decode-text.ts';
import { thrownMessage, zhAll } from '../messages.ts';
import { GBK, readFixture, utf8 } from './fixtures.ts';

describe('decodeText', () => {
  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('学校名称')]));
    expect(decoded).toEqual({ text: '学校名称', encoding: 'utf-8', fromByteOrderMark: true });
  });

  it('reads UTF-16LE and UTF-16BE by their byte-order marks', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x21, 0x68])).text).toBe('校');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x68, 0x21])).encoding).toBe('utf-16be');
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x68, 0x21])).text).toBe('校');
  });

  it('reads valid UTF-8 without a mark as UTF-8', () => {
    expect(decodeText(utf8('桥圩镇,1'))).toEqual({
      text: '桥圩镇,1',
      encoding: 'utf-8',
      fromByteOrderMark: false,
    });
  });

  it('falls back to GB18030 for GBK bytes', () => {
    const decoded = decodeText(new Uint8Array([...GBK.桥圩镇, 0x2c, 0x31]));
    expect(decoded.text).toBe('桥圩镇,1');
    expect(decoded.encoding).toBe('gb18030');
  });

  it('reads the GBK fixture, CRLF turned into LF', () => {
    const decoded = decodeText(readFixture('roster-gbk.csv'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text.split('\n')[0]).toBe(
      '学校标识码,学校名称,学段,经度,纬度,所属乡镇,办学性质,是否寄宿,备注',
    );
    expect(decoded.text).not.toContain('\r');
  });

  it('uses the override when given, and says which it used', () => {
    const decoded = decodeText(utf8('桥'), 'gbk');
    expect(decoded.encoding).toBe('gbk');
    expect(decoded.text).not.toBe('桥');
    expect(thrownMessage(() => decodeText(utf8('a'), 'klingon'))).toContain('不认识的文字编码“klingon”');
  });

  it('normalises CR and CRLF line endings to LF', () => {
    expect(decodeText(utf8('a\r\nb\rc\n')).text).toBe('a\nb\nc\n');
  });
});

describe('fileSizeProblem', () => {
  it('refuses files over the limit with a Chinese message and accepts files at it', () => {
    expect(fileSizeProblem(MAX_IMPORT_BYTES, 'a.csv')).toBeNull();
    expect(
      zhAll([fileSizeProblem(60 * 1024 * 1024, '名录.csv') ?? message('verbatim', { text: '' })])[0],
    ).toBe('名录.csv 有 60.0 MB，超过 50 MB 的导入上限；请拆分后分批导入');
  });
});
