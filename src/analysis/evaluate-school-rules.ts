/** School-level rule checks: oversized classes, slow lines, too few computers. */
import {
  MEASURE_DIRECTIONS,
  matchesPredicate,
  type Rule,
  type SchoolMeasure,
  type SchoolRule,
} from '../domain/rules.ts';
import type { School } from '../domain/school.ts';

/** One failed school rule. */
export interface SchoolFlag {
  ruleId: string;
  title: string;
  /** The rule's English title, when the rule set gives one. */
  titleEnglish: string | null;
  /**
   * The school's value: pupils per class, Mbps, pupils or staff per computer. null when a ratio
   * has nothing to divide by — pupils or staff but no computer at all — which fails any limit.
   */
  actual: number | null;
  /** The rule's threshold: the most (class size, per computer) or the least (Mbps) allowed. */
  limit: number;
}

/** A school with the school rules it fails. */
export interface SchoolFlags {
  code: string;
  name: string;
  /** Township code the school is counted in ('' when unknown). */
  townshipCode: string;
  flags: SchoolFlag[];
}

/** A ratio: undefined when a figure is missing or both are 0, null for something over nothing. */
function ratio(numerator: number | null, denominator: number | null): number | null | undefined {
  if (numerator === null || denominator === null) return undefined;
  if (denominator === 0) return numerator > 0 ? null : undefined;
  return numerator / denominator;
}

/**
 * The school's value for a measure: undefined when the roster lacks a figure it needs (such a
 * school is not flagged: an empty cell is not a failure), null for "no computers".
 */
function measureSchool(school: School, measure: SchoolMeasure): number | null | undefined {
  switch (measure) {
    case 'students-per-class':
      // A class count of zero with pupils is a data slip, not a class of infinite size.
      return school.classes === 0 ? undefined : ratio(school.students, school.classes);
    case 'bandwidth':
      return school.bandwidthMbps ?? undefined;
    case 'students-per-computer':
      return ratio(school.students, school.computers);
    case 'staff-per-computer':
      return ratio(school.staff, school.computers);
  }
}

/**
 * The enabled school rules each school fails, for the schools that fail at least one, in roster
 * order. Direction per measure: class size and per-computer ratios must not exceed the threshold
 * (大班额 is more than 55 per class), bandwidth must reach it.
 * @param townshipCodes township code of each school, same order
 * @example evaluateSchoolRules(schools, codes, ruleSet.rules)[0] // { code, name, townshipCode, flags: [{ ruleId: 'class-size-large', actual: 57.5, limit: 55, … }] }
 */
export function evaluateSchoolRules(
  schools: readonly School[],
  townshipCodes: readonly string[],
  rules: readonly Rule[],
): SchoolFlags[] {
  const check = schoolRuleCheck(rules);
  return schools.flatMap((school, position) => check(school, townshipCodes[position] ?? '') ?? []);
}

/**
 * The check of one school against the enabled school rules (as `evaluateSchoolRules` makes it
 * for each): the rules it fails, or null when it fails none.
 * @example schoolRuleCheck(ruleSet.rules)(school, '450802100')?.flags
 */
export function schoolRuleCheck(
  rules: readonly Rule[],
): (school: School, townshipCode: string) => SchoolFlags | null {
  const schoolRules = rules.filter((rule): rule is SchoolRule => rule.level === 'school' && rule.enabled);
  return (school, townshipCode) => {
    const flags: SchoolFlag[] = [];
    for (const rule of schoolRules) {
      if (!matchesPredicate(school, rule.where)) continue;
      const actual = measureSchool(school, rule.measure);
      if (actual === undefined) continue;
      const fails =
        actual === null ||
        (MEASURE_DIRECTIONS[rule.measure] === 'at-most' ? actual > rule.threshold : actual < rule.threshold);
      if (fails)
        flags.push({
          ruleId: rule.id,
          title: rule.title,
          titleEnglish: rule.titleEnglish ?? null,
          actual,
          limit: rule.threshold,
        });
    }
    return flags.length > 0 ? { code: school.code, name: school.name, townshipCode, flags } : null;
  };
}
