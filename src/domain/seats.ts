/**
 * Seats (学位) and school-age children (适龄儿童): the four stages, which school types serve them,
 * the standard class sizes and stage ages behind the seat figures, and the default size of a new
 * school. Pure types and constants; nothing here imports the app.
 */
import type { MessageKey } from './message.ts';
import { SERVICE_KINDS_BY_SCHOOL_TYPE, type ServiceKind } from './radius.ts';
import { SCHOOL_TYPES, type School, type SchoolType } from './school.ts';

/** A stage of schooling that has seats: 幼儿园, 小学, 初中, 高中 (special education has none). */
export type SeatStage = Extract<ServiceKind, 'kindergarten' | 'primary' | 'middle' | 'high'>;

/** Every stage, in the order tables, files and the command line list them. */
export const SEAT_STAGES: readonly SeatStage[] = ['kindergarten', 'primary', 'middle', 'high'];

/** The catalogue key of each stage's name (幼儿园, 小学, 初中, 高中), for messages and tables. */
export const STAGE_NAME_KEYS = {
  kindergarten: 'seatStageKindergarten',
  primary: 'seatStagePrimary',
  middle: 'seatStageMiddle',
  high: 'seatStageHigh',
} as const satisfies Record<SeatStage, MessageKey>;

/**
 * The stages each school type offers seats in, lower stage first: the service kinds it offers
 * (a 九年一贯制 school serves primary and middle, a 完全中学 middle and high, a 教学点 primary)
 * without special education, which takes children of every age by need, not by place, and has no
 * stage seats.
 */
export const SEAT_STAGES_BY_SCHOOL_TYPE: Readonly<Record<SchoolType, readonly SeatStage[]>> =
  Object.fromEntries(
    SCHOOL_TYPES.map((type): [SchoolType, SeatStage[]] => [
      type,
      SERVICE_KINDS_BY_SCHOOL_TYPE[type].filter((kind): kind is SeatStage => isSeatStage(kind)),
    ]),
  ) as Record<SchoolType, SeatStage[]>;

/** The roster column holding a stage's own seats in a school serving two stages. */
export const STAGE_SEAT_FIELDS: Record<SeatStage, 'seats' | 'primarySeats' | 'middleSeats' | 'highSeats'> = {
  kindergarten: 'seats',
  primary: 'primarySeats',
  middle: 'middleSeats',
  high: 'highSeats',
};

/** The oldest age a population file may give children of (`17岁`): upper secondary ends at 17. */
export const OLDEST_CHILD_AGE = 17;
/** Single-year ages held per place: 0 … {@link OLDEST_CHILD_AGE}. */
export const CHILD_AGE_COUNT = OLDEST_CHILD_AGE + 1;

/** The ages of a stage, both ends included (小学 6–11: six school years). */
export interface StageAges {
  from: number;
  to: number;
}

/** Settings of the seat analysis, kept in the rule set beside the other settings. */
export interface SeatSettings {
  /** Standard pupils per class of each stage: seats = classes × this when no 学位数 is given. */
  classSizes: Record<SeatStage, number>;
  /** The ages of each stage. */
  stageAges: Record<SeatStage, StageAges>;
  /** Classes of a new school of each stage (a candidate site's default seats = classes × class size). */
  newSiteClasses: Record<SeatStage, number>;
  /**
   * The rule set's entered figures (district targets) that a stage's estimated gross rate stands
   * beside, by target id: 学前三年毛入园率 ≈ kindergarten pupils ÷ children 3–5, 高中阶段毛入学率 ≈
   * high-school pupils ÷ children 15–17.
   */
  rateTargets: Record<string, SeatStage>;
  /** Where the figures come from, as the rule-set file says. */
  note?: string;
}

/**
 * Defaults, with their sources (the rule-set file repeats them in its `note`):
 * - class sizes: 小学 45 and 初中/高中 50 per class are GB 50099—2011 《中小学校设计规范》 3.0.1
 *   (完全小学每班 45 人；完全中学、初级中学、高级中学每班 50 人；九年制学校 1–6 年级同小学、7–9
 *   年级同初中), the sizes 消除大班额 measures against; 幼儿园 30 is the mixed class of
 *   《幼儿园工作规程》 (小班 25、中班 30、大班 35 人);
 * - stage ages: entry at six (《义务教育法》第十一条), and 六三三 years as in Guangxi;
 *   kindergarten the three years before;
 * - new schools: 幼儿园 9 classes (the scales of 建标 175—2016《幼儿园建设标准》 are 3, 6, 9 and 12
 *   classes), 小学 18, 初中 24, 高中 36 classes (within the scales of 建标 102—2002
 *   《城市普通中小学校校舍建设标准》) — planning sizes, not requirements; the planner changes them.
 */
export const DEFAULT_SEAT_SETTINGS: SeatSettings = {
  classSizes: { kindergarten: 30, primary: 45, middle: 50, high: 50 },
  stageAges: {
    kindergarten: { from: 3, to: 5 },
    primary: { from: 6, to: 11 },
    middle: { from: 12, to: 14 },
    high: { from: 15, to: 17 },
  },
  newSiteClasses: { kindergarten: 9, primary: 18, middle: 24, high: 36 },
  rateTargets: { 'preschool-gross-enrolment': 'kindergarten', 'upper-secondary-gross-enrolment': 'high' },
};

/** The base year of population figures that name none: the 2020 census. */
export const DEFAULT_BASE_YEAR = 2020;
/** How many years ahead the forecast runs from its base year. */
export const FORECAST_YEARS = 10;

/**
 * Years of a stage (小学 6–11: 6).
 * @example stageYears(DEFAULT_SEAT_SETTINGS, 'primary') // 6
 */
export function stageYears(settings: SeatSettings, stage: SeatStage): number {
  const ages = settings.stageAges[stage];
  return ages.to - ages.from + 1;
}

/**
 * The seat stages a school serves.
 * @example seatStagesOf({ type: '九年一贯制' }) // ['primary', 'middle']
 */
export function seatStagesOf(school: Pick<School, 'type'>): readonly SeatStage[] {
  return SEAT_STAGES_BY_SCHOOL_TYPE[school.type];
}

/**
 * Default seats of a new school of a stage: its classes × the standard class size.
 * @example newSiteSeats(DEFAULT_SEAT_SETTINGS, 'primary') // 810
 */
export function newSiteSeats(settings: SeatSettings, stage: SeatStage): number {
  return settings.newSiteClasses[stage] * settings.classSizes[stage];
}

/** Whether a value is a stage with seats (and not special education). */
export function isSeatStage(kind: string): kind is SeatStage {
  return (SEAT_STAGES as readonly string[]).includes(kind);
}

/**
 * The seat settings of a rule set's settings, or the defaults for a rule set that has none.
 * @example seatSettingsOf(ruleSet.settings).classSizes.primary // 45
 */
export function seatSettingsOf(settings: { seats?: SeatSettings }): SeatSettings {
  return settings.seats ?? DEFAULT_SEAT_SETTINGS;
}

/** Births of given years, year → children born. */
export type BirthsByYear = Readonly<Record<number, number>>;

/**
 * What the seat forecast assumes, kept with the project (autosave, backup, undo) and in links.
 * Typed or imported births override the yearly change for their years; a township's own figure
 * overrides the district's for its places.
 */
export interface SeatForecastAssumptions {
  /** Annual change of births (−0.03 = 3 % fewer each year). */
  birthChange: number;
  /** District births of given years. */
  births: BirthsByYear;
  /** Births of given years per township code. */
  townshipBirths: Readonly<Record<string, BirthsByYear>>;
  /** Yearly net migration rate by township code (0.01 = +1 % a year); empty = none. */
  migration: Readonly<Record<string, number>>;
  /** The file the births were imported from, or null when they were typed (or none). */
  birthsFile: string | null;
}

/** The forecast's assumptions when nobody has set any: births as in the base year, no migration. */
export const NO_FORECAST_ASSUMPTIONS: SeatForecastAssumptions = {
  birthChange: 0,
  births: {},
  townshipBirths: {},
  migration: {},
  birthsFile: null,
};

/** A year whose townships' births add up to more than the district's figure of that year. */
export interface BirthsAboveDistrict {
  year: number;
  /** The townships' figures of the year, added up. */
  townships: number;
  district: number;
}

/**
 * The years with a district figure that the townships' figures of the same year exceed: the
 * forecast then gives the townships without a figure no births that year, which the planner
 * should know.
 * @example birthsAboveDistrict({ 2024: 100 }, { a: { 2024: 60 }, b: { 2024: 50 } }) // [{ year: 2024, townships: 110, district: 100 }]
 */
export function birthsAboveDistrict(
  district: BirthsByYear,
  townships: Readonly<Record<string, BirthsByYear>>,
): BirthsAboveDistrict[] {
  const found: BirthsAboveDistrict[] = [];
  for (const [yearText, districtBirths] of Object.entries(district)) {
    const year = Number(yearText);
    let sum = 0;
    for (const byYear of Object.values(townships)) sum += byYear[year] ?? 0;
    if (sum > districtBirths) found.push({ year, townships: sum, district: districtBirths });
  }
  return found.sort((first, second) => first.year - second.year);
}
