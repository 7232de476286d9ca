/**
 * Saving and opening project files. Opening runs pure migrations, one per schema version
 * (v1 → v2 → …), applied in order, so a file saved by an older app opens in a newer one; a
 * file from a newer app is refused with a clear message rather than half-read.
 */

import {
  errorMessage,
  type Message,
  MessageError,
  type MessageValue,
  message,
  sentences,
} from '../domain/message.ts';
import {
  PROJECT_FORMAT,
  type Project,
  type ProjectContents,
  type ProjectSettings,
} from '../domain/project.ts';
import { ROSTER_COLUMNS, type RosterColumn, type School } from '../domain/school.ts';
import {
  asPopulation,
  asTownships,
  checkPopulationParts,
  checkTownshipParts,
} from './check-project-parts.ts';
import { checkBarrierParts, checkRoadParts } from './check-travel-parts.ts';
import type { ColumnMapping } from './guess-column-mapping.ts';
import { parseJsonText } from './parse-json-text.ts';
import { readRosterRows } from './read-roster-rows.ts';
import type { SourceTable } from './source-table.ts';

/** A project document in transit between versions: plain JSON, shape known only to each step. */
export type ProjectDocument = Record<string, unknown>;

/** One migration step: takes a document of version N and returns it as version N + 1. */
export type ProjectMigration = (document: ProjectDocument) => ProjectDocument;

/**
 * The migrations, in order: entry i turns version i + 1 into version i + 2. Schema version 1
 * is the first, so the list is empty; the version the app writes is always its length + 1.
 */
export const PROJECT_MIGRATIONS: readonly ProjectMigration[] = [];

/**
 * The schema version this app writes: one past the last migration, so adding a migration is the
 * one way to raise it.
 */
export const PROJECT_SCHEMA_VERSION = PROJECT_MIGRATIONS.length + 1;

/** Opening a project gave a project, with notes on what had to be left out. */
export interface ProjectOpened {
  ok: true;
  project: Project;
  /** The version the file was saved in, when it was older and had to be migrated; else null. */
  migratedFrom: number | null;
}

/** The file is not a project this app can open, or holds something the importers would refuse. */
export interface ProjectRefused {
  ok: false;
  message: Message;
  /** Each thing wrong, when the file is a project with bad parts (empty otherwise). */
  problems: Message[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The project as JSON text, stamped with the format, the current schema version and the time.
 * @example serializeProject(contents, new Date('2024-05-01T08:00:00Z'))
 */
export function serializeProject(contents: ProjectContents, savedAt: Date = new Date()): string {
  const project: Project = {
    format: PROJECT_FORMAT,
    schemaVersion: PROJECT_SCHEMA_VERSION,
    savedAt: savedAt.toISOString(),
    roster: contents.roster,
    townships: contents.townships,
    population: contents.population,
    rules: contents.rules ?? null,
    settings: contents.settings,
    candidates: contents.candidates,
    ...(contents.roads ? { roads: contents.roads } : {}),
    ...(contents.barriers ? { barriers: contents.barriers } : {}),
  };
  return `${JSON.stringify(project, null, 1)}\n`;
}

/**
 * Applies the migrations from the document's version up to the current one; pure.
 * @throws MessageError when the document's version has no path (newer than the migrations know)
 */
export function migrateProjectDocument(
  document: ProjectDocument,
  migrations: readonly ProjectMigration[] = PROJECT_MIGRATIONS,
): ProjectDocument {
  const current = migrations.length + 1;
  let version = Number(document.schemaVersion);
  if (!Number.isInteger(version) || version < 1 || version > current) {
    throw new MessageError(
      message('projectNoMigrationPath', { from: String(document.schemaVersion), to: current }),
    );
  }
  let migrated = document;
  while (version < current) {
    const step = migrations[version - 1];
    if (!step) throw new MessageError(message('projectMigrationMissing', { from: version, to: version + 1 }));
    migrated = { ...step(migrated), schemaVersion: version + 1 };
    version += 1;
  }
  return migrated;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

/** The School fields in the order of ROSTER_COLUMNS. */
const SCHOOL_FIELDS: Record<RosterColumn, keyof School> = {
  学校代码: 'code',
  学校名称: 'name',
  学校类型: 'type',
  经度: 'lon',
  纬度: 'lat',
  所属乡镇: 'township',
  办学性质: 'ownership',
  寄宿制: 'boarding',
  中心校: 'central',
  普惠性: 'inclusive',
  示范等级: 'demonstrationLevel',
  在校生数: 'students',
  班级数: 'classes',
  学位数: 'seats',
  小学学位数: 'primarySeats',
  初中学位数: 'middleSeats',
  高中学位数: 'highSeats',
  教职工数: 'staff',
  计算机数: 'computers',
  宽带Mbps: 'bandwidthMbps',
  标准化建设: 'standardisation',
  项目类型: 'projectType',
  项目状态: 'projectStatus',
  计划年度: 'plannedYear',
  投资万元: 'investmentTenThousandYuan',
  备注: 'note',
  数据来源: 'source',
};

/**
 * A row check's problem as said of a school in a project: the check counts rows, a project file
 * holds schools, so a problem that names another row names the other school.
 */
function schoolProblem(error: { column: string | null; message: Message }): Message {
  const problem =
    error.message.key === 'rosterDuplicateCode'
      ? message('projectDuplicateCode', error.message.values)
      : error.message;
  return error.column ? message('projectProblemInColumn', { column: error.column, problem }) : problem;
}

/** Checks the saved schools with the roster's own record checks; failing ones are left out. */
function checkRoster(roster: unknown[]): { schools: School[]; issues: Message[] } {
  const table: SourceTable = {
    // Messages name the school, not the file: the file is named once, above them.
    file: '',
    format: 'delimited',
    headers: [...ROSTER_COLUMNS],
    headerRow: 1,
    rows: roster.map((entry, index) => ({
      row: index + 1,
      cells: ROSTER_COLUMNS.map((column) =>
        cellText(isRecord(entry) ? entry[SCHOOL_FIELDS[column]] : undefined),
      ),
    })),
  };
  const mapping = Object.fromEntries(ROSTER_COLUMNS.map((column) => [column, column])) as ColumnMapping;
  const { result } = readRosterRows(table, mapping, { style: 'canonical', spreadsheetEscapes: false });
  const issues = result.rejected.map((rejected) => {
    const label = [rejected.original.学校代码, rejected.original.学校名称].filter(Boolean).join(' ');
    return message('projectSchoolNotOpened', {
      number: rejected.row,
      school: label || message('projectSchoolUnnamed'),
      reasons: sentences(rejected.errors.map(schoolProblem)),
    });
  });
  return { schools: result.accepted.map((row) => row.record), issues };
}

function refuse(reason: Message): ProjectRefused {
  return { ok: false, message: reason, problems: [] };
}

/**
 * Opens a project file's text, as strictly as the importers read files: a school the roster's
 * checks would reject, a broken ring or a negative population refuses the whole file, with
 * every problem named. Never throws.
 * @param file the file's name, for messages (in words when there is none)
 * @param migrations the migration list (tests pass their own)
 * @example const opened = parseProject(text, '港南区.atlas.json'); if (opened.ok) use(opened.project);
 */
export function parseProject(
  text: string,
  file: MessageValue = message('projectFileWord'),
  migrations: readonly ProjectMigration[] = PROJECT_MIGRATIONS,
): ProjectOpened | ProjectRefused {
  const current = migrations.length + 1;
  const parsed = parseJsonText(text.replace(/^\uFEFF/, ''), file, () => message('projectNotJson', { file }));
  if (!parsed.ok) return refuse(parsed.message);
  const document = parsed.value;
  if (!isRecord(document) || document.format !== PROJECT_FORMAT) {
    return refuse(message('projectNotProject', { file }));
  }
  const version = document.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(message('projectVersionInvalid', { file, version: String(version) }));
  }
  if (version > current) {
    return refuse(message('projectTooNew', { file, version, current }));
  }
  let migrated: ProjectDocument;
  try {
    migrated = migrateProjectDocument(document, migrations);
  } catch (error) {
    return refuse(message('projectNotMigrated', { file, problem: errorMessage(error) }));
  }
  if (!Array.isArray(migrated.roster)) return refuse(message('projectNoRoster', { file }));
  const problems: Message[] = [];
  const { schools, issues: rosterIssues } = checkRoster(migrated.roster);
  // Loops, not push(...list): a broken backup of 150,000 schools has as many problems.
  for (const issue of rosterIssues) problems.push(issue);
  const townshipsValue = migrated.townships ?? null;
  if (townshipsValue !== null)
    for (const problem of checkTownshipParts(townshipsValue)) problems.push(problem);
  const populationValue = migrated.population ?? null;
  if (populationValue !== null)
    for (const problem of checkPopulationParts(populationValue)) problems.push(problem);
  for (const problem of checkRoadParts(migrated.roads)) problems.push(problem);
  for (const problem of checkBarrierParts(migrated.barriers)) problems.push(problem);
  if (problems.length > 0) {
    return {
      ok: false,
      message: message('projectRefusedProblems', { file, count: problems.length }),
      problems,
    };
  }
  const townships = townshipsValue === null ? null : asTownships(townshipsValue);
  const population = populationValue === null ? null : asPopulation(populationValue);
  const settingsValue = isRecord(migrated.settings) ? migrated.settings : {};
  const settings: ProjectSettings = {
    ...settingsValue,
    districtCode: typeof settingsValue.districtCode === 'string' ? settingsValue.districtCode : '',
    districtName: typeof settingsValue.districtName === 'string' ? settingsValue.districtName : '',
  };
  const project: Project = {
    format: PROJECT_FORMAT,
    schemaVersion: current,
    savedAt: typeof migrated.savedAt === 'string' ? migrated.savedAt : '',
    roster: schools,
    townships,
    population,
    rules: migrated.rules ?? null,
    settings,
    candidates: Array.isArray(migrated.candidates) ? migrated.candidates : [],
    ...(migrated.roads !== undefined ? { roads: migrated.roads } : {}),
    ...(migrated.barriers !== undefined ? { barriers: migrated.barriers } : {}),
  };
  return { ok: true, project, migratedFrom: version < current ? version : null };
}
