/** Starting values of the form for a school added at a point. */
import type { SchoolFields } from './validate-school-fields.ts';

/**
 * Form values for a new school at (lon, lat) in `township`, with a free code `XZ001`, `XZ002` …
 * that the user can replace by the school's real identification code. New schools default to a
 * planned new build, since that is what a planner adds most; the values are the roster's own
 * words (公办, 否, 新建, 规划), and `source` (数据来源) is written in the planner's language.
 */
export function makeSchoolFieldsForPoint(
  lon: number,
  lat: number,
  township: string,
  usedCodes: ReadonlySet<string>,
  source: string,
): SchoolFields {
  let number = 1;
  while (usedCodes.has(`XZ${String(number).padStart(3, '0')}`)) number += 1;
  return {
    学校代码: `XZ${String(number).padStart(3, '0')}`,
    学校名称: '',
    学校类型: '小学',
    经度: lon.toFixed(6),
    纬度: lat.toFixed(6),
    所属乡镇: township,
    办学性质: '公办',
    寄宿制: '否',
    中心校: '否',
    普惠性: '否',
    示范等级: '',
    在校生数: '',
    班级数: '',
    学位数: '',
    小学学位数: '',
    初中学位数: '',
    高中学位数: '',
    教职工数: '',
    计算机数: '',
    宽带Mbps: '',
    标准化建设: '',
    项目类型: '新建',
    项目状态: '规划',
    计划年度: '',
    投资万元: '',
    备注: '',
    数据来源: source,
  };
}
