/** A school record as the text of the canonical roster columns, shared by every export. */
import type { RosterColumn, School } from '../domain/school.ts';

/** Columns holding numbers; every other column holds text. */
export const NUMERIC_ROSTER_COLUMNS: ReadonlySet<RosterColumn> = new Set<RosterColumn>([
  '经度',
  '纬度',
  '在校生数',
  '班级数',
  '学位数',
  '小学学位数',
  '初中学位数',
  '高中学位数',
  '教职工数',
  '计算机数',
  '宽带Mbps',
  '计划年度',
  '投资万元',
]);

/** Decimals kept for coordinates in exports: 6 decimals are about 0.1 m. */
export const COORDINATE_DECIMALS = 6;

function numberText(value: number | null): string {
  return value === null ? '' : String(value);
}

function yesNo(value: boolean): string {
  return value ? '是' : '否';
}

/**
 * The cells of one roster row, in canonical form: coordinates with 6 decimals, 是/否, numbers
 * as plain decimals, empty for unknown. No formula escaping here: each writer decides.
 * @example rosterCells(school).经度 // '109.594424'
 */
export function rosterCells(school: School): Record<RosterColumn, string> {
  return {
    学校代码: school.code,
    学校名称: school.name,
    学校类型: school.type,
    经度: school.lon.toFixed(COORDINATE_DECIMALS),
    纬度: school.lat.toFixed(COORDINATE_DECIMALS),
    所属乡镇: school.township,
    办学性质: school.ownership,
    寄宿制: yesNo(school.boarding),
    中心校: yesNo(school.central),
    普惠性: yesNo(school.inclusive),
    示范等级: school.demonstrationLevel,
    在校生数: numberText(school.students),
    班级数: numberText(school.classes),
    学位数: numberText(school.seats),
    小学学位数: numberText(school.primarySeats),
    初中学位数: numberText(school.middleSeats),
    高中学位数: numberText(school.highSeats),
    教职工数: numberText(school.staff),
    计算机数: numberText(school.computers),
    宽带Mbps: numberText(school.bandwidthMbps),
    标准化建设: school.standardisation,
    项目类型: school.projectType,
    项目状态: school.projectStatus,
    计划年度: numberText(school.plannedYear),
    投资万元: numberText(school.investmentTenThousandYuan),
    备注: school.note,
    数据来源: school.source,
  };
}
