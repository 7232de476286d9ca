import { describe, expect, it } from 'vitest';
import {
  applyMappingOverride,
  guessColumnMapping,
  mappingKey,
  normaliseHeader,
} from '../../../src/io/guess-column-mapping.ts';

describe('guessColumnMapping', () => {
  it('maps English headers', () => {
    const mapping = guessColumnMapping(['name', 'lng', 'lat', 'type', 'code']);
    expect(mapping).toMatchObject({
      学校名称: 'name',
      经度: 'lng',
      纬度: 'lat',
      学校类型: 'type',
      学校代码: 'code',
    });
    expect(mapping.所属乡镇).toBeNull();
  });

  it('maps Chinese synonyms, case, width and a bracketed unit', () => {
    const mapping = guessColumnMapping([
      '学校标识码',
      '单位名称',
      '学段',
      'Ｘ',
      ' Y ',
      '投资（万元）',
      '宽带(Mbps)',
      '是否寄宿',
    ]);
    expect(mapping).toMatchObject({
      学校代码: '学校标识码',
      学校名称: '单位名称',
      学校类型: '学段',
      经度: 'Ｘ',
      纬度: ' Y ',
      投资万元: '投资（万元）',
      宽带Mbps: '宽带(Mbps)',
      寄宿制: '是否寄宿',
    });
  });

  it('prefers a canonical header over a synonym and uses each header once', () => {
    const mapping = guessColumnMapping(['名称', '学校名称', '经度', 'lng', '纬度']);
    expect(mapping.学校名称).toBe('学校名称');
    expect(mapping.经度).toBe('经度');
  });
});

describe('applyMappingOverride', () => {
  it('lays the user choice over the guess and frees the header from its guessed column', () => {
    const headers = ['名称', '备注', 'x', 'y'];
    const guess = guessColumnMapping(headers);
    const mapping = applyMappingOverride(guess, { 学校名称: '备注', 备注: null, 经度: 'nope' }, headers);
    expect(mapping.学校名称).toBe('备注');
    expect(mapping.备注).toBeNull();
    expect(mapping.经度).toBe('x');
  });
});

describe('mappingKey', () => {
  it('is the same for the same headers in any order, case or width', () => {
    expect(mappingKey(['名称', 'LNG', 'lat'])).toBe(mappingKey(['ｌａｔ', 'lng', '名称']));
    expect(mappingKey(['名称', 'lng'])).not.toBe(mappingKey(['名称', 'lat']));
  });

  it('rests on a normal form without spaces, underscores or case', () => {
    expect(normaliseHeader(' School_Name ')).toBe('schoolname');
  });
});
