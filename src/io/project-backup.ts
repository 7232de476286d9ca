/**
 * The project backup as the app makes and restores it: what of the app's data goes into the
 * file, and what a restored file puts back (defaults filled in where the file says "the
 * default"). A restore is all or nothing: any part the importers would refuse refuses the file.
 */
import type { SavedBasemap } from '../domain/basemap.ts';
import type { CandidateSite } from '../domain/candidate.ts';
import { readCandidates } from '../domain/candidate.ts';
import { type Message, type MessageValue, message, sentences } from '../domain/message.ts';
import type { PopulationData } from '../domain/population.ts';
import type { Project, ProjectContents } from '../domain/project.ts';
import { DEFAULT_SERVICE_RADII, SERVICE_KINDS, type ServiceRadii } from '../domain/radius.ts';
import type { ReferenceLayer } from '../domain/reference-layer.ts';
import type { BarrierLayer, RoadNetwork } from '../domain/road-network.ts';
import type { RuleSet } from '../domain/rules.ts';
import type { Scenario } from '../domain/scenario.ts';
import type { School } from '../domain/school.ts';
import { NO_FORECAST_ASSUMPTIONS, type SeatForecastAssumptions } from '../domain/seats.ts';
import type { TownshipCollection } from '../domain/township.ts';
import { asReferenceLayers, checkSeatForecastParts } from './check-project-parts.ts';
import { asBarriers, asRoadNetwork } from './check-travel-parts.ts';
import { parseProject } from './project-file.ts';
import { parseRuleSet } from './rule-set-file.ts';
import { type BasemapSource, readSavedBasemap, savedBasemapOf } from './saved-basemap.ts';
import { readSeatForecast } from './seat-forecast-fields.ts';

/** The interface languages a backup may name. */
type BackupLanguage = 'zh-CN' | 'en';

/** Where the data came from, as the app keeps it. */
export interface BackupDataset {
  districtName: string;
  districtCode: string;
  rosterFile: string;
}

/** The data a backup restores: the app's editable data. */
export interface RestoredData {
  schools: School[];
  townships: TownshipCollection | null;
  population: PopulationData | null;
  ruleSet: RuleSet | null;
  radii: ServiceRadii;
  candidates: CandidateSite[];
  /** The bureau's reference layers (roads, rivers, villages …), drawn bottom to top. */
  referenceLayers: ReferenceLayer[];
  /** The seat forecast's assumptions (births, migration); none set in a backup that has none. */
  seatForecast: SeatForecastAssumptions;
  /** The imported road network, for travel time; null until one is imported. */
  roads: RoadNetwork | null;
  /** Lines only a road crosses (rivers, reservoirs): the default data set's 郁江 and imported ones. */
  barriers: BarrierLayer[];
}

/** The app's parts that a backup holds. */
export interface BackupSource extends RestoredData, Partial<BasemapSource> {
  language: BackupLanguage;
  scenario: Scenario;
  dataset: BackupDataset | null;
}

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
      seatForecast: state.seatForecast,
      ...(state.basemapChoice
        ? {
            basemap: savedBasemapOf({
              basemapChoice: state.basemapChoice,
              basemapFile: state.basemapFile ?? null,
              basemapServices: state.basemapServices ?? [],
              basemapEnabled: state.basemapEnabled ?? false,
            }),
          }
        : {}),
    },
    candidates: state.candidates,
    referenceLayers: state.referenceLayers,
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
  /** The layers a backup saved before reference layers existed opens with (the default 郁江). */
  referenceLayers: ReferenceLayer[];
  /** The default data set's barriers (the 郁江), for a backup that saved none. */
  barriers: BarrierLayer[];
}

/** What restoring a backup will put into the store, and what had to be replaced by defaults. */
export interface RestorePlan {
  data: RestoredData;
  dataset: BackupDataset | null;
  language: BackupLanguage | null;
  scenario: Scenario | null;
  /** The basemap the project was shown with; null in a backup saved before it was kept. */
  basemap: SavedBasemap | null;
}

/** A backup that cannot be restored: why, and each thing wrong. */
export interface RestoreRefused {
  ok: false;
  message: Message;
  problems: Message[];
}

/**
 * What a parsed backup restores: its data, with the defaults where it saved none, and the
 * settings it carries — or, when its rule set, radii, scenario or candidates would be refused,
 * every problem, and nothing to restore.
 */
export function planRestore(
  project: Project,
  defaults: BackupDefaults,
  file: MessageValue = message('projectFileWord'),
): { ok: true; plan: RestorePlan } | RestoreRefused {
  const problems: Message[] = [];
  let ruleSet = defaults.ruleSet;
  if (project.rules !== null && project.rules !== undefined) {
    const parsed = parseRuleSet(project.rules);
    if (parsed.ok) ruleSet = parsed.ruleSet;
    else problems.push(message('projectRulesInvalid', { problems: sentences(parsed.errors) }));
  }
  const settings = project.settings;
  const radii = readRadii(settings.radii);
  if (settings.radii !== undefined && radii === null) problems.push(message('projectRadiiInvalid'));
  const scenario = readScenario(settings.scenario);
  if (settings.scenario !== undefined && scenario === null) problems.push(message('projectScenarioInvalid'));
  const basemap = settings.basemap === undefined ? null : readSavedBasemap(settings.basemap);
  if (settings.basemap !== undefined && basemap === null) problems.push(message('projectBasemapInvalid'));
  const seatForecast = readSeatForecast(settings.seatForecast);
  if (settings.seatForecast !== undefined) problems.push(...checkSeatForecastParts(settings.seatForecast));
  const { candidates, issues: candidateIssues } = readCandidates(project.candidates);
  for (const issue of candidateIssues) {
    // readCandidates leaves a bad candidate out; a restore refuses it, so it is said so here.
    problems.push(
      issue.key === 'projectCandidateMalformed'
        ? message('projectCandidatesInvalid', issue.values)
        : message('projectCandidatesNotList'),
    );
  }
  if (problems.length > 0) {
    return {
      ok: false,
      message: message('projectRefusedProblems', { file, count: problems.length }),
      problems,
    };
  }
  const language = settings.language === 'en' || settings.language === 'zh-CN' ? settings.language : null;
  return {
    ok: true,
    plan: {
      data: {
        schools: project.roster,
        townships: project.townships ?? defaults.townships,
        population: project.population ?? defaults.population,
        ruleSet,
        radii: radii ?? DEFAULT_SERVICE_RADII,
        candidates,
        // Checked strictly when the file was parsed (checkReferenceLayerParts).
        referenceLayers:
          project.referenceLayers === undefined
            ? defaults.referenceLayers
            : asReferenceLayers(project.referenceLayers),
        seatForecast: seatForecast ?? NO_FORECAST_ASSUMPTIONS,
        // parseProject checked both strictly: a malformed network refused the backup.
        roads: asRoadNetwork(project.roads),
        barriers: asBarriers(project.barriers) ?? defaults.barriers,
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
      scenario,
      basemap,
    },
  };
}

/** A backup opened and checked: what it restores, or why it cannot be restored. */
export type BackupOpened =
  | { ok: true; project: Project; plan: RestorePlan; migratedFrom: number | null }
  | RestoreRefused;

/**
 * Opens a backup file's text for restoring: parsed, migrated and checked whole, as strictly as
 * the importers check files. Nothing is restored here; the store's `restoreProject` does that
 * in one step. Never throws.
 * @example const opened = openProjectBackup(text, '港南区项目备份.json', defaults); if (!opened.ok) show(opened.problems);
 */
export function openProjectBackup(text: string, file: string, defaults: BackupDefaults): BackupOpened {
  const opened = parseProject(text, file);
  if (!opened.ok) return { ok: false, message: opened.message, problems: opened.problems };
  const planned = planRestore(opened.project, defaults, file);
  if (!planned.ok) return planned;
  return { ok: true, project: opened.project, plan: planned.plan, migratedFrom: opened.migratedFrom };
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
