/**
 * School records: the canonical roster columns, the school kinds and the derived map state.
 * Pure types and constants; nothing here imports the app but the message type.
 */
import { type Message, type MessageKey, message } from './message.ts';

/** The canonical roster header, in the order that imports and exports use. */
export const ROSTER_COLUMNS = [
  '学校代码',
  '学校名称',
  '学校类型',
  '经度',
  '纬度',
  '所属乡镇',
  '办学性质',
  '寄宿制',
  '中心校',
  '普惠性',
  '示范等级',
  '在校生数',
  '班级数',
  '学位数',
  '小学学位数',
  '初中学位数',
  '高中学位数',
  '教职工数',
  '计算机数',
  '宽带Mbps',
  '标准化建设',
  '项目类型',
  '项目状态',
  '计划年度',
  '投资万元',
  '备注',
  '数据来源',
] as const;

/** One column name of the canonical roster. */
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** School types as written in the roster (学校类型). */
export const SCHOOL_TYPES = [
  '幼儿园',
  '小学',
  '教学点',
  '初中',
  '九年一贯制',
  '高中',
  '完全中学',
  '特殊教育学校',
] as const;
/** One value of 学校类型. */
export type SchoolType = (typeof SCHOOL_TYPES)[number];

/** The catalogue's name of each school type (in Chinese the type itself, the roster's word). */
const SCHOOL_TYPE_KEYS: Record<SchoolType, MessageKey> = {
  幼儿园: 'schoolTypeKindergarten',
  小学: 'schoolTypePrimary',
  教学点: 'schoolTypeTeachingPoint',
  初中: 'schoolTypeMiddle',
  九年一贯制: 'schoolTypeNineYear',
  高中: 'schoolTypeHigh',
  完全中学: 'schoolTypeCompleteSecondary',
  特殊教育学校: 'schoolTypeSpecial',
};

/**
 * A school type as a message, for sentences and labels in the interface language.
 * @example schoolTypeName('九年一贯制') // message('schoolTypeNineYear'): 九年一贯制 / Nine-year school
 */
export function schoolTypeName(type: SchoolType): Message {
  return message(SCHOOL_TYPE_KEYS[type]);
}

/** English code names of the school types, used in code, style expressions and icon names. */
export const SCHOOL_TYPE_CODES: Record<SchoolType, SchoolTypeCode> = {
  幼儿园: 'kindergarten',
  小学: 'primary',
  教学点: 'teaching-point',
  初中: 'middle',
  九年一贯制: 'nine-year',
  高中: 'high',
  完全中学: 'complete-secondary',
  特殊教育学校: 'special-education',
};
/** Code name of a school type. */
export type SchoolTypeCode =
  | 'kindergarten'
  | 'primary'
  | 'teaching-point'
  | 'middle'
  | 'nine-year'
  | 'high'
  | 'complete-secondary'
  | 'special-education';

/** Ownership (办学性质). */
export type Ownership = '公办' | '民办';
/** Project type (项目类型); empty when the school has no project in the plan. */
export type ProjectType = '新建' | '改扩建' | '标准化' | '';
/** Project status (项目状态); empty when the school has no project. */
export type ProjectStatus = '规划' | '在建' | '竣工' | '';
/** Standardisation (标准化建设). */
export type Standardisation = '已达标' | '未达标' | '';

/** One school, as held in the app: every roster column, typed. */
export interface School {
  /** 学校代码: the key; kept as text so leading zeros survive. */
  code: string;
  name: string;
  type: SchoolType;
  /** WGS84 longitude, degrees. */
  lon: number;
  /** WGS84 latitude, degrees. */
  lat: number;
  /** 所属乡镇 as written in the roster (a township name); empty when not given. */
  township: string;
  ownership: Ownership;
  boarding: boolean;
  central: boolean;
  inclusive: boolean;
  /** 示范等级, free text such as 自治区示范园; empty when none. */
  demonstrationLevel: string;
  students: number | null;
  classes: number | null;
  /** 学位数: approved seats (核定学位); null = not given (then classes × the standard class size). */
  seats: number | null;
  /** 小学学位数, 初中学位数, 高中学位数: a two-stage school's seats per stage; null = not given. */
  primarySeats: number | null;
  middleSeats: number | null;
  highSeats: number | null;
  staff: number | null;
  computers: number | null;
  bandwidthMbps: number | null;
  standardisation: Standardisation;
  projectType: ProjectType;
  projectStatus: ProjectStatus;
  plannedYear: number | null;
  investmentTenThousandYuan: number | null;
  note: string;
  source: string;
}

/**
 * Where a school stands in the plan, as drawn on the map.
 * - existing: no project, or a standardisation project;
 * - planned: a new build still 规划;
 * - construction: a new build 在建;
 * - completed: a new build 竣工 within the plan;
 * - renovation: an existing school under 改扩建.
 */
export type SchoolState = 'existing' | 'planned' | 'construction' | 'completed' | 'renovation';

/** All map states in legend order. */
export const SCHOOL_STATES: readonly SchoolState[] = [
  'existing',
  'completed',
  'construction',
  'planned',
  'renovation',
];

/**
 * The map state of a school, derived from its project type and status.
 * @example schoolState({ projectType: '新建', projectStatus: '在建' }) // 'construction'
 */
export function schoolState(school: Pick<School, 'projectType' | 'projectStatus'>): SchoolState {
  if (school.projectType === '新建') {
    if (school.projectStatus === '竣工') return 'completed';
    if (school.projectStatus === '在建') return 'construction';
    return 'planned';
  }
  if (school.projectType === '改扩建') return 'renovation';
  return 'existing';
}

/** Whether the school stands today (scenario 现状): everything but new builds not yet completed. */
export function existsToday(school: Pick<School, 'projectType' | 'projectStatus'>): boolean {
  const state = schoolState(school);
  return state !== 'planned' && state !== 'construction';
}

/**
 * A school record from the fields given, every other field empty: 公办, no boarding, no central or
 * inclusive status, no figures, no project.
 * @example makeSchoolRecord({ code: 'XZ001', name: '新校', type: '小学', lon: 109.7, lat: 22.9 }).projectType // ''
 */
export function makeSchoolRecord(
  fields: Partial<School> & Pick<School, 'code' | 'name' | 'type' | 'lon' | 'lat'>,
): School {
  return {
    township: '',
    ownership: '公办',
    boarding: false,
    central: false,
    inclusive: false,
    demonstrationLevel: '',
    students: null,
    classes: null,
    seats: null,
    primarySeats: null,
    middleSeats: null,
    highSeats: null,
    staff: null,
    computers: null,
    bandwidthMbps: null,
    standardisation: '',
    projectType: '',
    projectStatus: '',
    plannedYear: null,
    investmentTenThousandYuan: null,
    note: '',
    source: '',
    ...fields,
  };
}

/**
 * The word a sample roster writes in every row's 数据来源 (data, as the generated roster has it:
 * 示例数据（脚本生成，非真实学校）).
 */
export const SAMPLE_SOURCE_MARK = '示例';

/**
 * Whether a roster is sample data: any row says so in 数据来源.
 * @example isSampleRoster([makeSchoolRecord({ …, source: '示例数据' })]) // true
 */
export function isSampleRoster(schools: readonly Pick<School, 'source'>[]): boolean {
  return schools.some((school) => school.source.includes(SAMPLE_SOURCE_MARK));
}
