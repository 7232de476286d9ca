/**
 * Rules as data: a versioned JSON rule set (规则集) holding the plan's checkable rules for townships
 * and schools, its settings and its district targets. Reading (with Chinese messages naming the bad
 * rule and field), writing and immutable updates. Pure; nothing here imports the app.
 *
 * The default set for 港南区 2018–2020 is `geodata/rules/gangnan-2018-2020.json`.
 */
import type { Message } from './message.ts';
import { SERVICE_KINDS, type ServiceKind } from './radius.ts';
import {
  type Ownership,
  type ProjectStatus,
  type ProjectType,
  SCHOOL_TYPES,
  type School,
  type SchoolType,
  type Standardisation,
} from './school.ts';
import { parseTravelSettings, TRAVEL_SETTING_KEYS, type TravelSettings } from './travel-settings.ts';

/** The `format` every rule-set document carries. */
export const RULE_SET_FORMAT = 'school-layout-atlas-rules';
/** The rule-set document version this code reads and writes. */
export const RULE_SET_VERSION = 1;

/**
 * Which schools a rule counts or checks, as plain JSON: every given field must hold (AND); a
 * list field holds when the school's value is in the list; `anyOf` holds when at least one of its
 * predicates does. An empty predicate `{}` matches every school.
 * @example { "types": ["小学", "九年一贯制"], "boarding": true } // boarding primary schools
 */
export interface SchoolPredicate {
  /** 学校类型 in this list. */
  types?: SchoolType[];
  /** 办学性质. */
  ownership?: Ownership;
  /** 寄宿制. */
  boarding?: boolean;
  /** 中心校 / 中心幼儿园. */
  central?: boolean;
  /** 普惠性. */
  inclusive?: boolean;
  /** 示范等级 in this list (exact text, e.g. 自治区示范园). */
  demonstrationLevels?: string[];
  /** 标准化建设 in this list ('' = not given). */
  standardisation?: Standardisation[];
  /** 项目类型 in this list ('' = no project). */
  projectTypes?: ProjectType[];
  /** 项目状态 in this list ('' = no project). */
  projectStatuses?: ProjectStatus[];
  /** 备注 contains this text (rosters often mark e.g. 新认定 there). */
  noteContains?: string;
  /** At least one of these predicates holds. */
  anyOf?: SchoolPredicate[];
}

/** A condition on the township a township rule applies to; absent fields do not restrict. */
export interface TownshipCondition {
  /** true: only 人口大镇 (population ≥ settings.populousTownThreshold); false: only the others. */
  populous?: boolean;
  /** true: only urban townships; false: only rural ones. */
  urban?: boolean;
}

/** What a township rule measures. */
export type TownshipMeasure = 'school-count' | 'population-coverage';

/**
 * What a school rule measures. Every school rule flags a school whose value is on the wrong side
 * of the threshold; schools without the figures it needs are not flagged.
 */
export type SchoolMeasure =
  | 'students-per-class'
  | 'bandwidth'
  | 'students-per-computer'
  | 'staff-per-computer';

/** Whether a measured value must be at least or at most its threshold to pass. */
export type ThresholdDirection = 'at-least' | 'at-most';

/**
 * The direction of each measure: counts, coverage and bandwidth must reach the threshold; class
 * size and pupils or staff per computer must not exceed it.
 */
export const MEASURE_DIRECTIONS: Record<TownshipMeasure | SchoolMeasure, ThresholdDirection> = {
  'school-count': 'at-least',
  'population-coverage': 'at-least',
  'students-per-class': 'at-most',
  bandwidth: 'at-least',
  'students-per-computer': 'at-most',
  'staff-per-computer': 'at-most',
};

/** Fields every rule has. */
interface RuleBase {
  /** Stable identifier, unique in the set, e.g. boarding-primary. */
  id: string;
  /** Chinese title, shown in tables. */
  title: string;
  /** English title, shown behind the language switch. */
  titleEnglish?: string;
  /** Switched off rules are kept in the set but not evaluated. */
  enabled: boolean;
  /** Where the rule comes from or how to read it. */
  note?: string;
}

/** A township rule: at least `threshold` schools matching `where` in the township. */
export interface TownshipCountRule extends RuleBase {
  level: 'township';
  measure: 'school-count';
  where: SchoolPredicate;
  threshold: number;
  when?: TownshipCondition;
}

/**
 * A township rule: the share (0–1) of the township's population within the service radius of a
 * school of `serviceKind` is at least `threshold`; `threshold: null` takes
 * `settings.coverageTarget`, so one setting moves every coverage rule.
 */
export interface TownshipCoverageRule extends RuleBase {
  level: 'township';
  measure: 'population-coverage';
  serviceKind: ServiceKind;
  threshold: number | null;
  when?: TownshipCondition;
}

/** A school rule: schools matching `where` whose measure is on the wrong side of `threshold` are flagged. */
export interface SchoolRule extends RuleBase {
  level: 'school';
  measure: SchoolMeasure;
  where: SchoolPredicate;
  threshold: number;
}

/** A township-level rule. */
export type TownshipRule = TownshipCountRule | TownshipCoverageRule;
/** Any rule. */
export type Rule = TownshipRule | SchoolRule;

/** Settings the rules refer to. */
export interface RuleSettings {
  /** Population at or above which a town counts as a 人口大镇 (populous town). */
  populousTownThreshold: number;
  /** Default target share (0–1) of population covered, for coverage rules without their own threshold. */
  coverageTarget: number;
}

/** How a school-count target counts its schools; see {@link SchoolCountTarget.countBy}. */
export type TargetCountBy = 'project-status' | 'school';

/** A district target counted from the roster: matching schools by project status vs the target. */
export interface SchoolCountTarget {
  id: string;
  title: string;
  titleEnglish?: string;
  note?: string;
  measure: 'school-count';
  /** The schools that count towards the target. */
  where: SchoolPredicate;
  /**
   * How a matching school counts. 'project-status': by its 项目状态 (竣工 done, 在建 under way,
   * 规划 planned; a school without a project counts as done) — for new builds, renovations and
   * standardisation. 'school': a matching school that stands today counts as done whatever
   * project it has (a demonstration kindergarten under renovation is still one) — for
   * attributes such as 普惠性 or 示范等级.
   */
  countBy: TargetCountBy;
  target: number;
  /** Unit as shown, e.g. 所. */
  unit: string;
}

/** A district target whose figure is entered by the user (enrolment rates), not derived from points. */
export interface EnteredFigureTarget {
  id: string;
  title: string;
  titleEnglish?: string;
  note?: string;
  measure: 'entered-figure';
  target: number;
  /** The entered figure; null = not entered yet. */
  value: number | null;
  /** Unit as shown, e.g. %. */
  unit: string;
}

/** A district target of the plan (plan progress). */
export type DistrictTarget = SchoolCountTarget | EnteredFigureTarget;

/** A rule-set document. */
export interface RuleSet {
  format: typeof RULE_SET_FORMAT;
  version: typeof RULE_SET_VERSION;
  /** Identifier, e.g. gangnan-2018-2020. */
  id: string;
  /** Chinese title, e.g. the plan's name. */
  title: string;
  titleEnglish?: string;
  /** Where the rules come from (the plan's document number). */
  source?: string;
  settings: RuleSettings;
  rules: Rule[];
  targets: DistrictTarget[];
  /** Speeds and time thresholds of the travel-time model; absent = the defaults. */
  travel?: TravelSettings;
}

/**
 * The outcome of reading a rule set: the set, or every problem found (in Chinese; the travel
 * settings' problems as messages, translated where they are shown).
 */
export type ParseRuleSetResult = { ok: true; ruleSet: RuleSet } | { ok: false; errors: (string | Message)[] };

const TOWNSHIP_MEASURES: readonly TownshipMeasure[] = ['school-count', 'population-coverage'];
const SCHOOL_MEASURES: readonly SchoolMeasure[] = [
  'students-per-class',
  'bandwidth',
  'students-per-computer',
  'staff-per-computer',
];
const OWNERSHIPS: readonly Ownership[] = ['公办', '民办'];
const STANDARDISATIONS: readonly Standardisation[] = ['已达标', '未达标', ''];
const PROJECT_TYPES: readonly ProjectType[] = ['新建', '改扩建', '标准化', ''];
const PROJECT_STATUSES: readonly ProjectStatus[] = ['规划', '在建', '竣工', ''];
const PREDICATE_KEYS = [
  'types',
  'ownership',
  'boarding',
  'central',
  'inclusive',
  'demonstrationLevels',
  'standardisation',
  'projectTypes',
  'projectStatuses',
  'noteContains',
  'anyOf',
] as const;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (value === undefined) return '（缺少）';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Reads one JSON object field by field, remembering the problems with the place they were found
 * (e.g. 规则「boarding-primary」（第 1 条）字段 threshold), so the user sees every mistake at once.
 */
class FieldReader {
  constructor(
    private readonly errors: string[],
    private readonly place: string,
    private readonly object: JsonObject,
  ) {}

  private fail(field: string, message: string): void {
    this.errors.push(`${this.place}字段 ${field}：${message}`);
  }

  /** Reports fields that are not in the allowed list: a misspelt predicate field would silently widen it. */
  onlyKeys(allowed: readonly string[], prefix = ''): void {
    for (const key of Object.keys(this.object)) {
      if (!allowed.includes(key)) this.fail(`${prefix}${key}`, `不认识的字段（可用：${allowed.join('、')}）`);
    }
  }

  text(field: string, required: true): string;
  text(field: string, required: false): string | undefined;
  text(field: string, required: boolean): string | undefined {
    const value = this.object[field];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || (required && value.trim() === '')) {
      this.fail(field, `应为非空文字，实际为 ${show(value)}`);
      return required ? '' : undefined;
    }
    return value;
  }

  flag(field: string): boolean {
    const value = this.object[field];
    if (typeof value !== 'boolean') {
      this.fail(field, `应为 true 或 false，实际为 ${show(value)}`);
      return false;
    }
    return value;
  }

  number(field: string, options: { maximum?: number; nullable?: boolean } = {}): number | null {
    const value = this.object[field];
    if (value === null && options.nullable) return null;
    const limit = options.maximum === undefined ? '' : `且不大于 ${options.maximum}`;
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value < 0 ||
      (options.maximum !== undefined && value > options.maximum)
    ) {
      const nullable = options.nullable ? '（或 null）' : '';
      this.fail(field, `应为非负数${limit}${nullable}，实际为 ${show(value)}`);
      return options.nullable ? null : 0;
    }
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.object[field];
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(field, `应为 ${allowed.map((item) => `"${item}"`).join('、')} 之一，实际为 ${show(value)}`);
      return allowed[0] as T;
    }
    return value as T;
  }

  /** A predicate object at `field`, checked recursively (anyOf nests). */
  predicate(field: string, value: unknown = this.object[field]): SchoolPredicate {
    if (!isObject(value)) {
      this.fail(field, `应为条件对象（如 {"types": ["小学"]}），实际为 ${show(value)}`);
      return {};
    }
    const nested = new FieldReader(this.errors, this.place, value);
    nested.onlyKeys(PREDICATE_KEYS, `${field}.`);
    const predicate: SchoolPredicate = {};
    const list = <T extends string>(
      key: string,
      allowed: readonly T[] | null,
      what: string,
    ): T[] | undefined => {
      const items = value[key];
      if (items === undefined) return undefined;
      if (!Array.isArray(items)) {
        this.fail(`${field}.${key}`, `应为列表，实际为 ${show(items)}`);
        return undefined;
      }
      const kept: T[] = [];
      items.forEach((item, index) => {
        if (
          typeof item !== 'string' ||
          (allowed !== null && !(allowed as readonly string[]).includes(item))
        ) {
          const choices = allowed === null ? '文字' : allowed.map((choice) => `"${choice}"`).join('、');
          this.fail(`${field}.${key}[${index}]`, `${show(item)} 不是${what}，应为 ${choices} 之一`);
        } else kept.push(item as T);
      });
      return kept;
    };
    const types = list('types', SCHOOL_TYPES, '学校类型');
    if (types) predicate.types = types;
    if (value.ownership !== undefined) predicate.ownership = nested.oneOf('ownership', OWNERSHIPS);
    for (const key of ['boarding', 'central', 'inclusive'] as const) {
      if (value[key] !== undefined) predicate[key] = nested.flag(key);
    }
    const levels = list<string>('demonstrationLevels', null, '示范等级');
    if (levels) predicate.demonstrationLevels = levels;
    const standardisation = list('standardisation', STANDARDISATIONS, '标准化建设取值');
    if (standardisation) predicate.standardisation = standardisation;
    const projectTypes = list('projectTypes', PROJECT_TYPES, '项目类型');
    if (projectTypes) predicate.projectTypes = projectTypes;
    const projectStatuses = list('projectStatuses', PROJECT_STATUSES, '项目状态');
    if (projectStatuses) predicate.projectStatuses = projectStatuses;
    if (value.noteContains !== undefined) {
      const note = nested.text('noteContains', false);
      if (note !== undefined) predicate.noteContains = note;
    }
    if (value.anyOf !== undefined) {
      if (!Array.isArray(value.anyOf) || value.anyOf.length === 0) {
        this.fail(`${field}.anyOf`, `应为非空的条件列表，实际为 ${show(value.anyOf)}`);
      } else {
        predicate.anyOf = value.anyOf.map((item, index) => this.predicate(`${field}.anyOf[${index}]`, item));
      }
    }
    return predicate;
  }

  condition(field: string): TownshipCondition | undefined {
    const value = this.object[field];
    if (value === undefined) return undefined;
    if (!isObject(value)) {
      this.fail(field, `应为乡镇条件（如 {"populous": true}），实际为 ${show(value)}`);
      return undefined;
    }
    const nested = new FieldReader(this.errors, this.place, value);
    nested.onlyKeys(['populous', 'urban'], `${field}.`);
    const condition: TownshipCondition = {};
    if (value.populous !== undefined) condition.populous = nested.flag('populous');
    if (value.urban !== undefined) condition.urban = nested.flag('urban');
    return condition;
  }
}

function readCommonFields(reader: FieldReader): Omit<RuleBase, 'enabled'> {
  const common: Omit<RuleBase, 'enabled'> = {
    id: reader.text('id', true),
    title: reader.text('title', true),
  };
  const titleEnglish = reader.text('titleEnglish', false);
  if (titleEnglish !== undefined) common.titleEnglish = titleEnglish;
  const note = reader.text('note', false);
  if (note !== undefined) common.note = note;
  return common;
}

function describeEntry(kind: '规则' | '目标', value: unknown, index: number): string {
  const id = isObject(value) && typeof value.id === 'string' ? `「${value.id}」` : '';
  return `${kind}${id}（第 ${index + 1} 条）`;
}

function parseRule(value: unknown, index: number, errors: string[]): Rule | null {
  const place = describeEntry('规则', value, index);
  if (!isObject(value)) {
    errors.push(`${place}应为对象，实际为 ${show(value)}`);
    return null;
  }
  const reader = new FieldReader(errors, place, value);
  const common = readCommonFields(reader);
  const enabled = reader.flag('enabled');
  const level = reader.oneOf('level', ['township', 'school'] as const);
  const base = ['id', 'title', 'titleEnglish', 'note', 'enabled', 'level', 'measure', 'threshold'];
  if (level === 'school') {
    reader.onlyKeys([...base, 'where']);
    return {
      ...common,
      enabled,
      level,
      measure: reader.oneOf('measure', SCHOOL_MEASURES),
      where: reader.predicate('where'),
      threshold: reader.number('threshold') ?? 0,
    };
  }
  const measure = reader.oneOf('measure', TOWNSHIP_MEASURES);
  const when = reader.condition('when');
  const condition = when === undefined ? {} : { when };
  if (measure === 'population-coverage') {
    reader.onlyKeys([...base, 'serviceKind', 'when']);
    return {
      ...common,
      enabled,
      level,
      measure,
      serviceKind: reader.oneOf('serviceKind', SERVICE_KINDS),
      threshold: reader.number('threshold', { maximum: 1, nullable: true }),
      ...condition,
    };
  }
  reader.onlyKeys([...base, 'where', 'when']);
  return {
    ...common,
    enabled,
    level,
    measure,
    where: reader.predicate('where'),
    threshold: reader.number('threshold') ?? 0,
    ...condition,
  };
}

function parseTarget(value: unknown, index: number, errors: string[]): DistrictTarget | null {
  const place = describeEntry('目标', value, index);
  if (!isObject(value)) {
    errors.push(`${place}应为对象，实际为 ${show(value)}`);
    return null;
  }
  const reader = new FieldReader(errors, place, value);
  const common = readCommonFields(reader);
  const measure = reader.oneOf('measure', ['school-count', 'entered-figure'] as const);
  const base = ['id', 'title', 'titleEnglish', 'note', 'measure', 'target', 'unit'];
  const target = reader.number('target') ?? 0;
  const unit = reader.text('unit', true);
  if (measure === 'entered-figure') {
    reader.onlyKeys([...base, 'value']);
    return { ...common, measure, target, value: reader.number('value', { nullable: true }), unit };
  }
  reader.onlyKeys([...base, 'where', 'countBy']);
  const countBy =
    value.countBy === undefined
      ? 'project-status'
      : reader.oneOf('countBy', ['project-status', 'school'] as const);
  return { ...common, measure, where: reader.predicate('where'), countBy, target, unit };
}

function reportDuplicates(kind: '规则' | '目标', ids: readonly string[], errors: string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) errors.push(`${kind}编号「${id}」重复：每条${kind}的 id 必须唯一`);
    seen.add(id);
  }
}

/**
 * Reads a rule-set document (already parsed from JSON), checking every field. Problems are
 * returned all at once, in Chinese, each naming the rule or target and the field.
 * @example parseRuleSet(JSON.parse(text)) // { ok: true, ruleSet } or { ok: false, errors: ['规则「x」（第 2 条）字段 threshold：…'] }
 */
export function parseRuleSet(json: unknown): ParseRuleSetResult {
  const errors: (string | Message)[] = [];
  if (!isObject(json)) return { ok: false, errors: [`规则集应为 JSON 对象，实际为 ${show(json)}`] };
  if (json.format !== RULE_SET_FORMAT) {
    return {
      ok: false,
      errors: [`规则集字段 format 应为 "${RULE_SET_FORMAT}"，实际为 ${show(json.format)}`],
    };
  }
  if (json.version !== RULE_SET_VERSION) {
    return {
      ok: false,
      errors: [`规则集版本 ${show(json.version)} 不受支持：本程序读取第 ${RULE_SET_VERSION} 版`],
    };
  }
  const reader = new FieldReader(errors as string[], '规则集', json);
  reader.onlyKeys([
    'format',
    'version',
    'id',
    'title',
    'titleEnglish',
    'source',
    'settings',
    'rules',
    'targets',
    'travel',
  ]);
  const id = reader.text('id', true);
  const title = reader.text('title', true);
  const titleEnglish = reader.text('titleEnglish', false);
  const source = reader.text('source', false);

  let settings: RuleSettings = { populousTownThreshold: 0, coverageTarget: 0 };
  if (isObject(json.settings)) {
    const settingsReader = new FieldReader(errors as string[], '规则集设置 settings ', json.settings);
    settingsReader.onlyKeys(['populousTownThreshold', 'coverageTarget']);
    settings = {
      populousTownThreshold: settingsReader.number('populousTownThreshold') ?? 0,
      coverageTarget: settingsReader.number('coverageTarget', { maximum: 1 }) ?? 0,
    };
  } else errors.push(`规则集字段 settings 应为对象，实际为 ${show(json.settings)}`);

  const rules: Rule[] = [];
  if (Array.isArray(json.rules)) {
    json.rules.forEach((value, index) => {
      const rule = parseRule(value, index, errors as string[]);
      if (rule) rules.push(rule);
    });
  } else errors.push(`规则集字段 rules 应为规则列表，实际为 ${show(json.rules)}`);
  reportDuplicates(
    '规则',
    rules.map((rule) => rule.id),
    errors as string[],
  );

  const targets: DistrictTarget[] = [];
  if (json.targets === undefined) {
    // A rule set without plan targets is valid (another county may track none).
  } else if (Array.isArray(json.targets)) {
    json.targets.forEach((value, index) => {
      const target = parseTarget(value, index, errors as string[]);
      if (target) targets.push(target);
    });
  } else errors.push(`规则集字段 targets 应为目标列表，实际为 ${show(json.targets)}`);
  reportDuplicates(
    '目标',
    targets.map((target) => target.id),
    errors as string[],
  );

  const travel = parseTravelSettings(json.travel);
  if (!travel.ok) errors.push(...travel.errors);

  if (errors.length > 0) return { ok: false, errors };
  const ruleSet: RuleSet = {
    format: RULE_SET_FORMAT,
    version: RULE_SET_VERSION,
    id,
    title,
    settings,
    rules,
    targets,
  };
  if (titleEnglish !== undefined) ruleSet.titleEnglish = titleEnglish;
  if (source !== undefined) ruleSet.source = source;
  if (json.travel !== undefined && travel.ok) ruleSet.travel = travel.settings;
  return { ok: true, ruleSet };
}

/** The keys of each object kind in the order they are written, so saved files diff cleanly. */
const KEY_ORDER = [
  'format',
  'version',
  'id',
  'title',
  'titleEnglish',
  'source',
  'note',
  'settings',
  'populousTownThreshold',
  'coverageTarget',
  'level',
  'enabled',
  'measure',
  'serviceKind',
  'when',
  'populous',
  'urban',
  'where',
  ...PREDICATE_KEYS,
  'countBy',
  'threshold',
  'target',
  'value',
  'unit',
  ...TRAVEL_SETTING_KEYS,
  'rules',
  'targets',
  'travel',
];

function orderKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(orderKeys);
  if (!isObject(value)) return value;
  const keys = Object.keys(value).sort((a, b) => {
    const rankA = KEY_ORDER.indexOf(a);
    const rankB = KEY_ORDER.indexOf(b);
    return (rankA < 0 ? KEY_ORDER.length : rankA) - (rankB < 0 ? KEY_ORDER.length : rankB);
  });
  return Object.fromEntries(
    keys.filter((key) => value[key] !== undefined).map((key) => [key, orderKeys(value[key])]),
  );
}

/** JSON on one line with a space after each comma and colon, e.g. {"types": ["小学"], "boarding": true}. */
function formatOneLine(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(formatOneLine).join(', ')}]`;
  if (isObject(value)) {
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${formatOneLine(item)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** JSON with two-space indentation, where any object or list that fits on one line is kept on one line. */
function formatJson(value: unknown, indent: string, width: number): string {
  const oneLine = formatOneLine(value);
  if (typeof value !== 'object' || value === null || indent.length + oneLine.length <= width) return oneLine;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => `${inner}${formatJson(item, inner, width)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(
    ([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner, width - key.length - 4)}`,
  );
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

/**
 * Writes a rule set as JSON text: fixed key order, two-space indentation, short objects and lists
 * on one line, a final newline. `parseRuleSet(JSON.parse(serializeRuleSet(set)))` gives the set back.
 */
export function serializeRuleSet(ruleSet: RuleSet): string {
  return `${formatJson(orderKeys(ruleSet), '', 100)}\n`;
}

/**
 * Whether a school matches a predicate.
 * @example matchesPredicate(school, { types: ['幼儿园'], ownership: '公办', central: true })
 */
export function matchesPredicate(school: School, predicate: SchoolPredicate): boolean {
  if (predicate.types && !predicate.types.includes(school.type)) return false;
  if (predicate.ownership !== undefined && school.ownership !== predicate.ownership) return false;
  if (predicate.boarding !== undefined && school.boarding !== predicate.boarding) return false;
  if (predicate.central !== undefined && school.central !== predicate.central) return false;
  if (predicate.inclusive !== undefined && school.inclusive !== predicate.inclusive) return false;
  if (predicate.demonstrationLevels && !predicate.demonstrationLevels.includes(school.demonstrationLevel)) {
    return false;
  }
  if (predicate.standardisation && !predicate.standardisation.includes(school.standardisation)) return false;
  if (predicate.projectTypes && !predicate.projectTypes.includes(school.projectType)) return false;
  if (predicate.projectStatuses && !predicate.projectStatuses.includes(school.projectStatus)) return false;
  if (predicate.noteContains !== undefined && !school.note.includes(predicate.noteContains)) return false;
  if (predicate.anyOf && !predicate.anyOf.some((alternative) => matchesPredicate(school, alternative))) {
    return false;
  }
  return true;
}

/**
 * The threshold a rule is checked against: its own, or for a coverage rule without one the
 * set's coverage target.
 */
export function effectiveThreshold(rule: Rule, settings: RuleSettings): number {
  return rule.threshold ?? settings.coverageTarget;
}

function replaceRule(ruleSet: RuleSet, ruleId: string, change: (rule: Rule) => Rule): RuleSet {
  if (!ruleSet.rules.some((rule) => rule.id === ruleId))
    throw new RangeError(`规则集中没有规则「${ruleId}」`);
  return { ...ruleSet, rules: ruleSet.rules.map((rule) => (rule.id === ruleId ? change(rule) : rule)) };
}

function replaceTarget(
  ruleSet: RuleSet,
  targetId: string,
  change: (target: DistrictTarget) => DistrictTarget,
): RuleSet {
  if (!ruleSet.targets.some((target) => target.id === targetId)) {
    throw new RangeError(`规则集中没有目标「${targetId}」`);
  }
  return {
    ...ruleSet,
    targets: ruleSet.targets.map((target) => (target.id === targetId ? change(target) : target)),
  };
}

function checkNonNegative(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${what}应为非负数，实际为 ${value}`);
}

/**
 * A copy of the set with one rule switched on or off.
 * @throws RangeError when the set has no rule with that id
 * @example withRuleEnabled(ruleSet, 'class-size-large', false)
 */
export function withRuleEnabled(ruleSet: RuleSet, ruleId: string, enabled: boolean): RuleSet {
  return replaceRule(ruleSet, ruleId, (rule) => ({ ...rule, enabled }));
}

/**
 * A copy of the set with one rule's threshold changed. A coverage rule also takes null (use the
 * set's coverage target) and must stay within 0–1.
 * @throws RangeError for an unknown id or a value the rule cannot take
 * @example withRuleThreshold(ruleSet, 'class-size-large', 50)
 */
export function withRuleThreshold(ruleSet: RuleSet, ruleId: string, threshold: number | null): RuleSet {
  return replaceRule(ruleSet, ruleId, (rule) => {
    if (rule.measure === 'population-coverage') {
      if (threshold !== null && (!(threshold >= 0) || threshold > 1)) {
        throw new RangeError(`覆盖率目标应在 0 到 1 之间，实际为 ${threshold}`);
      }
      return { ...rule, threshold };
    }
    if (threshold === null) throw new RangeError(`规则「${ruleId}」必须有阈值`);
    checkNonNegative(threshold, `规则「${ruleId}」的阈值`);
    return { ...rule, threshold };
  });
}

/**
 * A copy of the set with some settings changed.
 * @throws RangeError when a value is negative or the coverage target lies outside 0–1
 * @example withRuleSettings(ruleSet, { populousTownThreshold: 100_000 })
 */
export function withRuleSettings(ruleSet: RuleSet, change: Partial<RuleSettings>): RuleSet {
  const settings = { ...ruleSet.settings, ...change };
  checkNonNegative(settings.populousTownThreshold, '人口大镇阈值');
  if (!(settings.coverageTarget >= 0) || settings.coverageTarget > 1) {
    throw new RangeError(`覆盖率目标应在 0 到 1 之间，实际为 ${settings.coverageTarget}`);
  }
  return { ...ruleSet, settings };
}

/**
 * A copy of the set with a district target's goal changed (e.g. new middle schools 1 → 2, the
 * figure of the plan's measures section).
 * @throws RangeError for an unknown id or a negative goal
 */
export function withTargetGoal(ruleSet: RuleSet, targetId: string, goal: number): RuleSet {
  checkNonNegative(goal, `目标「${targetId}」`);
  return replaceTarget(ruleSet, targetId, (target) => ({ ...target, target: goal }));
}

/**
 * A copy of the set with an entered figure (e.g. 学前教育三年毛入园率 88.5) set, or cleared with null.
 * @throws RangeError for an unknown id, a target that is counted from the roster, or a negative figure
 */
export function withEnteredFigure(ruleSet: RuleSet, targetId: string, value: number | null): RuleSet {
  if (value !== null) checkNonNegative(value, `目标「${targetId}」的填报值`);
  return replaceTarget(ruleSet, targetId, (target) => {
    if (target.measure !== 'entered-figure') {
      throw new RangeError(`目标「${targetId}」由学校名录统计，不能填报`);
    }
    return { ...target, value };
  });
}
