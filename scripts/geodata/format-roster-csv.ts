/**
 * Writes school records as a roster CSV with the canonical Chinese header: UTF-8 with a byte-order
 * mark (so that Excel on Chinese Windows opens it as UTF-8), \n line endings, quoting by papaparse.
 */
import Papa from 'papaparse';
import { ROSTER_COLUMNS, type RosterColumn, type School } from '../../src/domain/school.ts';

const BYTE_ORDER_MARK = '\uFEFF';

function yesNo(value: boolean): string {
  return value ? '是' : '否';
}

function optionalNumber(value: number | null): string {
  return value === null ? '' : String(value);
}

/** The roster cells of one school, keyed by column; coordinates always carry six decimals. */
function rosterCells(school: School): Record<RosterColumn, string> {
  return {
    学校代码: school.code,
    学校名称: school.name,
    学校类型: school.type,
    经度: school.lon.toFixed(6),
    纬度: school.lat.toFixed(6),
    所属乡镇: school.township,
    办学性质: school.ownership,
    寄宿制: yesNo(school.boarding),
    中心校: yesNo(school.central),
    普惠性: yesNo(school.inclusive),
    示范等级: school.demonstrationLevel,
    在校生数: optionalNumber(school.students),
    班级数: optionalNumber(school.classes),
    教职工数: optionalNumber(school.staff),
    计算机数: optionalNumber(school.computers),
    宽带Mbps: optionalNumber(school.bandwidthMbps),
    标准化建设: school.standardisation,
    项目类型: school.projectType,
    项目状态: school.projectStatus,
    计划年度: optionalNumber(school.plannedYear),
    投资万元: optionalNumber(school.investmentTenThousandYuan),
    备注: school.note,
    数据来源: school.source,
  };
}

/**
 * Formats a roster CSV, header first, one school a line, ending with a newline.
 * @example formatRosterCsv([]).startsWith('\uFEFF学校代码,学校名称') // true
 */
export function formatRosterCsv(schools: readonly School[]): string {
  const data = schools.map((school) => {
    const cells = rosterCells(school);
    return ROSTER_COLUMNS.map((column) => cells[column]);
  });
  // Every value is text already; quoting only where needed keeps the file readable in a text editor.
  const body = Papa.unparse({ fields: [...ROSTER_COLUMNS], data }, { newline: '\n' });
  return `${BYTE_ORDER_MARK}${body}\n`;
}
