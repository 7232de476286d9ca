/**
 * Reading the values bureaus write in roster cells: school types, 是/否, 公办/民办, project
 * fields and numbers, each with the other spellings that mean the same.
 */
import {
  type Ownership,
  type ProjectStatus,
  type ProjectType,
  SCHOOL_TYPE_CODES,
  SCHOOL_TYPES,
  type SchoolType,
  type Standardisation,
} from '../domain/school.ts';

/** A cell in the form values are compared in: half-width, lower case, no spaces. */
export function normaliseValue(value: string): string {
  return value.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function lookup<T>(table: Record<string, T>): (value: string) => T | null {
  const exact = new Map(Object.entries(table));
  const normalised = new Map(Object.entries(table).map(([key, item]) => [normaliseValue(key), item]));
  // Most cells are written exactly as a key: the Map hit skips NFKC on 100,000-row files.
  return (value) => exact.get(value) ?? normalised.get(normaliseValue(value)) ?? null;
}

const SCHOOL_TYPE_SYNONYMS: Record<string, SchoolType> = {
  ...Object.fromEntries(SCHOOL_TYPES.map((type) => [type, type])),
  ...Object.fromEntries(Object.entries(SCHOOL_TYPE_CODES).map(([type, code]) => [code, type as SchoolType])),
  幼: '幼儿园',
  学前: '幼儿园',
  学前教育: '幼儿园',
  幼稚园: '幼儿园',
  中心幼儿园: '幼儿园',
  kindergarten: '幼儿园',
  完小: '小学',
  村小: '小学',
  中心小学: '小学',
  完全小学: '小学',
  小: '小学',
  'primary school': '小学',
  教学点: '教学点',
  'teaching point': '教学点',
  初级中学: '初中',
  初: '初中',
  'middle school': '初中',
  'junior high': '初中',
  'junior middle school': '初中',
  九年制: '九年一贯制',
  九年一贯: '九年一贯制',
  九年一贯制学校: '九年一贯制',
  'nine-year school': '九年一贯制',
  高级中学: '高中',
  普通高中: '高中',
  高: '高中',
  'high school': '高中',
  'senior high': '高中',
  完中: '完全中学',
  'complete secondary': '完全中学',
  特教: '特殊教育学校',
  特殊教育: '特殊教育学校',
  特殊学校: '特殊教育学校',
  特校: '特殊教育学校',
  'special education': '特殊教育学校',
};
const exactSchoolType = lookup(SCHOOL_TYPE_SYNONYMS);

/** Words that mark a school the plan does not cover: these never become a school type. */
const NOT_A_SCHOOL_TYPE = /职业|职校|中专|技工|大学|学院|培训|电大/;

/** Fragments tried in this order when a value is not a known spelling (中学 after 高中 and 完全中学). */
const SCHOOL_TYPE_FRAGMENTS: readonly [RegExp, SchoolType][] = [
  [/特殊教育|特教|启智|聋哑/, '特殊教育学校'],
  [/九年/, '九年一贯制'],
  [/教学点/, '教学点'],
  [/幼儿园|幼稚园|学前/, '幼儿园'],
  [/完全中学|完中/, '完全中学'],
  [/高中|高级中学/, '高中'],
  [/初中|初级中学/, '初中'],
  [/中学/, '初中'],
  [/小学|完小|村小/, '小学'],
];

/** A school type read from a cell; `guessed` when it came from a fragment and deserves a warning. */
export interface SchoolTypeReading {
  type: SchoolType;
  guessed: boolean;
}

/**
 * Reads 学校类型: the canonical names, their usual other spellings (幼/学前, 完小/村小/中心小学,
 * 初级中学, 九年制, 高级中学, 完中, 特教 …) and English codes; failing that, a recognised
 * fragment (e.g. 中学 → 初中), marked as guessed.
 * @example readSchoolType('完小') // { type: '小学', guessed: false }
 * @example readSchoolType('乡镇中学') // { type: '初中', guessed: true }
 */
export function readSchoolType(value: string): SchoolTypeReading | null {
  const exact = exactSchoolType(value);
  if (exact) return { type: exact, guessed: false };
  const normalised = normaliseValue(value);
  if (normalised === '' || NOT_A_SCHOOL_TYPE.test(normalised)) return null;
  const fragment = SCHOOL_TYPE_FRAGMENTS.find(([pattern]) => pattern.test(normalised));
  return fragment ? { type: fragment[1], guessed: true } : null;
}

/**
 * Reads a yes/no cell: 是/否, Y/N, yes/no, true/false, 1/0, √/×, 有/无.
 * @example readYesNo('√') // true
 */
export const readYesNo = lookup<boolean>({
  是: true,
  否: false,
  y: true,
  n: false,
  yes: true,
  no: false,
  true: true,
  false: false,
  '1': true,
  '0': false,
  '√': true,
  '✓': true,
  '✔': true,
  '×': false,
  '✗': false,
  '✘': false,
  有: true,
  无: false,
  对: true,
  非: false,
});

/**
 * Reads 办学性质: 公办/公立/国办/public and 民办/私立/private.
 * @example readOwnership('私立') // '民办'
 */
export const readOwnership = lookup<Ownership>({
  公办: '公办',
  公立: '公办',
  国办: '公办',
  公: '公办',
  public: '公办',
  民办: '民办',
  私立: '民办',
  私办: '民办',
  民: '民办',
  private: '民办',
});

/** Reads 标准化建设: 已达标/达标/是 and 未达标/不达标/否. */
export const readStandardisation = lookup<Exclude<Standardisation, ''>>({
  已达标: '已达标',
  达标: '已达标',
  是: '已达标',
  未达标: '未达标',
  不达标: '未达标',
  否: '未达标',
});

/** Reads 项目类型: 新建, 改扩建 (改建, 扩建), 标准化 (标准化建设). */
export const readProjectType = lookup<Exclude<ProjectType, ''>>({
  新建: '新建',
  改扩建: '改扩建',
  改建: '改扩建',
  扩建: '改扩建',
  改造: '改扩建',
  标准化: '标准化',
  标准化建设: '标准化',
});

/** Reads 项目状态: 规划 (计划, 拟建), 在建 (建设中, 施工中), 竣工 (完工, 已竣工, 已完成). */
export const readProjectStatus = lookup<Exclude<ProjectStatus, ''>>({
  规划: '规划',
  计划: '规划',
  拟建: '规划',
  未开工: '规划',
  在建: '在建',
  建设中: '在建',
  施工中: '在建',
  竣工: '竣工',
  已竣工: '竣工',
  完工: '竣工',
  已完工: '竣工',
  已完成: '竣工',
});

const PLAIN_NUMBER = /^\d{1,15}(\.\d{1,15})?$/;

/**
 * Reads a number cell written by hand: full-width digits, thousands separators, and a unit
 * after it (人, 个, 台, 万元, 年, Mbps, M) are allowed. Returns null when it is not a number.
 * @example readNumberText('１,２３４人') // 1234
 */
export function readNumberText(value: string): number | null {
  // Plain digits are most cells; they need none of the normalising below.
  if (PLAIN_NUMBER.test(value)) return Number(value);
  const text = value
    .normalize('NFKC')
    .replace(/[\s,，]/g, '')
    .replace(/(人|名|个|台|间|万元|万|元|年|mbps|mb|m|兆)$/i, '');
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
  const number = Number(text);
  return Number.isFinite(number) ? number : null;
}

/** Words that make a count approximate: 约300, 大约 300, 近300, ~300, 300余, 300多, 300左右. */
const APPROXIMATE =
  /^(约|大约|约计|近|将近|接近|~|≈)?\s*(.*?)\s*(余|多|左右|上下|以上)?\s*(人|名|个|台|间|万元|万|元|年)?$/;

/**
 * Reads a count written as an approximation (约300, 300余人, 300左右, ~300): the number, marked
 * approximate so the caller can warn. Returns null when the text has no such word or the rest
 * is not a number (exact numbers are {@link readNumberText}'s).
 * @example readApproximateNumberText('约300') // { value: 300, approximate: true }
 */
export function readApproximateNumberText(value: string): { value: number; approximate: true } | null {
  const match = APPROXIMATE.exec(value.normalize('NFKC').trim());
  if (!match || (match[1] === undefined && match[3] === undefined)) return null;
  const number = readNumberText(`${match[2] ?? ''}${match[4] ?? ''}`);
  return number === null ? null : { value: number, approximate: true };
}
