/**
 * Reading the fields of a rule-set file (规则集) one by one: every problem is kept with the place it
 * was found — the rule or target, the field, what was there — so the user sees all at once.
 */
import { type Message, type MessageKey, type MessageValue, message } from '../domain/message.ts';
import type { SchoolPredicate, TownshipCondition } from '../domain/rules.ts';
import {
  type Ownership,
  type ProjectStatus,
  type ProjectType,
  SCHOOL_TYPES,
  type Standardisation,
} from '../domain/school.ts';

// The roster's own words (data vocabulary), as a rule set's predicates must write them.
const OWNERSHIPS: readonly Ownership[] = ['公办', '民办'];
const STANDARDISATIONS: readonly Standardisation[] = ['已达标', '未达标', ''];
const PROJECT_TYPES: readonly ProjectType[] = ['新建', '改扩建', '标准化', ''];
const PROJECT_STATUSES: readonly ProjectStatus[] = ['规划', '在建', '竣工', ''];
/** Examples of the two condition objects, quoted in messages as a file must write them. */
const PREDICATE_EXAMPLE = '{"types": ["小学"]}';
const CONDITION_EXAMPLE = '{"populous": true}';
export const PREDICATE_KEYS = [
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

/** A JSON object as parsed, before its fields are checked. */
export type JsonObject = Record<string, unknown>;

/** Whether a parsed JSON value is an object (not a list, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as found in the file, shortened; a missing one said so. */
export function show(value: unknown): MessageValue {
  if (value === undefined) return message('ruleSetValueMissing');
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Allowed values as a file writes them, each in double quotes. */
function quoted(values: readonly string[]): string[] {
  return values.map((item) => `"${item}"`);
}

/**
 * Reads one JSON object field by field, remembering the problems with the place they were found
 * (e.g. 规则「boarding-primary」（第 1 条）字段 threshold), so the user sees every mistake at once.
 */
export class FieldReader {
  constructor(
    private readonly errors: Message[],
    private readonly place: Message,
    private readonly object: JsonObject,
  ) {}

  private fail(field: string, problem: Message): void {
    this.errors.push(message('ruleSetFieldProblem', { place: this.place, field, problem }));
  }

  /** Reports fields that are not in the allowed list: a misspelt predicate field would silently widen it. */
  onlyKeys(allowed: readonly string[], prefix = ''): void {
    for (const key of Object.keys(this.object)) {
      if (!allowed.includes(key)) this.fail(`${prefix}${key}`, message('ruleSetUnknownField', { allowed }));
    }
  }

  text(field: string, required: true): string;
  text(field: string, required: false): string | undefined;
  text(field: string, required: boolean): string | undefined {
    const value = this.object[field];
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string' || (required && value.trim() === '')) {
      this.fail(field, message('ruleSetNotText', { value: show(value) }));
      return required ? '' : undefined;
    }
    return value;
  }

  flag(field: string): boolean {
    const value = this.object[field];
    if (typeof value !== 'boolean') {
      this.fail(field, message('ruleSetNotFlag', { value: show(value) }));
      return false;
    }
    return value;
  }

  number(field: string, options: { maximum?: number; nullable?: boolean } = {}): number | null {
    const value = this.object[field];
    if (value === null && options.nullable) return null;
    const { maximum, nullable = false } = options;
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value < 0 ||
      (maximum !== undefined && value > maximum)
    ) {
      const shown = show(value);
      const problem =
        maximum === undefined
          ? message(nullable ? 'ruleSetNotNumberOrNull' : 'ruleSetNotNumber', { value: shown })
          : message(nullable ? 'ruleSetNotNumberAtMostOrNull' : 'ruleSetNotNumberAtMost', {
              maximum,
              value: shown,
            });
      this.fail(field, problem);
      return nullable ? null : 0;
    }
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.object[field];
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(field, message('ruleSetNotOneOf', { allowed: quoted(allowed), value: show(value) }));
      return allowed[0] as T;
    }
    return value as T;
  }

  /** A list of texts at `key` of a predicate, each one of `allowed` (any text when null). */
  private list<T extends string>(
    field: string,
    items: unknown,
    allowed: readonly T[] | null,
    what: Message,
  ): T[] | undefined {
    if (items === undefined) return undefined;
    if (!Array.isArray(items)) {
      this.fail(field, message('ruleSetNotList', { value: show(items) }));
      return undefined;
    }
    const kept: T[] = [];
    items.forEach((item, index) => {
      if (allowed === null && typeof item !== 'string') {
        this.fail(`${field}[${index}]`, message('ruleSetItemNotText', { value: show(item), what }));
      } else if (allowed !== null && !(allowed as readonly unknown[]).includes(item)) {
        this.fail(
          `${field}[${index}]`,
          message('ruleSetItemNotOneOf', { value: show(item), what, allowed: quoted(allowed) }),
        );
      } else kept.push(item as T);
    });
    return kept;
  }

  /** A predicate object at `field`, checked recursively (anyOf nests). */
  predicate(field: string, value: unknown = this.object[field]): SchoolPredicate {
    if (!isObject(value)) {
      this.fail(field, message('ruleSetNotPredicate', { example: PREDICATE_EXAMPLE, value: show(value) }));
      return {};
    }
    const nested = new FieldReader(this.errors, this.place, value);
    nested.onlyKeys(PREDICATE_KEYS, `${field}.`);
    const predicate: SchoolPredicate = {};
    const list = <T extends string>(key: string, allowed: readonly T[] | null, what: MessageKey) =>
      this.list(`${field}.${key}`, value[key], allowed, message(what));
    const types = list('types', SCHOOL_TYPES, 'ruleSetWhatSchoolType');
    if (types) predicate.types = types;
    if (value.ownership !== undefined) predicate.ownership = nested.oneOf('ownership', OWNERSHIPS);
    for (const key of ['boarding', 'central', 'inclusive'] as const) {
      if (value[key] !== undefined) predicate[key] = nested.flag(key);
    }
    const levels = list<string>('demonstrationLevels', null, 'ruleSetWhatDemonstrationLevel');
    if (levels) predicate.demonstrationLevels = levels;
    const standardisation = list('standardisation', STANDARDISATIONS, 'ruleSetWhatStandardisation');
    if (standardisation) predicate.standardisation = standardisation;
    const projectTypes = list('projectTypes', PROJECT_TYPES, 'ruleSetWhatProjectType');
    if (projectTypes) predicate.projectTypes = projectTypes;
    const projectStatuses = list('projectStatuses', PROJECT_STATUSES, 'ruleSetWhatProjectStatus');
    if (projectStatuses) predicate.projectStatuses = projectStatuses;
    if (value.noteContains !== undefined) {
      const note = nested.text('noteContains', false);
      if (note !== undefined) predicate.noteContains = note;
    }
    if (value.anyOf !== undefined) {
      if (!Array.isArray(value.anyOf) || value.anyOf.length === 0) {
        this.fail(`${field}.anyOf`, message('ruleSetNotAnyOf', { value: show(value.anyOf) }));
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
      this.fail(field, message('ruleSetNotCondition', { example: CONDITION_EXAMPLE, value: show(value) }));
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

/** The fields rules and targets share: id, titles, note. */
export interface CommonFields {
  id: string;
  title: string;
  titleEnglish?: string;
  note?: string;
}

/** Reads the fields rules and targets share. */
export function readCommonFields(reader: FieldReader): CommonFields {
  const common: CommonFields = { id: reader.text('id', true), title: reader.text('title', true) };
  const titleEnglish = reader.text('titleEnglish', false);
  if (titleEnglish !== undefined) common.titleEnglish = titleEnglish;
  const note = reader.text('note', false);
  if (note !== undefined) common.note = note;
  return common;
}

/** Where an entry sits, for messages: 规则「boarding-primary」（第 1 条）. */
function describeEntry(kind: 'rule' | 'target', value: unknown, index: number): Message {
  const number = index + 1;
  if (isObject(value) && typeof value.id === 'string') {
    return message(kind === 'rule' ? 'ruleSetPlaceRuleWithId' : 'ruleSetPlaceTargetWithId', {
      id: value.id,
      number,
    });
  }
  return message(kind === 'rule' ? 'ruleSetPlaceRule' : 'ruleSetPlaceTarget', { number });
}

/**
 * The start of reading a rule or a target: a reader of its fields that names it in messages, and
 * its shared fields; null (with the problem noted) when the entry is not an object.
 */
export function openEntry(
  kind: 'rule' | 'target',
  value: unknown,
  index: number,
  errors: Message[],
): { reader: FieldReader; common: CommonFields; object: JsonObject } | null {
  const place = describeEntry(kind, value, index);
  if (!isObject(value)) {
    errors.push(message('ruleSetEntryNotObject', { place, value: show(value) }));
    return null;
  }
  const reader = new FieldReader(errors, place, value);
  return { reader, common: readCommonFields(reader), object: value };
}
