/**
 * One roster row made a school: the required columns, the length limits, the type, the
 * position and every other field read through the row's reader, then the record assembled.
 */
import { message } from '../domain/message.ts';
import type { RosterColumn, School } from '../domain/school.ts';
import type { LonLat } from './convert-coordinates.ts';
import { type RowReader, TEXT_COLUMNS } from './roster-row-reader.ts';
import { quoteCell } from './source-table.ts';

/** Columns without which a row cannot be placed on the map. */
export const REQUIRED_ROSTER_COLUMNS: readonly RosterColumn[] = ['学校名称', '学校类型', '经度', '纬度'];

/** A code Excel turned into a number shown in scientific notation, e.g. 4.5E+09. */
const SCIENTIFIC_NOTATION = /^[+-]?\d+(\.\d+)?e[+-]?\d+$/i;

/**
 * The school a row describes, with its position as written; school null when the row is
 * rejected (the reasons are in the reader's errors). A row without 学校代码 gets ROW<n>.
 */
export function readRosterRow(
  reader: RowReader,
  rowNumber: number,
): { school: School | null; written: LonLat | null } {
  for (const column of REQUIRED_ROSTER_COLUMNS) {
    if (reader.text(column) === '' && column !== '经度' && column !== '纬度')
      reader.error(column, message('rosterRequired'));
  }
  for (const column of TEXT_COLUMNS) reader.checkLength(column);
  const type = reader.schoolType();
  const position = reader.position();
  const ownership = reader.ownership();
  const plannedYear = reader.plannedYear();
  const code = reader.text('学校代码');
  if (code === '' && !reader.absent('学校代码')) reader.warn('学校代码', message('rosterCodeMissing'));
  if (SCIENTIFIC_NOTATION.test(code)) {
    reader.warn('学校代码', message('rosterCodeScientific', { value: quoteCell(code) }));
  }
  if (reader.errors.length > 0 || type === null || position === null) return { school: null, written: null };
  const school: School = {
    code: code === '' ? `ROW${rowNumber}` : code,
    name: reader.text('学校名称'),
    type,
    lon: position.wgs84[0],
    lat: position.wgs84[1],
    township: reader.text('所属乡镇'),
    ownership,
    boarding: reader.yesNo('寄宿制'),
    central: reader.yesNo('中心校'),
    inclusive: reader.yesNo('普惠性'),
    demonstrationLevel: reader.text('示范等级'),
    students: reader.count('在校生数'),
    classes: reader.count('班级数'),
    seats: reader.count('学位数'),
    primarySeats: reader.count('小学学位数'),
    middleSeats: reader.count('初中学位数'),
    highSeats: reader.count('高中学位数'),
    staff: reader.count('教职工数'),
    computers: reader.count('计算机数'),
    bandwidthMbps: reader.count('宽带Mbps'),
    standardisation: reader.standardisation(),
    projectType: reader.projectType(),
    projectStatus: reader.projectStatus(),
    plannedYear,
    investmentTenThousandYuan: reader.count('投资万元'),
    note: reader.text('备注'),
    source: reader.text('数据来源'),
  };
  if (school.projectType !== '' && school.projectStatus === '') {
    reader.warn('项目状态', message('rosterStatusMissing', { type: school.projectType }));
    school.projectStatus = '规划';
  }
  return { school, written: position.written };
}
