/**
 * The atlas's own vocabulary as messages: the columns its file formats define (the canonical
 * roster header, the population tables) and the closed lists of roster values (公办/民办, 是/否,
 * 项目类型, 项目状态, 标准化建设). In Chinese they are the words themselves, behind the English
 * switch the catalogue's. Anything else — a header of the user's file, a free-text value — is
 * data and keeps its text.
 */
import { type Message, type MessageKey, message } from './message.ts';

const COLUMN_NAME_KEYS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['学校代码', 'columnSchoolCode'],
  ['学校名称', 'columnSchoolName'],
  ['学校类型', 'columnSchoolType'],
  ['经度', 'columnLongitude'],
  ['纬度', 'columnLatitude'],
  ['所属乡镇', 'columnTownship'],
  ['办学性质', 'columnOwnership'],
  ['寄宿制', 'columnBoarding'],
  ['中心校', 'columnCentral'],
  ['普惠性', 'columnInclusive'],
  ['示范等级', 'columnDemonstrationLevel'],
  ['在校生数', 'columnStudents'],
  ['班级数', 'columnClasses'],
  ['学位数', 'columnSeats'],
  ['小学学位数', 'columnPrimarySeats'],
  ['初中学位数', 'columnMiddleSeats'],
  ['高中学位数', 'columnHighSeats'],
  ['教职工数', 'columnStaff'],
  ['计算机数', 'columnComputers'],
  ['宽带Mbps', 'columnBandwidth'],
  ['标准化建设', 'columnStandardisation'],
  ['项目类型', 'columnProjectType'],
  ['项目状态', 'columnProjectStatus'],
  ['计划年度', 'columnPlannedYear'],
  ['投资万元', 'columnInvestment'],
  ['备注', 'columnNote'],
  ['数据来源', 'columnSource'],
  ['乡镇代码', 'columnTownshipCode'],
  ['乡镇名称', 'columnTownshipName'],
  ['人口', 'columnPopulation'],
  ['学龄人口', 'columnSchoolAgePopulation'],
  ['名称', 'columnName'],
  ['年份', 'columnYear'],
  ['出生人数', 'columnBirths'],
]);

/**
 * A column's name for messages and labels: the catalogue's for a column of the atlas's formats,
 * the name as it is for any other.
 * @example columnName('经度') // message('columnLongitude'); columnName('X坐标') // 'X坐标'
 */
export function columnName(column: string): Message | string {
  const key = COLUMN_NAME_KEYS.get(column);
  return key ? message(key) : column;
}

const VALUE_NAME_KEYS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['公办', 'ownershipPublic'],
  ['民办', 'ownershipPrivate'],
  ['是', 'yes'],
  ['否', 'no'],
  ['已达标', 'valueStandardised'],
  ['未达标', 'valueNotStandardised'],
  ['新建', 'projectTypeNew'],
  ['改扩建', 'projectTypeRenovation'],
  ['标准化', 'projectTypeStandardisation'],
  ['规划', 'projectStatusPlanned'],
  ['在建', 'projectStatusConstruction'],
  ['竣工', 'projectStatusCompleted'],
]);

/**
 * A roster value for display: the catalogue's word for a value of a closed list, the text as it
 * is for any other (names, free text, numbers).
 * @example valueName('公办') // message('ownershipPublic'): 公办 / Public
 */
export function valueName(value: string): Message | string {
  const key = VALUE_NAME_KEYS.get(value);
  return key ? message(key) : value;
}
