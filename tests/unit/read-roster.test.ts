import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ROSTER_COLUMNS } from '../../src/domain/school.ts';
import { formatRowIssue } from '../../src/io/import-result.ts';
import { readRoster } from '../../src/io/read-roster.ts';
import { zh, zhAll } from './messages.ts';

function csv(rows: Record<string, string>[]): string {
  return `\uFEFF${Papa.unparse({ fields: [...ROSTER_COLUMNS], data: rows.map((row) => ROSTER_COLUMNS.map((c) => row[c] ?? '')) })}`;
}

const good = {
  学校代码: '0450001',
  学校名称: '甲镇中心小学',
  学校类型: '小学',
  经度: '109.7',
  纬度: '22.9',
  办学性质: '公办',
};

describe('readRoster', () => {
  it('reads a good row into a typed record, keeping leading zeros', () => {
    const result = readRoster(
      csv([{ ...good, 寄宿制: '是', 在校生数: '620', 项目类型: '新建', 项目状态: '在建' }]),
      'a.csv',
    );
    expect(result.rejected).toEqual([]);
    const [row] = result.accepted;
    expect(row?.record).toMatchObject({
      code: '0450001',
      type: '小学',
      lon: 109.7,
      boarding: true,
      students: 620,
      projectType: '新建',
      projectStatus: '在建',
    });
    expect(row?.warnings).toEqual([]);
  });

  it('rejects a row with a bad coordinate, naming file, row and column in Chinese', () => {
    const result = readRoster(csv([good, { ...good, 学校代码: '2', 经度: '东经109度x' }]), '名录.csv');
    expect(result.accepted).toHaveLength(1);
    expect(result.rejected).toHaveLength(1);
    const [error] = result.rejected[0]?.errors ?? [];
    expect(error && zh(formatRowIssue(error))).toBe('名录.csv 第 3 行「经度」：“东经109度x”不是十进制度数');
    expect(result.rejected[0]?.original.经度).toBe('东经109度x');
  });

  it('rejects unknown school types and coordinates outside China', () => {
    const result = readRoster(
      csv([
        { ...good, 学校类型: '大学' },
        { ...good, 学校代码: '3', 经度: '22.9', 纬度: '109.7' },
      ]),
      'a.csv',
    );
    expect(result.accepted).toHaveLength(0);
    expect(result.rejected.map((row) => row.errors.map((error) => error.column))).toEqual([
      ['学校类型'],
      ['经度', '纬度'],
    ]);
  });

  it('rejects a duplicate code after its first row', () => {
    const result = readRoster(csv([good, good]), 'a.csv');
    expect(result.accepted).toHaveLength(1);
    expect(zhAll(result.rejected[0]?.errors.map((issue) => issue.message))[0]).toBe(
      '代码 0450001 与第 2 行重复',
    );
  });

  it('accepts with a warning what it can repair', () => {
    const result = readRoster(csv([{ ...good, 在校生数: '很多', 寄宿制: 'Y', 项目类型: '新建' }]), 'a.csv');
    const [row] = result.accepted;
    expect(row?.record.students).toBeNull();
    expect(row?.record.projectStatus).toBe('规划');
    expect(row?.warnings.map((warning) => warning.column)).toEqual(['寄宿制', '在校生数', '项目状态']);
  });

  it('reports a file without the required columns as a whole', () => {
    const result = readRoster('名称,经度\n甲,109', 'b.csv');
    expect(zhAll(result.fileErrors)).toEqual(['b.csv：缺少必需的列 学校名称、学校类型、纬度']);
    expect(result.accepted).toEqual([]);
  });
});
