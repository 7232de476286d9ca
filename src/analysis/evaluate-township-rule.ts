/** One township rule checked against one township. */

import type { ServiceKind } from '../domain/radius.ts';
import {
  effectiveThreshold,
  matchesPredicate,
  type RuleSettings,
  type TownshipRule,
} from '../domain/rules.ts';
import type { School } from '../domain/school.ts';

/** The outcome of a township rule in one township. */
export interface RuleResult {
  id: string;
  title: string;
  titleEnglish: string | null;
  measure: TownshipRule['measure'];
  /** False when the rule's township condition does not hold (e.g. not a 人口大镇) or there is nothing to measure. */
  applicable: boolean;
  /** Whether the township meets the rule; null when not applicable. */
  pass: boolean | null;
  /** Count of matching schools, or the covered share (0–1); null when there is nothing to measure. */
  actual: number | null;
  /** The threshold: the least count, or the least share. */
  required: number;
}

/** What a township rule needs to know about the township. */
export interface TownshipFacts {
  urban: boolean;
  /** The township's population (table figure, else the sum of its points). */
  population: number;
  /** Schools standing in the scenario and counted in this township. */
  schools: readonly School[];
  /** Covered share (0–1) per kind; null when unmeasured (district-wide kind, no population). */
  coverageShare: Record<ServiceKind, number | null>;
}

/**
 * Checks one township rule: a school count (at least `threshold` schools matching `where`) or a
 * coverage share (at least `threshold`, else the set's coverage target). The rule's township
 * condition decides whether it applies at all: 人口大镇 means population ≥
 * `settings.populousTownThreshold`.
 * @example evaluateTownshipRule(boardingRule, settings, facts) // { id: 'boarding-primary', pass: false, actual: 0, required: 1, … }
 */
export function evaluateTownshipRule(
  rule: TownshipRule,
  settings: RuleSettings,
  facts: TownshipFacts,
): RuleResult {
  const required = effectiveThreshold(rule, settings);
  const populous = facts.population >= settings.populousTownThreshold;
  const conditionHolds =
    (rule.when?.populous === undefined || rule.when.populous === populous) &&
    (rule.when?.urban === undefined || rule.when.urban === facts.urban);
  const actual =
    rule.measure === 'school-count'
      ? facts.schools.filter((school) => matchesPredicate(school, rule.where)).length
      : facts.coverageShare[rule.serviceKind];
  const applicable = conditionHolds && actual !== null;
  return {
    id: rule.id,
    title: rule.title,
    titleEnglish: rule.titleEnglish ?? null,
    measure: rule.measure,
    applicable,
    pass: applicable && actual !== null ? actual >= required : null,
    actual,
    required,
  };
}
