/**
 * Rules as data: a versioned JSON rule set (规则集) holding the plan's checkable rules for townships
 * and schools, its settings and its district targets; what a predicate matches, and immutable
 * updates. Pure; nothing here imports the app. Reading and writing the file is
 * `src/io/rule-set-file.ts`.
 *
 * The default set for 港南区 2018–2020 is `geodata/rules/gangnan-2018-2020.json`.
 */
import { MessageError, message } from './message.ts';
import type { ServiceKind } from './radius.ts';
import type { Ownership, ProjectStatus, ProjectType, School, SchoolType, Standardisation } from './school.ts';
import type { SeatSettings } from './seats.ts';
import type { TravelSettings } from './travel-settings.ts';

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
  /** Class sizes, stage ages and new-school sizes of the seat analysis; the defaults when absent. */
  seats?: SeatSettings;
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
  if (!ruleSet.rules.some((rule) => rule.id === ruleId)) {
    throw new MessageError(message('ruleUnknown', { id: ruleId }));
  }
  return { ...ruleSet, rules: ruleSet.rules.map((rule) => (rule.id === ruleId ? change(rule) : rule)) };
}

function replaceTarget(
  ruleSet: RuleSet,
  targetId: string,
  change: (target: DistrictTarget) => DistrictTarget,
): RuleSet {
  if (!ruleSet.targets.some((target) => target.id === targetId)) {
    throw new MessageError(message('targetUnknown', { id: targetId }));
  }
  return {
    ...ruleSet,
    targets: ruleSet.targets.map((target) => (target.id === targetId ? change(target) : target)),
  };
}

function checkShare(value: number): void {
  if (!(value >= 0) || value > 1) throw new MessageError(message('ruleCoverageOutOfRange', { value }));
}

/**
 * A copy of the set with one rule switched on or off.
 * @throws MessageError when the set has no rule with that id
 * @example withRuleEnabled(ruleSet, 'class-size-large', false)
 */
export function withRuleEnabled(ruleSet: RuleSet, ruleId: string, enabled: boolean): RuleSet {
  return replaceRule(ruleSet, ruleId, (rule) => ({ ...rule, enabled }));
}

/**
 * A copy of the set with one rule's threshold changed. A coverage rule also takes null (use the
 * set's coverage target) and must stay within 0–1.
 * @throws MessageError for an unknown id or a value the rule cannot take
 * @example withRuleThreshold(ruleSet, 'class-size-large', 50)
 */
export function withRuleThreshold(ruleSet: RuleSet, ruleId: string, threshold: number | null): RuleSet {
  return replaceRule(ruleSet, ruleId, (rule) => {
    if (rule.measure === 'population-coverage') {
      if (threshold !== null) checkShare(threshold);
      return { ...rule, threshold };
    }
    if (threshold === null) throw new MessageError(message('ruleThresholdRequired', { id: ruleId }));
    if (!Number.isFinite(threshold) || threshold < 0) {
      throw new MessageError(message('ruleThresholdNegative', { id: ruleId, value: threshold }));
    }
    return { ...rule, threshold };
  });
}

/**
 * A copy of the set with some settings changed.
 * @throws MessageError when a value is negative or the coverage target lies outside 0–1
 * @example withRuleSettings(ruleSet, { populousTownThreshold: 100_000 })
 */
export function withRuleSettings(ruleSet: RuleSet, change: Partial<RuleSettings>): RuleSet {
  const settings = { ...ruleSet.settings, ...change };
  if (!Number.isFinite(settings.populousTownThreshold) || settings.populousTownThreshold < 0) {
    throw new MessageError(message('rulePopulousNegative', { value: settings.populousTownThreshold }));
  }
  checkShare(settings.coverageTarget);
  return { ...ruleSet, settings };
}

/**
 * A copy of the set with a district target's goal changed (e.g. new middle schools 1 → 2, the
 * figure of the plan's measures section).
 * @throws MessageError for an unknown id or a negative goal
 * @example withTargetGoal(ruleSet, 'new-middle-schools', 2)
 */
export function withTargetGoal(ruleSet: RuleSet, targetId: string, goal: number): RuleSet {
  if (!Number.isFinite(goal) || goal < 0) {
    throw new MessageError(message('targetGoalNegative', { id: targetId, value: goal }));
  }
  return replaceTarget(ruleSet, targetId, (target) => ({ ...target, target: goal }));
}

/**
 * A copy of the set with an entered figure (e.g. 学前教育三年毛入园率 88.5) set, or cleared with null.
 * @throws MessageError for an unknown id, a target that is counted from the roster, or a negative figure
 */
export function withEnteredFigure(ruleSet: RuleSet, targetId: string, value: number | null): RuleSet {
  if (value !== null && (!Number.isFinite(value) || value < 0)) {
    throw new MessageError(message('targetFigureNegative', { id: targetId, value }));
  }
  return replaceTarget(ruleSet, targetId, (target) => {
    if (target.measure !== 'entered-figure') {
      throw new MessageError(message('targetNotEntered', { id: targetId }));
    }
    return { ...target, value };
  });
}
