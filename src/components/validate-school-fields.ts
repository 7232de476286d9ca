/**
 * Checks a school entered in the form with exactly the importer's rules, by reading it as a
 * one-row roster, so a value refused on import is refused here too and vice versa; and, like the
 * importer, says how far outside the district its point lies.
 */
import Papa from 'papaparse';
import { type Message, message, sentences } from '../domain/message.ts';
import { ROSTER_COLUMNS, type RosterColumn, type School } from '../domain/school.ts';
import type { DistrictCollection } from '../domain/township.ts';
import { readPosition, readRoster, rosterCells } from '../io/import-flow/index.ts';
import { measureOutsideDistrict } from '../store/outside-district.ts';

/** The form's values, one text per roster column. */
export type SchoolFields = Record<RosterColumn, string>;

/** What the form shows: the record when it can be saved, and the problems per column. */
export interface FieldCheck {
  school: School | null;
  errors: Partial<Record<RosterColumn, Message>>;
  warnings: Partial<Record<RosterColumn, Message>>;
  /** How far outside the district the school's point lies, in kilometres; 0 inside (or unknown). */
  kilometresOutside: number;
}

/** The form values of an existing school: the same cells an export writes. */
export function fieldsOfSchool(school: School): SchoolFields {
  return rosterCells(school);
}

/**
 * Checks the form values; `otherCodes` are the codes already used by other schools, `district`
 * the outline a point is measured against.
 * @example checkSchoolFields(fields, new Set(['001']), null).errors.学校代码 // message('schoolCodeUsed', { code: '001' })
 */
export function checkSchoolFields(
  fields: SchoolFields,
  otherCodes: ReadonlySet<string>,
  district: DistrictCollection | null,
): FieldCheck {
  const text = Papa.unparse({
    fields: [...ROSTER_COLUMNS],
    data: [ROSTER_COLUMNS.map((column) => fields[column])],
  });
  // The form has no file name: its messages are shown beside the field they concern.
  const result = readRoster(text, '');
  const errors: Partial<Record<RosterColumn, Message>> = {};
  const warnings: Partial<Record<RosterColumn, Message>> = {};
  const rejected = result.rejected[0];
  for (const issue of rejected?.errors ?? []) {
    const column = (issue.column ?? '学校名称') as RosterColumn;
    const before = errors[column];
    errors[column] = before ? sentences([before, issue.message]) : issue.message;
  }
  for (const issue of result.fileErrors) errors.学校名称 = issue;
  const accepted = result.accepted[0];
  for (const issue of accepted?.warnings ?? []) {
    const column = (issue.column ?? '学校名称') as RosterColumn;
    warnings[column] = issue.message;
  }
  const code = fields.学校代码.trim();
  if (code === '') errors.学校代码 = message('rosterRequired');
  else if (otherCodes.has(code)) errors.学校代码 = message('schoolCodeUsed', { code });
  const school = accepted && Object.keys(errors).length === 0 ? accepted.record : null;
  // Read as the canonical roster reads it, whatever the other fields: a point is warned about
  // as soon as it is typed or clicked, before the name is.
  const { wgs84 } = readPosition(fields.经度.trim(), fields.纬度.trim(), { decimalOnly: true });
  const kilometresOutside = wgs84 ? measureOutsideDistrict(district, wgs84[0], wgs84[1]) : 0;
  return { school, errors, warnings, kilometresOutside };
}
