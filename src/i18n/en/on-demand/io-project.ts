import type { ioProjectOnDemandZh } from '../../zh-CN/on-demand/io-project.ts';

/**
 * English texts of project files and backups: opening, migrating, what was replaced, the keys of `zh-CN/on-demand/io-project.ts`.
 *
 * The part of this section that only code loaded with the on-demand texts names (`lazyScreen`,
 * `withOnDemandTexts`).
 */
export const ioProjectOnDemandEn: Record<keyof typeof ioProjectOnDemandZh, string> = {
  projectFileWord: 'The project file',
  projectNoMigrationPath: 'There is no way from format version {from} to version {to}',
  projectMigrationMissing: 'The step from format version {from} to version {to} is missing',
  projectDuplicateCode: 'Code {code} repeats school {row}',
  projectProblemInColumn: '“{column}”: {problem}',
  projectSchoolNotOpened: 'School {number} ({school}) could not be opened: {reasons}',
  projectSchoolUnnamed: 'no name',
  projectNotJson: '{file} is not a School Layout Atlas project file (it is not valid JSON)',
  projectNotProject: '{file} is not a School Layout Atlas project file',
  projectVersionInvalid: '{file} has an invalid format version ({version})',
  projectTooNew:
    '{file} was saved by a newer School Layout Atlas (format version {version}; this one opens versions up to {current}); please update this program first',
  projectNotMigrated: '{file} cannot be brought up to the current format: {problem}',
  projectNoRoster: '{file} holds no school roster',
};
