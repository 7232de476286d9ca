import { describe, expect, it } from 'vitest';
import { isSampleRoster } from '../../../src/domain/school.ts';
import { makeSchool } from '../school-fixtures.ts';

describe('isSampleRoster', () => {
  it('is true when any row says in 数据来源 that it is sample data', () => {
    const real = makeSchool({ code: 'A', name: '甲小学', source: '港南区教育局2019年统计' });
    const sample = makeSchool({ code: 'B', name: '乙小学', source: '示例数据（脚本生成，非真实学校）' });
    expect(isSampleRoster([real, sample])).toBe(true);
    expect(isSampleRoster([real])).toBe(false);
    expect(isSampleRoster([])).toBe(false);
  });
});
