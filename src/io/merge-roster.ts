/** Combining an imported roster with the one in use: replace it, add to it, or update it. */
import type { School } from '../domain/school.ts';

/**
 * How an import is combined with the roster in use:
 * - replace: the import becomes the roster;
 * - add: schools whose 学校代码 is new are added; codes already present are reported, not added;
 * - update: schools with a known code replace the old record, new codes are added.
 */
export type MergeMode = 'replace' | 'add' | 'update';

/** What a merge did, by 学校代码. */
export interface MergeReport {
  mode: MergeMode;
  /** Codes added to the roster. */
  added: string[];
  /** Codes whose record changed. */
  updated: string[];
  /** Codes present in both with the same record. */
  unchanged: string[];
  /** In add mode: codes already in the roster, so not added again. */
  duplicates: string[];
  /** In replace mode: codes of the roster in use that the import does not have. */
  removed: string[];
}

function sameSchool(a: School, b: School): boolean {
  return (Object.keys(a) as (keyof School)[]).every((key) => Object.is(a[key], b[key]));
}

/**
 * Merges `incoming` into `existing`; pure. The roster's order is kept and new schools are
 * appended in import order; the caller commits the result as one undoable step.
 * @example mergeRoster(current, imported, 'update').report.updated // ['2145080001']
 */
export function mergeRoster(
  existing: readonly School[],
  incoming: readonly School[],
  mode: MergeMode,
): { schools: School[]; report: MergeReport } {
  const report: MergeReport = { mode, added: [], updated: [], unchanged: [], duplicates: [], removed: [] };
  const existingByCode = new Map(existing.map((school) => [school.code, school]));
  if (mode === 'replace') {
    const incomingCodes = new Set(incoming.map((school) => school.code));
    for (const school of incoming) {
      const old = existingByCode.get(school.code);
      if (!old) report.added.push(school.code);
      else if (sameSchool(old, school)) report.unchanged.push(school.code);
      else report.updated.push(school.code);
    }
    report.removed = existing
      .filter((school) => !incomingCodes.has(school.code))
      .map((school) => school.code);
    return { schools: [...incoming], report };
  }
  const replacements = new Map<string, School>();
  const additions: School[] = [];
  const seenCodes = new Set<string>();
  for (const school of incoming) {
    // The same code twice in one import: the first wins, as in the row check.
    if (seenCodes.has(school.code)) {
      report.duplicates.push(school.code);
      continue;
    }
    seenCodes.add(school.code);
    const old = existingByCode.get(school.code);
    if (old === undefined) {
      additions.push(school);
      report.added.push(school.code);
    } else if (mode === 'add') {
      report.duplicates.push(school.code);
    } else if (sameSchool(old, school)) {
      report.unchanged.push(school.code);
    } else {
      replacements.set(school.code, school);
      report.updated.push(school.code);
    }
  }
  const schools = existing.map((school) => replacements.get(school.code) ?? school);
  return { schools: [...schools, ...additions], report };
}
