/**
 * JSON nested thousands deep, inside a property or the coordinates: every reader refuses it with
 * a message naming the file and the limit, and none throws (a recursive walk after parsing
 * would overflow the call stack).
 */
import { describe, expect, it } from 'vitest';
import { jsonDepth, MAX_JSON_DEPTH } from '../../../../src/io/parse-json-text.ts';
import { parseProject } from '../../../../src/io/project-file.ts';
import { readBoundaryFile } from '../../../../src/io/read-boundary-file.ts';
import { readRosterBytes } from '../../../../src/io/read-roster-bytes.ts';
import { readRuleSetText } from '../../../../src/io/rule-set-file.ts';
import { zh, zhAll } from '../../messages.ts';
import { utf8 } from '../fixtures.ts';
import { deeplyNested } from './hostile-inputs.ts';

const DEEP = 5000;

function pointsWithDeepProperty(): string {
  return `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"学校名称":"甲小学","备注":${deeplyNested(DEEP)}},"geometry":{"type":"Point","coordinates":[109.6,23.1]}}]}`;
}

function boundaryWithDeepCoordinates(): string {
  return `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"甲镇"},"geometry":{"type":"Polygon","coordinates":${deeplyNested(DEEP)}}}]}`;
}

const TOO_DEEP = (file: string) => `${file} 中的数组或对象嵌套超过 ${MAX_JSON_DEPTH} 层`;

describe('jsonDepth', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,[2]]}')).toBe(3);
    expect(jsonDepth('{"a":"[[[[\\"[[["}')).toBe(1);
    expect(jsonDepth('1')).toBe(0);
    expect(jsonDepth(deeplyNested(DEEP))).toBe(MAX_JSON_DEPTH + 1);
  });
});

describe('readers given JSON nested 5,000 deep', () => {
  it('the roster reader (GeoJSON points): a file error, no throw', async () => {
    const result = await readRosterBytes(utf8(pointsWithDeepProperty()), '学校.geojson');
    expect(result.accepted).toEqual([]);
    expect(zhAll(result.fileErrors)[0]).toContain(TOO_DEEP('学校.geojson'));
  });

  it('the boundary reader: deep coordinates and deep properties', async () => {
    for (const text of [boundaryWithDeepCoordinates(), pointsWithDeepProperty()]) {
      const result = await readBoundaryFile(utf8(text), '乡镇.geojson');
      expect(result.status).toBe('error');
      if (result.status === 'error') expect(zh(result.message)).toContain(TOO_DEEP('乡镇.geojson'));
    }
  });

  it('the rule-set reader', () => {
    const result = readRuleSetText(`{"title":${deeplyNested(DEEP, 'object')}}`, '规则.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(zhAll(result.errors)[0]).toContain(TOO_DEEP('规则.json'));
  });

  it('the project backup reader', () => {
    const result = parseProject(`{"format":"x","roster":${deeplyNested(DEEP)}}`, '备份.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(zh(result.message)).toContain(TOO_DEEP('备份.json'));
  });

  it('still reads nesting as deep as real files, and stringifies it', async () => {
    const properties = `{"学校名称":"甲小学","学校类型":"小学","备注":${deeplyNested(MAX_JSON_DEPTH - 5)}}`;
    const text = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":${properties},"geometry":{"type":"Point","coordinates":[109.6,23.1]}}]}`;
    const result = await readRosterBytes(utf8(text), '学校.geojson');
    expect(result.fileErrors).toEqual([]);
    expect(result.accepted).toHaveLength(1);
  });
});
