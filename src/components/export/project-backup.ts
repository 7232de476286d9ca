/**
 * The project backup as the app makes and restores it: what of the store goes into the file,
 * and what a restored file puts back (defaults filled in where the file says "the default").
 */
import { readCandidates } from '../../domain/candidate.ts';
import { type Message, message, sentences } from '../../domain/message.ts';
import type { PopulationData } from '../../domain/population.ts';
import type { Project, ProjectContents } from '../../domain/project.ts';
import { DEFAULT_SERVICE_RADII, SERVICE_KINDS, type ServiceRadii } from '../../domain/radius.ts';
import { type BarrierLayer, readSavedBarriers, readSavedRoads } from '../../domain/road-network.ts';
import type { RuleSet } from '../../domain/rules.ts';
import type { Scenario } from '../../domain/scenario.ts';
import type { TownshipCollection } from '../../domain/township.ts';
import type { Language } from '../../i18n/index.ts';
import { parseRuleSet } from '../../io/rule-set-file.ts';
import type { DatasetInfo, EditableData } from '../../store/data-slice.ts';
import type { AtlasState } from '../../store/index.ts';

/** The store's parts that a backup holds. */
export type BackupSource = Pick<
  AtlasState,
  | 'schools'
  | 'townships'
  | 'population'
  | 'ruleSet'
  | 'radii'
  | 'candidates'
  | 'roads'
  | 'barriers'
  | 'language'
  | 'scenario'
  | 'dataset'
>;

/** Whether the townships are the default approximate ones (saved as null: "use the default"). */
function isDefaultTownships(townships: TownshipCollection | null): boolean {
  return townships === null || townships.features.every((feature) => feature.properties.approximate);
}

/** Whether the population is the default model (saved as null: "use the default"). */
function isDefaultPopulation(population: PopulationData | null): boolean {
  return population === null || population.source === 'model';
}

/**
 * The project contents of the store. The defaults that ship with the app (approximate
 * boundaries, the modelled population) are saved as null, as the format defines, so a backup
 * stays small and picks up corrected defaults; the Tianditu key is never saved.
 */
export function projectContentsOf(state: BackupSource): ProjectContents {
  return {
    roster: state.schools,
    townships: isDefaultTownships(state.townships) ? null : state.townships,
    population: isDefaultPopulation(state.population) ? null : state.population,
    rules: state.ruleSet,
    settings: {
      districtCode: state.dataset?.districtCode ?? '',
      districtName: state.dataset?.districtName ?? '',
      rosterFile: state.dataset?.rosterFile ?? '',
      language: state.language,
      scenario: state.scenario,
      radii: state.radii,
    },
    candidates: state.candidates,
    roads: state.roads,
    barriers: state.barriers,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Radii read back from a backup's settings, or null when they are missing or malformed. */
export function readRadii(value: unknown): ServiceRadii | null {
  if (!isRecord(value)) return null;
  const radius = (item: unknown) =>
    item === null || (typeof item === 'number' && Number.isFinite(item) && item >= 0);
  const valid = SERVICE_KINDS.every((kind) => {
    const entry = value[kind];
    return isRecord(entry) && radius(entry.urban) && radius(entry.rural);
  });
  return valid ? (value as unknown as ServiceRadii) : null;
}

/** A scenario read back from a backup's settings, or null. */
export function readScenario(value: unknown): Scenario | null {
  if (!isRecord(value) || (value.kind !== 'current' && value.kind !== 'planned')) return null;
  const year = value.year;
  if (year !== null && !(typeof year === 'number' && Number.isInteger(year))) return null;
  return { kind: value.kind, year };
}

/** The app's defaults that a backup's nulls stand for. */
export interface BackupDefaults {
  townships: TownshipCollection;
  population: PopulationData;
  ruleSet: RuleSet;
  /** The default data set's barriers (the 郁江), for a backup that saved none. */
  barriers: BarrierLayer[];
}

/** What restoring a backup will put into the store, and what had to be replaced by defaults. */
export interface RestorePlan {
  data: EditableData;
  dataset: DatasetInfo | null;
  language: Language | null;
  scenario: Scenario | null;
  /** The file's own issues and what was replaced here. */
  notes: Message[];
}

/**
 * What a parsed backup restores: its data, with the defaults where it saved none, and the
 * settings it carries.
 */
export function planRestore(
  project: Project,
  issues: readonly Message[],
  defaults: BackupDefaults,
): RestorePlan {
  const notes = [...issues];
  let ruleSet = defaults.ruleSet;
  if (project.rules !== null && project.rules !== undefined) {
    const parsed = parseRuleSet(project.rules);
    if (parsed.ok) ruleSet = parsed.ruleSet;
    else notes.push(message('projectRulesReplaced', { problems: sentences(parsed.errors) }));
  }
  const settings = project.settings;
  const radii = readRadii(settings.radii);
  if (settings.radii !== undefined && radii === null) notes.push(message('projectRadiiReplaced'));
  const { candidates, issues: candidateIssues } = readCandidates(project.candidates);
  notes.push(...candidateIssues);
  const { roads, issues: roadIssues } = readSavedRoads(project.roads);
  const { barriers, issues: barrierIssues } = readSavedBarriers(project.barriers);
  notes.push(...roadIssues, ...barrierIssues);
  const language = settings.language === 'en' || settings.language === 'zh-CN' ? settings.language : null;
  return {
    data: {
      schools: project.roster,
      townships: project.townships ?? defaults.townships,
      population: project.population ?? defaults.population,
      ruleSet,
      radii: radii ?? DEFAULT_SERVICE_RADII,
      candidates,
      roads,
      barriers: barriers ?? defaults.barriers,
    },
    dataset:
      settings.districtName === '' && settings.districtCode === ''
        ? null
        : {
            districtName: settings.districtName,
            districtCode: settings.districtCode,
            rosterFile: typeof settings.rosterFile === 'string' ? settings.rosterFile : '',
          },
    language,
    scenario: readScenario(settings.scenario),
    notes,
  };
}

/**
 * A download's file name: the district, what it is, and today's local date.
 * @example exportFileName('港南区', '学校名录', 'csv', new Date(2026, 10, 28)) // '港南区学校名录_2026-11-28.csv'
 */
export function exportFileName(
  districtName: string,
  what: string,
  extension: string,
  date = new Date(),
): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `${districtName}${what}_${day}.${extension}`;
}
