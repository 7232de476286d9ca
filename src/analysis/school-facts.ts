/**
 * What an analysis finds about each school on its own — the township it is counted in, the
 * school rules it fails, whether its 所属乡镇 disagrees with the boundary its point lies in —
 * kept per school by an analysis session, so that an edit of one school of 30,000 checks that
 * one again rather than all of them. A school counts as the same when every field is the same.
 */
import type { Rule } from '../domain/rules.ts';
import type { School } from '../domain/school.ts';
import type { TownshipCollection } from '../domain/township.ts';
import { townshipAssignment } from './assign-townships.ts';
import { type SchoolFlags, schoolRuleCheck } from './evaluate-school-rules.ts';
import { type TownshipMismatch, townshipMismatchCheck } from './find-township-mismatches.ts';

/** One school's findings. */
export interface SchoolFacts {
  /** As `assignTownships` gives it. */
  townshipCode: string;
  /** As `evaluateSchoolRules` lists it, or null when it fails no rule. */
  flags: SchoolFlags | null;
  /** As `findTownshipMismatches` lists it, or null. */
  mismatch: TownshipMismatch | null;
}

/** Kept findings: valid for one set of boundaries and rules. */
export interface SchoolFactsMemo {
  /** The findings of every school, in order, for these boundaries and rules. */
  factsOf(schools: readonly School[], townships: TownshipCollection, rules: readonly Rule[]): SchoolFacts[];
}

/** Every field the same (a school's fields are numbers, text, booleans and null). */
function sameSchool(first: School, second: School): boolean {
  if (first === second) return true;
  let fields = 0;
  for (const key in first) {
    fields++;
    if (!Object.is(first[key as keyof School], second[key as keyof School])) return false;
  }
  for (const _ in second) fields--;
  return fields === 0;
}

/**
 * An empty memo. `sameRules` tells whether two rule lists are the same (the boundaries are
 * compared by identity: the session passes the ones it keeps).
 * @example const memo = startSchoolFactsMemo(sameData); memo.factsOf(schools, townships, ruleSet.rules)
 */
export function startSchoolFactsMemo(
  sameRules: (first: readonly Rule[], second: readonly Rule[]) => boolean,
): SchoolFactsMemo {
  let kept: {
    townships: TownshipCollection;
    rules: readonly Rule[];
    assign: (school: School) => string;
    check: ReturnType<typeof schoolRuleCheck>;
    compare: ReturnType<typeof townshipMismatchCheck>;
    byCode: Map<string, { school: School; facts: SchoolFacts }>;
    last: { schools: readonly School[]; facts: SchoolFacts[] };
  } | null = null;
  return {
    factsOf(schools, townships, rules) {
      if (!kept || kept.townships !== townships || !sameRules(kept.rules, rules)) {
        kept = {
          townships,
          rules,
          assign: townshipAssignment(townships),
          check: schoolRuleCheck(rules),
          compare: townshipMismatchCheck(townships),
          byCode: new Map(),
          last: { schools: [], facts: [] },
        };
      }
      const { assign, check, compare, byCode, last } = kept;
      // Schools long gone are forgotten now and then.
      if (byCode.size > 2 * schools.length + 1000) byCode.clear();
      // The roster of the last call, school by school: the same object has the same findings. An
      // edit adds, removes or replaces a school or a few, so a running shift keeps them in step.
      let shift = 0;
      const facts = schools.map((school, position) => {
        if (last.schools[position + shift] === school) return last.facts[position + shift] as SchoolFacts;
        if (last.schools[position + shift + 1] === school) {
          shift++;
          return last.facts[position + shift] as SchoolFacts;
        }
        if (last.schools[position + shift - 1] === school) {
          shift--;
          return last.facts[position + shift] as SchoolFacts;
        }
        const known = byCode.get(school.code);
        if (known && sameSchool(known.school, school)) return known.facts;
        const townshipCode = assign(school);
        const facts = { townshipCode, flags: check(school, townshipCode), mismatch: compare(school) };
        byCode.set(school.code, { school, facts });
        return facts;
      });
      kept.last = { schools, facts };
      return facts;
    },
  };
}
