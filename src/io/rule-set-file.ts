/**
 * The rule-set file (规则集, JSON): reading it field by field with messages that name the bad rule
 * or target and the field, and writing it back in a fixed, diff-friendly layout.
 * The rule set itself, what its predicates match and its updates are `src/domain/rules.ts`.
 */
import { type Message, MessageError, message, sentences } from '../domain/message.ts';
import { SERVICE_KINDS } from '../domain/radius.ts';
import {
  type DistrictTarget,
  RULE_SET_FORMAT,
  RULE_SET_VERSION,
  type Rule,
  type RuleSet,
  type RuleSettings,
  type SchoolMeasure,
  type TownshipMeasure,
} from '../domain/rules.ts';
import { TRAVEL_SETTING_KEYS } from '../domain/travel-settings.ts';
import { parseJsonText } from './parse-json-text.ts';
import { parseTravelSettings } from './read-travel-settings.ts';
import {
  FieldReader,
  isObject,
  type JsonObject,
  openEntry,
  PREDICATE_KEYS,
  show,
} from './rule-set-fields.ts';
import { readSeatSettings, seatSettingsDocument } from './seat-settings-fields.ts';

/** The outcome of reading a rule set: the set, or every problem found. */
export type ParseRuleSetResult = { ok: true; ruleSet: RuleSet } | { ok: false; errors: Message[] };

const TOWNSHIP_MEASURES: readonly TownshipMeasure[] = ['school-count', 'population-coverage'];
const SCHOOL_MEASURES: readonly SchoolMeasure[] = [
  'students-per-class',
  'bandwidth',
  'students-per-computer',
  'staff-per-computer',
];
function parseRule(value: unknown, index: number, errors: Message[]): Rule | null {
  const entry = openEntry('rule', value, index, errors);
  if (!entry) return null;
  const { reader, common } = entry;
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

function parseTarget(value: unknown, index: number, errors: Message[]): DistrictTarget | null {
  const entry = openEntry('target', value, index, errors);
  if (!entry) return null;
  const { reader, common, object } = entry;
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
    object.countBy === undefined
      ? 'project-status'
      : reader.oneOf('countBy', ['project-status', 'school'] as const);
  return { ...common, measure, where: reader.predicate('where'), countBy, target, unit };
}

function reportDuplicates(kind: 'rule' | 'target', ids: readonly string[], errors: Message[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      errors.push(message(kind === 'rule' ? 'ruleSetDuplicateRule' : 'ruleSetDuplicateTarget', { id }));
    }
    seen.add(id);
  }
}

/** The rules or the targets of a set, each read and checked, ids checked for repeats. */
function readEntries<T extends { id: string }>(
  kind: 'rule' | 'target',
  value: unknown,
  parse: (item: unknown, index: number, errors: Message[]) => T | null,
  errors: Message[],
): T[] {
  if (!Array.isArray(value)) {
    errors.push(
      message(kind === 'rule' ? 'ruleSetRulesNotList' : 'ruleSetTargetsNotList', { value: show(value) }),
    );
    return [];
  }
  const entries: T[] = [];
  value.forEach((item, index) => {
    const entry = parse(item, index, errors);
    if (entry) entries.push(entry);
  });
  reportDuplicates(
    kind,
    entries.map((entry) => entry.id),
    errors,
  );
  return entries;
}

function readSettings(json: JsonObject, errors: Message[]): RuleSettings {
  if (!isObject(json.settings)) {
    errors.push(message('ruleSetSettingsNotObject', { value: show(json.settings) }));
    return { populousTownThreshold: 0, coverageTarget: 0 };
  }
  const reader = new FieldReader(errors, message('ruleSetPlaceSettings'), json.settings);
  reader.onlyKeys(['populousTownThreshold', 'coverageTarget', 'seats']);
  const settings: RuleSettings = {
    populousTownThreshold: reader.number('populousTownThreshold') ?? 0,
    coverageTarget: reader.number('coverageTarget', { maximum: 1 }) ?? 0,
  };
  if (json.settings.seats !== undefined) settings.seats = readSeatSettings(json.settings.seats, errors);
  return settings;
}

/**
 * Reads a rule-set document (already parsed from JSON), checking every field. Problems are
 * returned all at once, each naming the rule or target and the field.
 * @example parseRuleSet(JSON.parse(text)) // { ok: true, ruleSet } or { ok: false, errors: [message('ruleSetFieldProblem', …)] }
 */
export function parseRuleSet(json: unknown): ParseRuleSetResult {
  const errors: Message[] = [];
  if (!isObject(json)) return { ok: false, errors: [message('ruleSetNotObject', { value: show(json) })] };
  if (json.format !== RULE_SET_FORMAT) {
    return {
      ok: false,
      errors: [message('ruleSetWrongFormat', { format: RULE_SET_FORMAT, value: show(json.format) })],
    };
  }
  if (json.version !== RULE_SET_VERSION) {
    return {
      ok: false,
      errors: [message('ruleSetWrongVersion', { value: show(json.version), version: RULE_SET_VERSION })],
    };
  }
  const reader = new FieldReader(errors, message('ruleSetPlaceSet'), json);
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
  const settings = readSettings(json, errors);

  const rules = readEntries('rule', json.rules, parseRule, errors);
  // A rule set without plan targets is valid (another county may track none).
  const targets = json.targets === undefined ? [] : readEntries('target', json.targets, parseTarget, errors);
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

/**
 * Reads a rule-set file's text: JSON, then {@link parseRuleSet}. Never throws.
 * @example readRuleSetText('{…}', '规则.json') // { ok: true, ruleSet } or { ok: false, errors }
 */
export function readRuleSetText(text: string, file: string): ParseRuleSetResult {
  const parsed = parseJsonText(text, file, () => message('ruleFileNotJson', { file }));
  if (!parsed.ok) return { ok: false, errors: [parsed.message] };
  return parseRuleSet(parsed.value);
}

/**
 * A rule set that must be valid, such as the embedded default: the set, or a {@link MessageError}
 * naming every problem (a broken embedded file is a fault of the build, not of the user's input).
 */
export function requireRuleSet(json: unknown): RuleSet {
  const parsed = parseRuleSet(json);
  if (!parsed.ok)
    throw new MessageError(message('ruleSetDefaultBroken', { problems: sentences(parsed.errors) }));
  return parsed.ruleSet;
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
  const { seats } = ruleSet.settings;
  const document = seats
    ? { ...ruleSet, settings: { ...ruleSet.settings, seats: seatSettingsDocument(seats) } }
    : ruleSet;
  return `${formatJson(orderKeys(document), '', 100)}\n`;
}
