/** Progress of the district targets of a plan (新建公办幼儿园 16 所 …) as the roster shows it. */
import type { DistrictTarget, RuleSet } from '../domain/rules.ts';
import { matchesPredicate } from '../domain/rules.ts';
import { existsToday, type School } from '../domain/school.ts';

/** Matching schools by where they stand. */
export interface TargetCounts {
  /** Matching schools with no project (or, for count-by-school targets, standing today). */
  existing: number;
  /** 竣工. */
  completed: number;
  /** 在建. */
  construction: number;
  /** 规划 (a project without a status counts here). */
  planned: number;
}

/** One target's progress. */
export interface TargetProgress {
  id: string;
  title: string;
  titleEnglish: string | null;
  note: string | null;
  measure: DistrictTarget['measure'];
  unit: string;
  target: number;
  /** Roster counts; null for entered figures. */
  counts: TargetCounts | null;
  /** Done now: existing + completed, or the entered figure (null = not entered). */
  achieved: number | null;
  /** Done once everything in the roster is finished: achieved + construction + planned; entered figures: as achieved. */
  afterPlan: number | null;
  /** achieved ≥ target; null when nothing was entered. */
  met: boolean | null;
  /** afterPlan ≥ target; null when nothing was entered. */
  metAfterPlan: boolean | null;
}

function countSchools(
  schools: readonly School[],
  target: Extract<DistrictTarget, { measure: 'school-count' }>,
): TargetCounts {
  const counts: TargetCounts = { existing: 0, completed: 0, construction: 0, planned: 0 };
  for (const school of schools) {
    if (!matchesPredicate(school, target.where)) continue;
    if (target.countBy === 'school' && existsToday(school)) counts.existing += 1;
    else if (target.countBy === 'project-status' && school.projectType === '') counts.existing += 1;
    else if (school.projectStatus === '竣工') counts.completed += 1;
    else if (school.projectStatus === '在建') counts.construction += 1;
    else counts.planned += 1;
  }
  return counts;
}

/**
 * Every target of the rule set with its progress: for roster targets, the matching schools by
 * status (竣工 / 在建 / 规划, plus existing schools without a project) against the goal; for
 * entered figures (enrolment rates), the figure the user entered. Scenario-free: it reads the
 * statuses themselves.
 * @example evaluateTargets(schools, ruleSet).find((t) => t.id === 'new-public-kindergartens')?.counts // { existing: 0, completed: 10, construction: 4, planned: 2 }
 */
export function evaluateTargets(schools: readonly School[], ruleSet: RuleSet): TargetProgress[] {
  return ruleSet.targets.map((target) => {
    const common = {
      id: target.id,
      title: target.title,
      titleEnglish: target.titleEnglish ?? null,
      note: target.note ?? null,
      measure: target.measure,
      unit: target.unit,
      target: target.target,
    };
    if (target.measure === 'entered-figure') {
      const met = target.value === null ? null : target.value >= target.target;
      return {
        ...common,
        counts: null,
        achieved: target.value,
        afterPlan: target.value,
        met,
        metAfterPlan: met,
      };
    }
    const counts = countSchools(schools, target);
    const achieved = counts.existing + counts.completed;
    const afterPlan = achieved + counts.construction + counts.planned;
    return {
      ...common,
      counts,
      achieved,
      afterPlan,
      met: achieved >= target.target,
      metAfterPlan: afterPlan >= target.target,
    };
  });
}
