/** The roster's part of the import flow: the merge a read would make, and what its commit changes. */
import { type Message, message } from '../../domain/message.ts';
import type { School } from '../../domain/school.ts';
import type { RosterImportResult } from '../read-roster-bytes.ts';
import type { LikelyDuplicate } from './find-likely-duplicates.ts';
import type { ImportChoices } from './import-kinds.ts';
import { type IncomingSchool, type MergeReport, mergeRoster } from './merge-roster.ts';

/** What a roster read would do to the roster in use, with the user's choices. */
export interface RosterReview {
  /** Whether the file had a header (else there is nothing to preview or commit). */
  readable: boolean;
  incoming: IncomingSchool[];
  schools: School[];
  report: MergeReport;
  likelyDuplicates: LikelyDuplicate[];
}

/**
 * The accepted rows as incoming schools: a row without a code in the file (a made-up ROW code,
 * with the reader's warning) is not matched by that code.
 */
export function incomingSchoolsOf(result: RosterImportResult): IncomingSchool[] {
  const noCodeColumn = result.mapping.学校代码 === null;
  return result.accepted.map((row) => ({
    row: row.row,
    record: row.record,
    codeGiven: !noCodeColumn && !row.warnings.some((warning) => warning.message.key === 'rosterCodeMissing'),
  }));
}

/** The merge a roster read makes with the roster in use; pure. */
export function reviewRosterImport(
  read: RosterImportResult,
  choices: ImportChoices['roster'],
  existing: readonly School[],
): RosterReview {
  const incoming = incomingSchoolsOf(read);
  const { schools, report, likelyDuplicates } = mergeRoster(
    existing,
    incoming,
    choices.mode,
    choices.decisions,
  );
  return { readable: read.headers.length > 0, incoming, schools, report, likelyDuplicates };
}

/** What the commit of a roster review says it did. */
export function rosterDoneMessage(review: RosterReview, file: string): Message {
  const { report } = review;
  return message('importRosterDone', {
    file,
    added: report.added.length,
    updated: report.updated.length + report.merged.length,
    removed: report.removed.length,
    total: review.schools.length,
  });
}
