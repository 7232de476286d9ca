/**
 * Combining an imported roster with the one in use: replace it, add to it, or update it — and,
 * in add and update, what to do with incoming schools that are probably schools already there
 * under another code or none (see `findLikelyDuplicates`).
 */
import type { School } from '../../domain/school.ts';
import { findLikelyDuplicates, type LikelyDuplicate } from './find-likely-duplicates.ts';

/**
 * How an import is combined with the roster in use:
 * - replace: the import becomes the roster;
 * - add: schools whose 学校代码 is new are added; codes already present are reported, not added;
 * - update: schools with a known code replace the old record, new codes are added.
 */
export type MergeMode = 'replace' | 'add' | 'update';

/**
 * What to do with a likely duplicate: merge it into the school it matches (that school keeps
 * its code and takes the file's values), keep it as a school of its own, or drop it.
 */
export type DuplicateDecision = 'merge' | 'keep' | 'drop';

/** The answer taken for a likely duplicate the user has not answered. */
export function defaultDuplicateDecision(mode: MergeMode): DuplicateDecision {
  // Updating asks for the file's values on known schools; adding promises to change none.
  return mode === 'update' ? 'merge' : 'drop';
}

/** What a merge did, by 学校代码. */
export interface MergeReport {
  mode: MergeMode;
  /** Codes added to the roster. */
  added: string[];
  /** Codes whose record changed. */
  updated: string[];
  /** Codes present in both with the same record. */
  unchanged: string[];
  /** In add mode: codes already in the roster, so not added again; in every mode, a code twice in the file. */
  duplicates: string[];
  /** In replace mode: codes of the roster in use that the import does not have. */
  removed: string[];
  /** Likely duplicates merged into the school they match: that school's code. */
  merged: string[];
  /** Likely duplicates dropped: the file's row numbers. */
  dropped: number[];
}

/** An incoming school with its row and whether the file gave its code. */
export interface IncomingSchool {
  row: number;
  record: School;
  /** False when the file had no code for it and the reader made one up (ROW12). */
  codeGiven: boolean;
}

function sameSchool(a: School, b: School): boolean {
  return (Object.keys(a) as (keyof School)[]).every((key) => Object.is(a[key], b[key]));
}

/** A code for a school the file gave none: ROW<row>, or the first free ROW<row>-<n>. */
function freeCode(row: number, taken: Set<string>): string {
  let code = `ROW${row}`;
  for (let suffix = 2; taken.has(code); suffix += 1) code = `ROW${row}-${suffix}`;
  return code;
}

/** The likely duplicates an add or update would meet (none in replace: the roster goes). */
export function likelyDuplicatesOf(
  existing: readonly School[],
  incoming: readonly IncomingSchool[],
  mode: MergeMode,
): LikelyDuplicate[] {
  if (mode === 'replace') return [];
  return findLikelyDuplicates(
    existing,
    incoming,
    incoming.map((school) => school.codeGiven),
  );
}

/**
 * Merges `incoming` into `existing`; pure. The roster's order is kept and new schools are
 * appended in import order; the caller commits the result as one undoable step. A school the
 * file gave no code keeps a made-up code only where it is free. Likely duplicates follow
 * `decisions` (by row), else {@link defaultDuplicateDecision}.
 * @example mergeRoster(current, imported, 'update').report.updated // ['2145080001']
 */
export function mergeRoster(
  existing: readonly School[],
  incoming: readonly IncomingSchool[],
  mode: MergeMode,
  decisions: Readonly<Record<number, DuplicateDecision>> = {},
): { schools: School[]; report: MergeReport; likelyDuplicates: LikelyDuplicate[] } {
  const report: MergeReport = {
    mode,
    added: [],
    updated: [],
    unchanged: [],
    duplicates: [],
    removed: [],
    merged: [],
    dropped: [],
  };
  const existingByCode = new Map(existing.map((school) => [school.code, school]));
  if (mode === 'replace') {
    const incomingCodes = new Set<string>();
    // The roster's schools that the file names by code: every other one is removed.
    const kept = new Set<string>();
    const schools: School[] = [];
    for (const { record, row, codeGiven } of incoming) {
      // A made-up code names no school of the roster in use: that school is new.
      const code = codeGiven ? record.code : freeCode(row, incomingCodes);
      if (incomingCodes.has(code)) {
        report.duplicates.push(code);
        continue;
      }
      incomingCodes.add(code);
      const school = code === record.code ? record : { ...record, code };
      schools.push(school);
      const old = codeGiven ? existingByCode.get(code) : undefined;
      if (old) kept.add(code);
      if (!old) report.added.push(code);
      else if (sameSchool(old, school)) report.unchanged.push(code);
      else report.updated.push(code);
    }
    for (const school of existing) if (!kept.has(school.code)) report.removed.push(school.code);
    return { schools, report, likelyDuplicates: [] };
  }
  const likelyDuplicates = likelyDuplicatesOf(existing, incoming, mode);
  const duplicateOf = new Map(likelyDuplicates.map((duplicate) => [duplicate.index, duplicate]));
  const replacements = new Map<string, School>();
  const additions: School[] = [];
  const taken = new Set(existingByCode.keys());
  const seenCodes = new Set<string>();
  incoming.forEach(({ record, row, codeGiven }, index) => {
    // The same code twice in one import: the first wins, as in the row check.
    if (codeGiven && seenCodes.has(record.code)) {
      report.duplicates.push(record.code);
      return;
    }
    if (codeGiven) seenCodes.add(record.code);
    const duplicate = duplicateOf.get(index);
    const decision = duplicate ? (decisions[row] ?? defaultDuplicateDecision(mode)) : null;
    if (duplicate && decision === 'drop') {
      report.dropped.push(row);
      return;
    }
    if (duplicate && decision === 'merge') {
      const target = duplicate.existing.code;
      const before = replacements.get(target) ?? duplicate.existing;
      const merged = { ...record, code: target };
      if (sameSchool(before, merged)) report.unchanged.push(target);
      else replacements.set(target, merged);
      report.merged.push(target);
      return;
    }
    const old = codeGiven ? existingByCode.get(record.code) : undefined;
    if (old === undefined) {
      const code = codeGiven ? record.code : freeCode(row, taken);
      taken.add(code);
      additions.push(code === record.code ? record : { ...record, code });
      report.added.push(code);
    } else if (mode === 'add') {
      report.duplicates.push(record.code);
    } else if (sameSchool(old, record)) {
      report.unchanged.push(record.code);
    } else {
      replacements.set(record.code, record);
      report.updated.push(record.code);
    }
  });
  const schools = existing.map((school) => replacements.get(school.code) ?? school);
  // A loop, not a spread: an import may add 150,000 schools (no argument-count limit).
  for (const school of additions) schools.push(school);
  return { schools, report, likelyDuplicates };
}
